package io.github.trygg.crypto;

import io.github.trygg.conventions.ModuleConventionsTest;

/** docs/api-conventions.md, the layout rules and the API snapshot (api/trygg-crypto.txt), checked on this module. */
class CryptoConventionsTest extends ModuleConventionsTest {
  CryptoConventionsTest() {
    super("io.github.trygg.crypto", CryptoException.class, "api/trygg-crypto.txt");
  }
}
