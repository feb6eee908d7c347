package io.github.trygg.export;

import io.github.trygg.conventions.ModuleConventionsTest;

/** docs/api-conventions.md, the layout rules and the API snapshot (api/trygg-export.txt), checked on this module. */
class ExportConventionsTest extends ModuleConventionsTest {
  ExportConventionsTest() {
    super("io.github.trygg.export", OfficerWorkbook.class, "api/trygg-export.txt");
  }
}
