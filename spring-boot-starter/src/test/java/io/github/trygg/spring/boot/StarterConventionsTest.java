package io.github.trygg.spring.boot;

import io.github.trygg.conventions.ModuleConventionsTest;

/**
 * docs/api-conventions.md, the layout rules and the API snapshot (api/trygg-spring-boot-starter.txt),
 * checked on this module. It is an automatic module (Spring Boot's jars are automatic modules and
 * Spring Boot runs applications on the class path), so its API is its packages outside
 * {@code internal}. The context tests run in tests/boot3 and tests/boot4.
 */
class StarterConventionsTest extends ModuleConventionsTest {
  StarterConventionsTest() {
    super("io.github.trygg.spring.boot", TryggProperties.class, "api/trygg-spring-boot-starter.txt");
  }
}
