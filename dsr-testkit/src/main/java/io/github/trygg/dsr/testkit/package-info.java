/**
 * The DSR store contract as JUnit 5 tests, for a host that brings its own {@link
 * io.github.trygg.dsr.store.DsrStore}: subclass {@link io.github.trygg.dsr.testkit.DsrStoreContract}
 * in test sources, say how to open a new store and how to reopen one, and every test of the
 * contract runs against it. The bundled file journal and PostgreSQL store are held to the same
 * tests in this module's own build.
 */
@NullMarked
package io.github.trygg.dsr.testkit;

import org.jspecify.annotations.NullMarked;
