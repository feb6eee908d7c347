package io.github.trygg.dsr;

import io.github.trygg.conventions.ModuleConventionsTest;

/** docs/api-conventions.md, the layout rules and the API snapshot (api/trygg-dsr.txt), checked on this module. */
class DsrConventionsTest extends ModuleConventionsTest {
  DsrConventionsTest() {
    super("io.github.trygg.dsr", DsrException.class, "api/trygg-dsr.txt");
  }
}
