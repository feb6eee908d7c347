package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.internal.primitive.Hkdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key model's uses outside pseudonyms: values sealed at rest ({@link ValueCipher}), message tags
 * ({@link MessageMac}) and HMAC pseudonyms of every readable version (look-ups across a rotation).
 */
class KeyUsesTest {
  static final String CONTEXT = "request r-17\0device-id";

  @TempDir Path dir;

  /** The text with one character of the tag changed (not the last, whose low bits base64url may not use). */
  static String altered(String sealed) {
    char c = sealed.charAt(sealed.length() - 2);
    return sealed.substring(0, sealed.length() - 2) + (c == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
  }

  static byte[] derived(int fill, String info) {
    return Hkdf.derive("trygg/pseudonymisation/v1".getBytes(StandardCharsets.US_ASCII), TestKeys.material(fill),
        info.getBytes(StandardCharsets.US_ASCII), 32);
  }

  @Test
  void aSealedValueIsTheDocumentedConstruction() throws Exception {
    ValueCipher cipher = ValueCipher.of(TestKeys.provider(), "export", "dsr.identifiers");
    String sealed = cipher.seal("LK-4471", CONTEXT);
    assertTrue(sealed.startsWith("export.2."), sealed);
    assertTrue(HmacPseudonymTest.URL_SAFE.matcher(sealed).matches(), "the pseudonyms' text form: " + sealed);
    // AES-256-GCM under HKDF(master v2, "value-seal-aes-256-gcm" 0x00 domain), nonce first, the context as AAD.
    byte[] body = Base64.getUrlDecoder().decode(sealed.substring("export.2.".length()));
    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(derived(0x22, "value-seal-aes-256-gcm\0dsr.identifiers"), "AES"),
        new GCMParameterSpec(128, body, 0, 12));
    gcm.updateAAD(CONTEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals("LK-4471", new String(gcm.doFinal(body, 12, body.length - 12), StandardCharsets.UTF_8));
    assertEquals("LK-4471", cipher.open(sealed, CONTEXT));
    assertNotEquals(sealed, cipher.seal("LK-4471", CONTEXT), "a fresh nonce each time");
    assertEquals(new KeyRef("export", 2), ValueCipher.keyOf(sealed));
    assertEquals(new KeyRef("export", 2), cipher.current());
  }

  @Test
  void aValueMovedToAnotherContextOrAlteredDoesNotOpen() {
    ValueCipher cipher = ValueCipher.of(TestKeys.provider(), "export", "dsr.identifiers");
    String sealed = cipher.seal("LK-4471", CONTEXT);
    SealedValueException moved = assertThrows(SealedValueException.class, () -> cipher.open(sealed, "request r-18\0device-id"));
    assertEquals(SealedValueException.Reason.NOT_AUTHENTIC, moved.reason());
    assertEquals(Optional.of(new KeyRef("export", 2)), moved.key());
    String altered = altered(sealed);
    assertEquals(SealedValueException.Reason.NOT_AUTHENTIC, assertThrows(SealedValueException.class, () -> cipher.open(altered, CONTEXT)).reason());
    for (String junk : new String[] {"", "LK-4471", "export.2", "export.x.AAAA", "export.2.!!", "export.2.AAAA", "no spaces.1.AAAA"}) {
      assertEquals(SealedValueException.Reason.MALFORMED, assertThrows(SealedValueException.class, () -> cipher.open(junk, CONTEXT)).reason(), junk);
    }
    String other = ValueCipher.of(TestKeys.provider(), "other", "dsr.identifiers").seal("LK-4471", CONTEXT);
    SealedValueException otherKey = assertThrows(SealedValueException.class, () -> cipher.open(other, CONTEXT));
    assertEquals(SealedValueException.Reason.OTHER_KEY, otherKey.reason());
    // Another domain derives another key: the same key id does not open it.
    String elsewhere = ValueCipher.of(TestKeys.provider(), "export", "vault.other").seal("LK-4471", CONTEXT);
    assertEquals(SealedValueException.Reason.NOT_AUTHENTIC, assertThrows(SealedValueException.class, () -> cipher.open(elsewhere, CONTEXT)).reason());
  }

  @Test
  void rotationSealsUnderTheNewVersionAndOpensBoth() {
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "dsr");
    String v1 = ValueCipher.of(KeyFileProvider.open(file), "dsr", "dsr.identifiers").seal("LK-1", CONTEXT);
    assertTrue(v1.startsWith("dsr.1."), v1);
    assertEquals(new KeyRef("dsr", 2), KeyFileProvider.rotate(file, "dsr"));
    ValueCipher rotated = ValueCipher.of(KeyFileProvider.open(file), "dsr", "dsr.identifiers");
    String v2 = rotated.seal("LK-2", CONTEXT);
    assertTrue(v2.startsWith("dsr.2."), v2);
    assertEquals("LK-1", rotated.open(v1, CONTEXT));
    assertEquals("LK-2", rotated.open(v2, CONTEXT));
  }

