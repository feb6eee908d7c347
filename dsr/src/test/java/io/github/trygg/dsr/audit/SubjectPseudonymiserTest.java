package io.github.trygg.dsr.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.KeyException;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.dsr.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subject references are crypto's HMAC pseudonyms, with its keys, rotation and text form. */
class SubjectPseudonymiserTest {
  static final String PNR = "191212121212";

  @TempDir Path dir;

  /** HKDF-SHA-256 (RFC 5869) with the JDK's HMAC, independent of Trygg's own. */
  static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(salt, "HmacSHA256"));
    byte[] prk = mac.doFinal(ikm);
    mac.init(new SecretKeySpec(prk, "HmacSHA256"));
    mac.update(info);
    mac.update((byte) 1);
    return mac.doFinal();
  }

  @Test
  void isCryptosHmacPseudonymOfTypeAndValue() throws Exception {
    String ref = TestKeys.subjects().pseudonym("se-personnummer", PNR);
    // HMAC-SHA-256 under HKDF(master, "hmac-sha256" 0x00 "dsr.subjects") of type 0x00 value, 128 bits, as <key id>.<version>.<base64url>.
    byte[] key = hkdf("trygg/pseudonymisation/v1".getBytes(StandardCharsets.US_ASCII), TestKeys.material(0x51),
        "hmac-sha256\0dsr.subjects".getBytes(StandardCharsets.US_ASCII));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    byte[] tag = mac.doFinal(("se-personnummer\0" + PNR).getBytes(StandardCharsets.UTF_8));
    assertEquals("dsr-subjects.1." + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(tag, 16)), ref);
    // The same as crypto's own HMAC pseudonym in that domain: one format for all of Trygg.
    PseudonymisationDomain domain = PseudonymisationDomain.builder().name(SubjectPseudonymiser.DOMAIN).purpose("x").keyId(TestKeys.SUBJECTS).build();
    assertEquals(ref, Pseudonymisation.builder().keys(TestKeys.provider()).build().hmac(domain).pseudonymise("se-personnummer\0" + PNR));
  }

  @Test
  void isKeyedStableAndTyped() {
    SubjectPseudonymiser p = TestKeys.subjects();
    String a = p.pseudonym("se-personnummer", PNR);
    assertEquals(a, p.pseudonym("se-personnummer", PNR));
    assertNotEquals(a, p.pseudonym("device-id", PNR));
    KeyProvider other = KeyProvider.of(List.of(TestKeys.key(TestKeys.SUBJECTS, 1, KeyStatus.PRIMARY, 0x99)));
    assertNotEquals(a, SubjectPseudonymiser.of(other, TestKeys.SUBJECTS).pseudonym("se-personnummer", PNR));
    assertFalse(a.contains(PNR.substring(2)));
    assertEquals("SubjectPseudonymiser[dsr-subjects]", p.toString());
    assertEquals(new KeyRef(TestKeys.SUBJECTS, 1), p.key());
    assertThrows(IllegalArgumentException.class, () -> SubjectPseudonymiser.of(TestKeys.provider(), "no spaces"));
    assertEquals(KeyException.Reason.UNKNOWN_KEY,
        assertThrows(KeyException.class, () -> SubjectPseudonymiser.of(TestKeys.provider(), "nope").pseudonym("device-id", "x")).reason());
  }

  @Test
  void afterARotationNewReferencesUseTheNewVersionAndTheOldOneStillLinks() {
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "subjects");
    String v1 = SubjectPseudonymiser.of(KeyFileProvider.open(file), "subjects").pseudonym("se-personnummer", PNR);
    KeyFileProvider.rotate(file, "subjects");
    SubjectPseudonymiser rotated = SubjectPseudonymiser.of(KeyFileProvider.open(file), "subjects");
    String v2 = rotated.pseudonym("se-personnummer", PNR);
    assertTrue(v1.startsWith("subjects.1.") && v2.startsWith("subjects.2."), v1 + " " + v2);
    assertEquals(List.of(v2, v1), rotated.pseudonyms("se-personnummer", PNR));
    // A destroyed version links no one any more.
    KeyFileProvider.changeStatus(file, new KeyRef("subjects", 1), KeyStatus.DESTROYED);
    assertEquals(List.of(v2), SubjectPseudonymiser.of(KeyFileProvider.open(file), "subjects").pseudonyms("se-personnummer", PNR));
  }

  @Test
  void aDestroyedPrimaryMakesNoNewReferences() {
    KeyProvider keys = KeyProvider.of(List.of(MasterKey.destroyed(new KeyRef("s", 1))));
    assertEquals(KeyException.Reason.NO_PRIMARY, assertThrows(KeyException.class, () -> SubjectPseudonymiser.of(keys, "s").pseudonym("device-id", "x")).reason());
  }
}
