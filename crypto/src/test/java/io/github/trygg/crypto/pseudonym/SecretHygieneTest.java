package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key bytes never show in text a program might log, and leave a key only through {@link KeyExport}. */
class SecretHygieneTest {
  static final byte[] MATERIAL = TestKeys.material(0x7e);

  static void assertNoMaterial(String text) {
    for (String form : List.of(
        HexFormat.of().formatHex(MATERIAL),
        HexFormat.of().withUpperCase().formatHex(MATERIAL),
        Base64.getEncoder().encodeToString(MATERIAL).substring(0, 20),
        Base64.getUrlEncoder().withoutPadding().encodeToString(MATERIAL).substring(0, 20),
        "~~~~~~~~")) {
      assertFalse(text.contains(form), "key material in: " + text);
    }
  }

  @Test
  void keysPseudonymisersAndErrorsNeverPrintMaterial() {
    MasterKey key = MasterKey.of(new KeyRef("export", 3), KeyStatus.PRIMARY, MATERIAL);
    assertEquals("MasterKey[export v3, PRIMARY, 256 bits]", key.toString());
    KeyProvider provider = KeyProvider.of(List.of(key));
    assertNoMaterial(provider.toString());
    Pseudonymiser p = Pseudonymisation.builder().keys(provider).build().hmac(TestKeys.domain("care-export"));
    assertNoMaterial(p.toString());
    assertNoMaterial(assertThrows(KeyException.class, () -> provider.key(new KeyRef("export", 4))).getMessage());
    assertNoMaterial(MasterKey.destroyed(new KeyRef("export", 1)).toString());
  }

  @Test
  void exportNeedsAnExplicitPermitWithAReason() {
    MasterKey key = MasterKey.of(new KeyRef("export", 3), KeyStatus.PRIMARY, MATERIAL);
    assertThrows(IllegalArgumentException.class, () -> KeyExport.permit(" "));
    byte[] exported = key.export(KeyExport.permit("move the key to the municipality's HSM"));
    assertArrayEquals(MATERIAL, exported);
    exported[0] ^= 1;
    assertArrayEquals(MATERIAL, key.export(KeyExport.permit("check the copy is independent")));
    KeyException destroyed = assertThrows(KeyException.class,
        () -> MasterKey.destroyed(new KeyRef("export", 1)).export(KeyExport.permit("try")));
    assertEquals(KeyException.Reason.DESTROYED, destroyed.reason());
  }

  @Test
  void materialIsCopiedIn() {
    byte[] mine = TestKeys.material(1);
    MasterKey key = MasterKey.of(new KeyRef("export", 1), KeyStatus.PRIMARY, mine);
    mine[0] = 99;
    assertEquals(1, key.export(KeyExport.permit("test"))[0]);
    assertThrows(IllegalArgumentException.class, () -> MasterKey.of(new KeyRef("export", 1), KeyStatus.PRIMARY, new byte[31]));
    assertThrows(IllegalArgumentException.class, () -> MasterKey.of(new KeyRef("export", 1), KeyStatus.DESTROYED, new byte[32]));
  }

  @Test
  void domainsAndKeyRefsValidateTheirNames() {
    assertThrows(IllegalArgumentException.class, () -> new KeyRef("has.dot", 1));
    assertThrows(IllegalArgumentException.class, () -> new KeyRef("export", 0));
    assertThrows(IllegalArgumentException.class, () -> TestKeys.domain("Upper"));
    assertThrows(IllegalArgumentException.class, () ->
        PseudonymisationDomain.builder().name("x").purpose(" ").keyId("export").build());
  }
}