  @Test
  void aDestroyedVersionOpensNothingAgainAndADisabledOneIsRefused() {
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "dsr");
    String v1 = ValueCipher.of(KeyFileProvider.open(file), "dsr", "dsr.identifiers").seal("LK-1", CONTEXT);
    KeyFileProvider.rotate(file, "dsr");
    KeyFileProvider.changeStatus(file, new KeyRef("dsr", 1), KeyStatus.DISABLED);
    ValueCipher suspended = ValueCipher.of(KeyFileProvider.open(file), "dsr", "dsr.identifiers");
    assertEquals(KeyException.Reason.DISABLED, assertThrows(KeyException.class, () -> suspended.open(v1, CONTEXT)).reason());
    KeyFileProvider.changeStatus(file, new KeyRef("dsr", 1), KeyStatus.DESTROYED);
    ValueCipher shredded = ValueCipher.of(KeyFileProvider.open(file), "dsr", "dsr.identifiers");
    KeyException e = assertThrows(KeyException.class, () -> shredded.open(v1, CONTEXT));
    assertEquals(KeyException.Reason.DESTROYED, e.reason());
    assertEquals("key 'dsr' v1: the key version has been destroyed", e.getMessage());
  }

  @Test
  void aVersionDestroyedWhileTheCipherIsInUseIsRefusedAtOnce() {
    Path file = dir.resolve("keys.p12");
    char[] password = "correct horse battery".toCharArray();
    KeyStoreProvider keys = KeyStoreProvider.createPkcs12(file, password, "dsr");
    ValueCipher cipher = ValueCipher.of(keys, "dsr", "dsr.identifiers");
    String v1 = cipher.seal("LK-1", CONTEXT);
    assertEquals("LK-1", cipher.open(v1, CONTEXT));
    keys.rotate("dsr");
    keys.destroy(new KeyRef("dsr", 1));
    assertEquals(KeyException.Reason.DESTROYED, assertThrows(KeyException.class, () -> cipher.open(v1, CONTEXT)).reason());
    assertTrue(cipher.seal("LK-2", CONTEXT).startsWith("dsr.2."));
  }

  @Test
  void messageTagsAreTheDocumentedConstructionAndVerifyUnderEveryReadableVersion() throws Exception {
    KeyProvider keys = TestKeys.provider();
    MessageMac mac = MessageMac.of(keys, "export", "dsr.webhook");
    assertEquals(List.of(new KeyRef("export", 2), new KeyRef("export", 1)), mac.readable());
    byte[] message = "msg_1.1767225600.{}".getBytes(StandardCharsets.UTF_8);
    Mac jdk = Mac.getInstance("HmacSHA256");
    jdk.init(new SecretKeySpec(derived(0x11, "message-hmac-sha256\0dsr.webhook"), "HmacSHA256"));
    byte[] v1 = mac.tag(new KeyRef("export", 1), message);
    assertArrayEquals(jdk.doFinal(message), v1);
    byte[] v2 = mac.tag(new KeyRef("export", 2), message);
    assertEquals(Optional.of(new KeyRef("export", 1)), mac.verify(message, v1));
    assertEquals(Optional.of(new KeyRef("export", 2)), mac.verify(message, v2));
    assertEquals(Optional.empty(), mac.verify("other".getBytes(StandardCharsets.UTF_8), v2));
    assertEquals(Optional.empty(), MessageMac.of(keys, "export", "dsr.other").verify(message, v2), "another domain, another key");
    assertArrayEquals(derived(0x11, "message-hmac-sha256\0dsr.webhook"), mac.export(new KeyRef("export", 1), KeyExport.permit("test")));
    assertThrows(IllegalArgumentException.class, () -> mac.tag(new KeyRef("other", 1), message));
    assertEquals(KeyException.Reason.UNKNOWN_KEY, assertThrows(KeyException.class, () -> MessageMac.of(keys, "nope", "dsr.webhook").readable()).reason());
  }

  @Test
  void aDisabledOrDestroyedVersionNoLongerTagsOrVerifies() {
    KeyProvider keys = KeyProvider.of(List.of(MasterKey.destroyed(new KeyRef("hook", 1)), TestKeys.key("hook", 2, KeyStatus.DISABLED, 5),
        TestKeys.key("hook", 3, KeyStatus.PRIMARY, 6)));
    MessageMac mac = MessageMac.of(keys, "hook", "dsr.webhook");
    assertEquals(List.of(new KeyRef("hook", 3)), mac.readable());
    assertEquals(KeyException.Reason.DISABLED, assertThrows(KeyException.class, () -> mac.tag(new KeyRef("hook", 2), new byte[1])).reason());
    assertEquals(KeyException.Reason.DESTROYED,
        assertThrows(KeyException.class, () -> mac.export(new KeyRef("hook", 1), KeyExport.permit("test"))).reason());
  }

  @Test
  void hmacPseudonymsOfEveryReadableVersionComePrimaryFirst() {
    Pseudonymisation p = Pseudonymisation.builder().keys(TestKeys.provider()).build();
    PseudonymisationDomain domain = TestKeys.domain("dsr.subjects");
    List<Pseudonymiser> versions = p.hmacVersions(domain);
    assertEquals(List.of(new KeyRef("export", 2), new KeyRef("export", 1)), versions.stream().map(Pseudonymiser::key).toList());
    assertEquals(p.hmac(domain).pseudonymise("kund-4711"), versions.get(0).pseudonymise("kund-4711"));
    assertTrue(versions.get(1).pseudonymise("kund-4711").startsWith("export.1."));
    KeyProvider shredded = KeyProvider.of(List.of(MasterKey.destroyed(new KeyRef("export", 1)), TestKeys.key("export", 2, KeyStatus.PRIMARY, 0x22)));
    assertEquals(1, Pseudonymisation.builder().keys(shredded).build().hmacVersions(domain).size());
    assertEquals(KeyException.Reason.UNKNOWN_KEY, assertThrows(KeyException.class,
        () -> p.hmacVersions(PseudonymisationDomain.builder().from(domain).keyId("nope").build())).reason());
  }

  @Test
  void namesAreCheckedAndNothingSecretIsShown() {
    assertThrows(IllegalArgumentException.class, () -> ValueCipher.of(TestKeys.provider(), "no spaces", "dsr.identifiers"));
    assertThrows(IllegalArgumentException.class, () -> ValueCipher.of(TestKeys.provider(), "export", "Upper"));
    assertThrows(IllegalArgumentException.class, () -> MessageMac.of(TestKeys.provider(), "export", ""));
    ValueCipher cipher = ValueCipher.of(TestKeys.provider(), "export", "dsr.identifiers");
    assertEquals("ValueCipher[export, dsr.identifiers]", cipher.toString());
    assertEquals("MessageMac[export, dsr.webhook]", MessageMac.of(TestKeys.provider(), "export", "dsr.webhook").toString());
    String sealed = cipher.seal("LK-4471", CONTEXT);
    String altered = altered(sealed);
    String message = assertThrows(SealedValueException.class, () -> cipher.open(altered, CONTEXT)).getMessage();
    assertFalse(message.contains("LK-4471") || message.contains("r-17") || message.contains(sealed.substring(9, 20)), message);
  }
}
