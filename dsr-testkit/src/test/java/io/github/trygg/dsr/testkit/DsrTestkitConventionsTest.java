package io.github.trygg.dsr.testkit;

import io.github.trygg.conventions.ModuleConventionsTest;

/** docs/api-conventions.md, the layout rules and the API snapshot (api/trygg-dsr-testkit.txt), checked on this module. */
class DsrTestkitConventionsTest extends ModuleConventionsTest {
  DsrTestkitConventionsTest() {
    super("io.github.trygg.dsr.testkit", DsrStoreContract.class, "api/trygg-dsr-testkit.txt");
  }
}
