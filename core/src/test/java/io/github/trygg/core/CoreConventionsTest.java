package io.github.trygg.core;

import io.github.trygg.conventions.ModuleConventionsTest;

/** docs/api-conventions.md, the layout rules and the API snapshot (api/trygg-core.txt), checked on this module. */
class CoreConventionsTest extends ModuleConventionsTest {
  CoreConventionsTest() {
    super("io.github.trygg.core", TryggException.class, "api/trygg-core.txt");
  }
}
