package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.identity.InvalidIdentityNumberException;
import io.github.trygg.crypto.internal.primitive.Hkdf;
import io.github.trygg.crypto.testkit.Seeds;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Format-valid identity pseudonyms over thousands of generated numbers (never real ones: generated
 * here and gone when the test ends). Replay with {@code -Dtrygg.seed=<seed>}.
 */
class IdentityFpeTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  static final LocalDate LATEST = LocalDate.of(2026, 10, 31);
  static final int PER_KIND = 1500;

  final List<ReidentificationEvent> events = new ArrayList<>();
  final Pseudonymisation pseudonymisation = Pseudonymisation.builder().keys(TestKeys.provider()).clock(CLOCK).audit(events::add).build();
  final PseudonymisationDomain domain = TestKeys.domain("care-export");
  final Authorisation dpo = Authorisation.of("anna", "dpo", "clinical follow-up");

  static IdentityFpeOptions options(Preservation preservation) {
    return IdentityFpeOptions.builder().preservation(preservation).latestBirthDate(LATEST).acknowledgeRealPersonRisk(true).build();
  }

  /** A random valid number of the kind, born in [1856, LATEST]. */
  static IdentityNumber generate(IdentityKind kind, SplittableRandom random) {
    while (true) {
      LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1871, 1, 1).toEpochDay(), LATEST.toEpochDay() + 1));
      if (kind.jurisdiction() == Jurisdiction.SWEDEN) {
        return IdentityNumbers.swedish(kind, birth, random.nextInt(1, 1000));
      }
      int year = birth.getYear();
      int individual = year < 1900 ? random.nextInt(500, 750) : year < 1940 ? random.nextInt(0, 500)
          : year < 2000 ? (random.nextBoolean() ? random.nextInt(0, 500) : random.nextInt(900, 1000)) : random.nextInt(500, 1000);
      Optional<IdentityNumber> n = IdentityNumbers.norwegian(kind, birth, individual);
      if (n.isPresent()) {
        return n.get();
      }
    }
  }

  static final IdentityKind[] KINDS = {
    IdentityKind.SE_PERSONNUMMER, IdentityKind.SE_SAMORDNINGSNUMMER, IdentityKind.NO_FODSELSNUMMER, IdentityKind.NO_D_NUMMER,
    IdentityKind.NO_H_NUMMER, IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, IdentityKind.NO_SYNTHETIC_D_NUMMER
  };

  @ParameterizedTest
  @EnumSource(Preservation.class)
  void everyPseudonymIsAValidNumberOfTheSameKindAndComesBack(Preservation preservation) {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    IdentityPseudonymiser fpe = pseudonymisation.identityFpe(domain, options(preservation));
    Reidentifier back = pseudonymisation.reidentifier(domain, options(preservation));
    int refused = 0;
    for (IdentityKind kind : KINDS) {
      Map<IdentityNumber, IdentityNumber> inverse = new HashMap<>();
      for (int i = 0; i < PER_KIND; i++) {
        IdentityNumber n = generate(kind, random);
        String message = "seed " + seed + ", " + kind + " #" + i + ", " + preservation;
        IdentityNumber p;
        try {
          p = fpe.pseudonymise(n);
        } catch (IdentityFpeException e) {
          // Only Norwegian decades with few individual numbers fall under 10^6: 250 a day before
          // 1900, and half of 500 a day when the parity is kept in 1900–1939 and from 2000.
          assertEquals(IdentityFpeException.Reason.DOMAIN_TOO_SMALL, e.reason(), message);
          assertEquals(Jurisdiction.NORWAY, kind.jurisdiction(), message);
          int year = n.birthDate().getYear();
          assertTrue(year < 1900 && preservation != Preservation.NONE
              || (year < 1940 || year >= 2000) && preservation == Preservation.DECADE_AND_SEX, message);
          refused++;
          continue;
        }
        IdentityNumber parsed = IdentityNumbers.parse(p.canonical(), TODAY);
        assertEquals(p, parsed, message);
        assertEquals(kind, parsed.kind(), message);
        assertFalse(parsed.usesNewControlRule(), message);
        assertFalse(p.birthDate().isAfter(LATEST), message);
        assertFalse(p.birthDate().isBefore(kind.jurisdiction() == Jurisdiction.SWEDEN ? LocalDate.of(1870, 1, 1) : LocalDate.of(1855, 1, 1)), message);
        if (preservation != Preservation.NONE) {
          assertEquals(n.birthDate().getYear() / 10, p.birthDate().getYear() / 10, message);
        }
        if (preservation == Preservation.DECADE_AND_SEX) {
          assertEquals(n.sex(), p.sex(), message);
        }
        assertEquals(p, fpe.pseudonymise(n), "deterministic, " + message);
        IdentityNumber earlier = inverse.put(p, n);
        assertTrue(earlier == null || earlier.equals(n), "two numbers share a pseudonym, " + message);
        assertEquals(n.canonical(), back.reidentify(p.canonical(), dpo), message);
      }
    }
    assertTrue(preservation != Preservation.NONE || refused == 0);
  }

  @Test
  void pseudonymsKeepTheWrittenForm() {
    IdentityPseudonymiser fpe = pseudonymisation.identityFpe(domain, options(Preservation.DECADE));
    Reidentifier back = pseudonymisation.reidentifier(domain, options(Preservation.DECADE));
    IdentityNumber n = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1964, 8, 23), 323);
    String c = n.canonical();
    for (String form : List.of(c, c.substring(0, 8) + "-" + c.substring(8), n.tenDigitForm(TODAY), c.substring(2), " " + c.substring(2, 8) + " " + c.substring(8) + " ")) {
      String p = fpe.pseudonymise(form);
      assertEquals(IdentityForms.of(form), IdentityForms.of(p), form + " -> " + p);
      assertEquals(fpe.pseudonymise(n).canonical(), IdentityNumbers.parse(p, TODAY).canonical());
      assertEquals(form.trim(), back.reidentify(p, dpo));
    }
    // A centenarian: '+' when the pseudonym is 100 or more, '-' otherwise.
    IdentityPseudonymiser old = pseudonymisation.identityFpe(domain, options(Preservation.DECADE));
    IdentityNumber born1921 = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1921, 3, 4), 7);
    String p = old.pseudonymise(born1921.tenDigitForm(TODAY));
    assertEquals(old.pseudonymise(born1921).tenDigitForm(TODAY), p);
    assertEquals(born1921.tenDigitForm(TODAY), back.reidentify(p, dpo));
    IdentityNumber fnr = IdentityNumbers.norwegian(IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, LocalDate.of(1985, 1, 1), 123).orElseThrow();
    String spaced = fnr.canonical().substring(0, 6) + " " + fnr.canonical().substring(6);
    String q = fpe.pseudonymise(spaced);
    assertEquals(' ', q.charAt(6));
    assertEquals(spaced, back.reidentify(q, dpo));
  }

  @Test
  void matchesAnIndependentComputationWithBouncyCastle() {
    // Swedish personnummer, no preservation: index = days since 1870-01-01 × 999 + serial - 1 over
    // [1870-01-01, LATEST]; BC's FF1 in radix 10 over the digits of size - 1; walk until below size.
    byte[] key = Hkdf.derive("trygg/pseudonymisation/v1".getBytes(StandardCharsets.US_ASCII), TestKeys.material(0x22),
        "ff1-aes256\0care-export".getBytes(StandardCharsets.US_ASCII), 32);
    LocalDate start = LocalDate.of(1870, 1, 1);
    long size = (LATEST.toEpochDay() - start.toEpochDay() + 1) * 999;
    int digits = Long.toString(size - 1).length();
    byte[] tweak = ("trygg/identity-fpe/v1|SE_PERSONNUMMER|" + start + "|" + LATEST + "|-").getBytes(StandardCharsets.US_ASCII);
    FPEFF1Engine bc = new FPEFF1Engine();
    bc.init(true, new FPEParameters(new KeyParameter(key), 10, tweak));
    IdentityPseudonymiser fpe = pseudonymisation.identityFpe(domain, options(Preservation.NONE));
    SplittableRandom random = new SplittableRandom(Seeds.seed());
    for (int i = 0; i < 200; i++) {
      IdentityNumber n = generate(IdentityKind.SE_PERSONNUMMER, random);
      long x = (n.birthDate().toEpochDay() - start.toEpochDay()) * 999 + n.serial() - 1;
      do {
        byte[] in = new byte[digits];
        long rest = x;
        for (int d = digits - 1; d >= 0; d--) {
          in[d] = (byte) (rest % 10);
          rest /= 10;
        }
        byte[] out = new byte[digits];
        bc.processBlock(in, 0, digits, out, 0);
        x = 0;
        for (byte b : out) {
          x = x * 10 + b;
        }
      } while (x >= size);
      IdentityNumber expected = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, start.plusDays(x / 999), (int) (x % 999) + 1);
      assertEquals(expected, fpe.pseudonymise(n));
    }
  }

  @Test
  void refusesWhatItCannotMap() {
    IdentityPseudonymiser fpe = pseudonymisation.identityFpe(domain,
        IdentityFpeOptions.builder().from(options(Preservation.NONE)).earliestBirthDate(LocalDate.of(1900, 1, 1)).build());
    IdentityNumber early = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1899, 12, 31), 12);
    assertEquals(IdentityFpeException.Reason.OUT_OF_WINDOW, assertThrows(IdentityFpeException.class, () -> fpe.pseudonymise(early)).reason());
    IdentityNumber late = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(2026, 11, 2), 12);
    assertEquals(IdentityFpeException.Reason.OUT_OF_WINDOW, assertThrows(IdentityFpeException.class, () -> fpe.pseudonymise(late)).reason());
    IdentityNumber thirties = IdentityNumbers.norwegian(IdentityKind.NO_FODSELSNUMMER, LocalDate.of(1934, 5, 6), 20).orElseGet(
        () -> IdentityNumbers.norwegian(IdentityKind.NO_FODSELSNUMMER, LocalDate.of(1934, 5, 6), 22).orElseThrow());
    IdentityFpeException small = assertThrows(IdentityFpeException.class,
        () -> pseudonymisation.identityFpe(domain, options(Preservation.DECADE_AND_SEX)).pseudonymise(thirties));
    assertEquals(IdentityFpeException.Reason.DOMAIN_TOO_SMALL, small.reason());
    IdentityNumber newRule = IdentityNumbers.parseNorwegian(newControlRuleNumber());
    assertTrue(newRule.usesNewControlRule());
    IdentityFpeException rule = assertThrows(IdentityFpeException.class, () -> fpe.pseudonymise(newRule));
    assertEquals(IdentityFpeException.Reason.NEW_CONTROL_RULE, rule.reason());
    assertEquals("identity-fpe-new-control-rule", rule.problems().get(0).code());
    assertFalse(rule.getMessage().contains(newRule.canonical()));
    assertThrows(InvalidIdentityNumberException.class, () -> fpe.pseudonymise("640823-3235"));
  }

  @Test
  void isOptInAndRefusesWindowsUnderAMillionOrInTheFuture() {
    IdentityFpeOptions silent = IdentityFpeOptions.builder().latestBirthDate(LATEST).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pseudonymisation.identityFpe(domain, silent));
    assertTrue(e.getMessage().contains("real people"), e.getMessage());
    IdentityFpeOptions future = IdentityFpeOptions.builder().from(options(Preservation.NONE)).latestBirthDate(TODAY.plusDays(1)).build();
    assertThrows(IllegalArgumentException.class, () -> pseudonymisation.identityFpe(domain, future));
    IdentityFpeOptions tiny = IdentityFpeOptions.builder().from(options(Preservation.NONE)).earliestBirthDate(LATEST.minusDays(900)).build();
    assertThrows(IllegalArgumentException.class, () -> pseudonymisation.identityFpe(domain, tiny));
    IdentityFpeOptions enough = IdentityFpeOptions.builder().from(options(Preservation.NONE)).earliestBirthDate(LATEST.minusDays(1100)).build();
    assertEquals(Technique.IDENTITY_FPE, pseudonymisation.identityFpe(domain, enough).technique());
  }

  @Test
  void domainsAndKeyVersionsGiveDifferentMappings() {
    SplittableRandom random = new SplittableRandom(Seeds.seed());
    IdentityPseudonymiser a = pseudonymisation.identityFpe(domain, options(Preservation.NONE));
    IdentityPseudonymiser b = pseudonymisation.identityFpe(TestKeys.domain("research"), options(Preservation.NONE));
    KeyProvider v1 = KeyProvider.of(List.of(TestKeys.key("export", 1, KeyStatus.PRIMARY, 0x11)));
    IdentityPseudonymiser old = Pseudonymisation.builder().keys(v1).clock(CLOCK).build().identityFpe(domain, options(Preservation.NONE));
    int same = 0;
    for (int i = 0; i < 500; i++) {
      IdentityNumber n = generate(IdentityKind.SE_PERSONNUMMER, random);
      same += a.pseudonymise(n).equals(b.pseudonymise(n)) ? 1 : 0;
      same += a.pseudonymise(n).equals(old.pseudonymise(n)) ? 1 : 0;
    }
    assertTrue(same <= 1, same + " equal pseudonyms");
    // Re-identifying what version 1 made needs version 1.
    IdentityNumber n = generate(IdentityKind.SE_PERSONNUMMER, random);
    String p = old.pseudonymise(n.canonical());
    IdentityFpeOptions withVersion = IdentityFpeOptions.builder().from(options(Preservation.NONE)).keyVersion(1).build();
    assertEquals(n.canonical(), pseudonymisation.reidentifier(domain, withVersion).reidentify(p, dpo));
    assertNotEquals(n.canonical(), pseudonymisation.reidentifier(domain, options(Preservation.NONE)).reidentify(p, dpo));
    assertEquals(new KeyRef("export", 1), events.get(0).key());
  }

  @Test
  void reidentificationIsAuditedAndRefusesStrangers() {
    IdentityPseudonymiser fpe = pseudonymisation.identityFpe(domain, options(Preservation.DECADE));
    Reidentifier back = pseudonymisation.reidentifier(domain, options(Preservation.DECADE));
    String p = fpe.pseudonymise(IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1950, 2, 3), 44).canonical());
    assertThrows(ReidentificationDeniedException.class, () -> back.reidentify(p, Authorisation.of("bo", "analyst", "curious")));
    assertThrows(InvalidPseudonymException.class, () -> back.reidentify("not a number", dpo));
    assertEquals(List.of(ReidentificationEvent.Outcome.DENIED, ReidentificationEvent.Outcome.FAILED),
        events.stream().map(ReidentificationEvent::outcome).toList());
    assertThrows(IllegalArgumentException.class, () -> pseudonymisation.reidentifier(domain, Technique.IDENTITY_FPE));
  }

  @Test
  void aKnownMappingNeverChanges() {
    // Regression value: pseudonyms already handed out depend on the index, the tweak and the key derivation.
    IdentityNumber n = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1964, 8, 23), 323);
    assertEquals("196104262255", pseudonymisation.identityFpe(domain, options(Preservation.NONE)).pseudonymise(n).canonical());
  }

  @Test
  void opaqueIdentityPseudonymsIgnoreTheWrittenForm() {
    Pseudonymiser opaque = pseudonymisation.identityHmac(domain);
    IdentityNumber n = IdentityNumbers.swedish(IdentityKind.SE_SAMORDNINGSNUMMER, LocalDate.of(1990, 1, 2), 381);
    String c = n.canonical();
    String expected = pseudonymisation.hmac(domain).pseudonymise(c);
    for (String form : List.of(c, c.substring(2), n.tenDigitForm(TODAY), c.substring(0, 8) + "-" + c.substring(8))) {
      assertEquals(expected, opaque.pseudonymise(form), form);
    }
    assertEquals(Technique.IDENTITY_HMAC, opaque.technique());
    assertThrows(InvalidIdentityNumberException.class, () -> opaque.pseudonymise("19900162-3811"));
    assertThrows(IllegalArgumentException.class, () -> pseudonymisation.reidentifier(domain, Technique.IDENTITY_HMAC));
  }

  /** A Norwegian synthetic number whose first check digit leaves remainder 1–3: valid only from 2032. */
  static String newControlRuleNumber() {
    int[] k1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    int[] k2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    for (int individual = 500; individual < 1000; individual++) {
      String base = String.format("0181%02d%03d", 10, individual); // 1 January 2010, synthetic (month + 80)
      int[] d = new int[11];
      for (int i = 0; i < 9; i++) {
        d[i] = base.charAt(i) - '0';
      }
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += k1[i] * d[i];
      }
      for (int digit = 0; digit < 10; digit++) {
        int remainder = (sum + digit) % 11;
        if (remainder >= 1 && remainder <= 3) {
          d[9] = digit;
          int s2 = 0;
          for (int i = 0; i < 10; i++) {
            s2 += k2[i] * d[i];
          }
          int c2 = (11 - s2 % 11) % 11;
          if (c2 < 10) {
            return base + digit + c2;
          }
        }
      }
    }
    throw new IllegalStateException("no such number");
  }
}
