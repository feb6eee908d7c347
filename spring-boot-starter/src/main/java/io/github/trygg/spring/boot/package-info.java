/**
 * Trygg in a Spring Boot 3.5 or 4.0 application: the {@code trygg.*} properties
 * ({@link io.github.trygg.spring.boot.TryggProperties}), the auto-configurations that make Trygg's
 * engines, keys and DSR desk into beans, and the two entry points whose use the meters count
 * ({@link io.github.trygg.spring.boot.TryggMessages}, {@link io.github.trygg.spring.boot.TryggRecords}).
 * Every bean steps aside for one the application defines itself.
 */
@NullMarked
package io.github.trygg.spring.boot;

import org.jspecify.annotations.NullMarked;
