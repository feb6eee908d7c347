package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.internal.primitive.Hkdf;
import io.github.trygg.crypto.testkit.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacPseudonymTest {
  static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]+\\.[0-9]+\\.[A-Za-z0-9_-]+");
  final Pseudonymisation pseudonymisation = Pseudonymisation.builder().keys(TestKeys.provider()).build();

  @Test
  void isTheDocumentedConstruction() throws Exception {
    // HKDF-SHA-256(salt "trygg/pseudonymisation/v1", master, info "hmac-sha256" 0x00 domain) → HMAC key;
    // the pseudonym is key id, version and base64url of the first 16 bytes of HMAC-SHA-256(value).
    byte[] domainKey = Hkdf.derive("trygg/pseudonymisation/v1".getBytes(StandardCharsets.US_ASCII), TestKeys.material(0x22),
        "hmac-sha256\0care-export".getBytes(StandardCharsets.US_ASCII), 32);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(domainKey, "HmacSHA256"));
    byte[] tag = Arrays.copyOf(mac.doFinal("kund-4711".getBytes(StandardCharsets.UTF_8)), 16);
    String expected = "export.2." + Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    assertEquals(expected, pseudonymisation.hmac(TestKeys.domain("care-export")).pseudonymise("kund-4711"));
  }

  @Test
  void aKnownPseudonymNeverChanges() {
    // Regression value: every pseudonym already handed out depends on this derivation staying put.
    assertEquals("export.2.OCfOCexQoqVPUN7dvCeZ5w",
        pseudonymisation.hmac(TestKeys.domain("care-export")).pseudonymise("kund-4711"));
  }

  @Test
  void isUrlSafeWithTheKeyInFront() {
    Pseudonymiser p128 = pseudonymisation.hmac(TestKeys.domain("care-export"));
    Pseudonymiser p256 = pseudonymisation.hmac(TestKeys.domain("care-export"), 256);
    for (String value : new String[] {"", "Åsa Öberg", "a/b+c=d", "😀", "x".repeat(10_000)}) {
      String short128 = p128.pseudonymise(value);
      String long256 = p256.pseudonymise(value);
      assertTrue(URL_SAFE.matcher(short128).matches(), short128);
      assertEquals("export.2.".length() + 22, short128.length());
      assertEquals("export.2.".length() + 43, long256.length());
      assertTrue(long256.startsWith(short128.substring(0, short128.length() - 1)), "a longer pseudonym extends the shorter one");
    }
    assertEquals(Technique.HMAC_SHA256, p128.technique());
    assertEquals(new KeyRef("export", 2), p128.key());
  }

  @Test
  void refusesShortTagsAndTheWrongPolicy() {
    assertThrows(IllegalArgumentException.class, () -> pseudonymisation.hmac(TestKeys.domain("care-export"), 120));
    assertThrows(IllegalArgumentException.class, () -> pseudonymisation.hmac(TestKeys.domain("care-export"), 264));
    assertThrows(IllegalArgumentException.class, () -> pseudonymisation.hmac(TestKeys.domain("tokens", PseudonymPolicy.FULLY_RANDOMISED)));
  }

  @Test
  void aSuspendedOrDestroyedPrimaryCannotPseudonymise() {
    KeyProvider keys = KeyProvider.of(java.util.List.of(
        MasterKey.destroyed(new KeyRef("export", 1)),
        TestKeys.key("export", 2, KeyStatus.DISABLED, 1)));
    KeyException e = assertThrows(KeyException.class,
        () -> Pseudonymisation.builder().keys(keys).build().hmac(TestKeys.domain("care-export")));
    assertEquals(KeyException.Reason.NO_PRIMARY, e.reason());
  }

  @Test
  void deterministicWithinADomainAndUnlinkableAcross() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    Pseudonymiser a = pseudonymisation.hmac(TestKeys.domain("care-export"));
    Pseudonymiser again = pseudonymisation.hmac(TestKeys.domain("care-export"));
    Pseudonymiser b = pseudonymisation.hmac(TestKeys.domain("research"));
    Map<String, String> seen = new HashMap<>();
    Set<String> bodiesA = new HashSet<>();
    Set<String> bodiesB = new HashSet<>();
    for (int i = 0; i < 5000; i++) {
      String value = randomValue(random);
      String pa = a.pseudonymise(value);
      String message = "seed " + seed + ", value #" + i;
      assertEquals(pa, again.pseudonymise(value), message);
      String earlier = seen.putIfAbsent(pa, value);
      assertTrue(earlier == null || earlier.equals(value), "collision, " + message);
      bodiesA.add(pa.substring(pa.lastIndexOf('.') + 1));
      String pb = b.pseudonymise(value);
      bodiesB.add(pb.substring(pb.lastIndexOf('.') + 1));
      assertNotEquals(pa, pb, message);
    }
    bodiesA.retainAll(bodiesB);
    assertTrue(bodiesA.isEmpty(), "seed " + seed + ": a pseudonym of one domain appears in another");
  }

  @Test
  void domainsOfDifferentKeysDiffer() {
    PseudonymisationDomain one = TestKeys.domain("care-export");
    PseudonymisationDomain other = PseudonymisationDomain.builder().from(one).keyId("other").build();
    String a = pseudonymisation.hmac(one).pseudonymise("kund-4711");
    String b = pseudonymisation.hmac(other).pseudonymise("kund-4711");
    assertTrue(b.startsWith("other.1."), b);
    assertNotEquals(a.substring(a.lastIndexOf('.')), b.substring(b.lastIndexOf('.')));
    assertArrayEquals(a.getBytes(StandardCharsets.UTF_8), pseudonymisation.hmac(one).pseudonymise("kund-4711").getBytes(StandardCharsets.UTF_8));
  }

  static String randomValue(SplittableRandom random) {
    int length = random.nextInt(0, 40);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) random.nextInt(0x20, 0x2000));
    }
    return sb.toString();
  }
}
