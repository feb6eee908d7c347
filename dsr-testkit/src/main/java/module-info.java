/**
 * Trygg's DSR store contract as JUnit 5 tests: a host that brings its own {@code DsrStore} runs them
 * in test scope to prove the store behaves like the bundled file journal and PostgreSQL stores.
 */
module io.github.trygg.dsr.testkit {
  requires transitive io.github.trygg.dsr;
  requires transitive org.junit.jupiter.api;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;

  exports io.github.trygg.dsr.testkit;
}
