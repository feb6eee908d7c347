package io.github.trygg.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Identity numbers and terms in free text. Numbers are generated here, never a real person's. */
class SensitiveContentDetectorTest {
  static final LocalDate REF = LocalDate.of(2026, 11, 24);
  static final SensitiveContentDetector DETECTOR = SensitiveContentDetector.bundled();

  static final IdentityNumber SE = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1987, 4, 12), 238);
  static final IdentityNumber SE_SAMORDNING = IdentityNumbers.swedish(IdentityKind.SE_SAMORDNINGSNUMMER, LocalDate.of(1970, 10, 3), 239);
  static final IdentityNumber NO = synthetic(IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, LocalDate.of(1990, 5, 17));
  static final IdentityNumber NO_D = synthetic(IdentityKind.NO_SYNTHETIC_D_NUMMER, LocalDate.of(1985, 2, 9));

  static IdentityNumber synthetic(IdentityKind kind, LocalDate birth) {
    for (int individual = 0; individual < 500; individual++) {
      var n = IdentityNumbers.norwegian(kind, birth, individual);
      if (n.isPresent()) {
        return n.get();
      }
    }
    throw new AssertionError("no number for " + birth);
  }

  static ContentHit onlyHit(String text) {
    ContentScan scan = DETECTOR.scan(text, REF);
    assertEquals(1, scan.hits().size(), () -> scan.toString());
    return scan.hits().get(0);
  }

  @Test
  void swedishNumbersInEveryUsualForm() {
    String c = SE.canonical();
    String ten = c.substring(2, 8) + "-" + c.substring(8);
    List<String> forms = List.of(ten, ten.replace("-", ""), ten.replace("-", " "), ten.replace("-", " - "), ten.replace('-', '\u2013'),
        ten.replace('-', '\u00a0'), c, c.substring(0, 8) + "-" + c.substring(8));
    for (String form : forms) {
      String text = "Patienten (pnr " + form + ") har en tid.";
      ContentHit f = onlyHit(text);
      assertEquals(ContentHitKind.SE_PERSONNUMMER, f.kind(), form);
      assertEquals(text.indexOf(form), f.start(), form);
      assertEquals(text.indexOf(form) + form.length(), f.end(), form);
      assertEquals(ContentClass.SENSITIVE, f.contentClass());
    }
  }

  @Test
  void aSwedishCenturyPlusIsRead() {
    IdentityNumber old = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1921, 3, 3), 112);
    String plus = old.tenDigitForm(REF);
    assertTrue(plus.contains("+"));
    assertEquals(ContentHitKind.SE_PERSONNUMMER, onlyHit("född " + plus + ".").kind());
  }

  @Test
  void samordningsnummerAndSkatteverketsExample() {
    assertEquals(ContentHitKind.SE_SAMORDNINGSNUMMER, onlyHit("samordningsnummer " + SE_SAMORDNING.tenDigitForm(REF)).kind());
    assertEquals(ContentHitKind.SE_SAMORDNINGSNUMMER, onlyHit("exempel 701063-2391 från Skatteverket").kind());
  }

  @Test
  void norwegianNumbersIncludingSyntheticOnes() {
    ContentHit f = onlyHit("Fødselsnummer: " + NO.canonical() + ", takk.");
    assertEquals(ContentHitKind.NO_FODSELSNUMMER, f.kind());
    assertTrue(f.synthetic());
    String spaced = NO_D.canonical().substring(0, 6) + " " + NO_D.canonical().substring(6);
    assertEquals(ContentHitKind.NO_D_NUMMER, onlyHit("D-nr " + spaced).kind());
  }

  @Test
  void twoNumbersSeparatedBySpacesAreBothFound() {
    String text = SE.canonical() + " " + NO.canonical();
    ContentScan scan = DETECTOR.scan(text, REF);
    assertEquals(List.of(ContentHitKind.SE_PERSONNUMMER, ContentHitKind.NO_FODSELSNUMMER), scan.hits().stream().map(ContentHit::kind).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ID%s", "%sX", "%s-12", "12-%s", "3.%s", "1%s"})
  void numbersGluedIntoLongerCodesAreNotFlagged(String pattern) {
    String text = "ref " + pattern.formatted(SE.tenDigitForm(REF).replace("-", "")) + " ok";
    assertTrue(DETECTOR.scan(text, REF).hits().stream().noneMatch(f -> f.kind().isIdentityNumber()), text);
  }

  @Test
  void digitRunsWithAWrongCheckDigitAreNeverFlagged() {
    long seed = RandomContexts.seed();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 20_000; i++) {
      LocalDate birth = LocalDate.ofEpochDay(r.nextLong(LocalDate.of(1930, 1, 1).toEpochDay(), REF.toEpochDay()));
      String valid = r.nextBoolean() ? IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, r.nextInt(1, 1000)).tenDigitForm(REF)
          : IdentityNumbers.norwegian(IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, birth, birth.getYear() < 2000 ? r.nextInt(0, 500) : r.nextInt(500, 1000)).map(IdentityNumber::canonical).orElse("");
      if (valid.isEmpty()) {
        continue;
      }
      char last = valid.charAt(valid.length() - 1);
      String wrong = valid.substring(0, valid.length() - 1) + (char) ('0' + (last - '0' + 1 + r.nextInt(9)) % 10);
      String text = "nummer " + wrong + " slut";
      assertTrue(DETECTOR.scan(text, REF).isEmpty(), "seed " + seed + ": flagged a wrong check digit");
      assertEquals(1, DETECTOR.scan("nummer " + valid + " slut", REF).hits().size(), "seed " + seed + ": missed a valid number");
    }
  }

  @Test
  void randomDigitTextOnlyYieldsValidNumbers() {
    long seed = RandomContexts.seed();
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      int k = r.nextInt(14);
      sb.append(k < 10 ? (char) ('0' + k) : k == 10 ? ' ' : k == 11 ? '-' : k == 12 ? '+' : 'a');
    }
    String text = sb.toString();
    ContentScan scan = DETECTOR.scan(text, REF);
    for (ContentHit f : scan.hits()) {
      String span = text.substring(f.start(), f.end()).replaceAll("[ ]", "");
      String digits = span.replaceAll("[^0-9]", "");
      String normalised = span.contains("+") ? digits.substring(0, digits.length() - 4) + "+" + digits.substring(digits.length() - 4) : digits;
      assertTrue(IdentityNumbers.isValid(normalised, 0, normalised.length(), REF), "seed " + seed + ": flagged an invalid span");
    }
  }

  @Test
  void healthTermsMatchWordsStemsAndCompounds() {
    assertEquals("*psykiatri*", onlyHit("Välkommen till Vuxenpsykiatrin Södra.").term());
    assertEquals("psykolog*", onlyHit("Tid hos psykologmottagningen").term());
    assertEquals("bup", onlyHit("Kallelse från BUP, plan 3").term());
    assertTrue(DETECTOR.scan("Vi har en buppert och bupparna", REF).isEmpty());
    assertTrue(DETECTOR.scan("Beroende på vädret flyttar vi mötet.", REF).isEmpty());
    ContentHit f = onlyHit("Ditt PROVSVAR är klart");
    assertEquals(ContentHitKind.HEALTH_TERM, f.kind());
    assertEquals("health-sv", f.list());
  }

  @Test
  void phrasesMatchAcrossAnyWhiteSpace() {
    String text = "Beslut om ekonomiskt \n   bistånd";
    ContentHit f = onlyHit(text);
    assertEquals(ContentHitKind.SOCIAL_SERVICES_TERM, f.kind());
    assertEquals(text.indexOf("ekonomiskt"), f.start());
    assertEquals(text.length(), f.end());
  }

  @Test
  void norwegianSocialServicesTermsAreSecrecyProtected() {
    ContentScan scan = DETECTOR.scan("Barneverntjenesten ber deg ringe. Hilsen NAV sosial.", REF);
    assertEquals(ContentClass.SECRECY_PROTECTED, scan.suggested());
    assertEquals(2, scan.causes().size());
  }

  @Test
  void theSuggestedClassIsTheHighestAndNamesItsCauses() {
    ContentScan scan = DETECTOR.scan("pnr " + SE.tenDigitForm(REF) + ", diagnos och orosanmälan", REF);
    assertEquals(ContentClass.SECRECY_PROTECTED, scan.suggested());
    assertEquals(List.of(ContentHitKind.SOCIAL_SERVICES_TERM), scan.causes().stream().map(ContentHit::kind).toList());
    assertEquals(3, scan.hits().size());
    assertFalse(scan.toString().contains(SE.canonical().substring(2, 8)), "the scan must not print the number");
  }

  @Test
  void nothingFoundSuggestsNoPersonalData() {
    ContentScan scan = DETECTOR.scan("Välkommen på fredag kl 10.", REF);
    assertTrue(scan.isEmpty());
    assertEquals(ContentClass.NO_PERSONAL_DATA, scan.suggested());
  }

  @Test
  void aHostCanAddItsOwnListAndBadTermsAreLocated() {
    String own = """
        version: "1"
        lists:
          - id: local-units
            language: sv
            kind: health-term
            content: secrecy-protected
            terms: ["Skyddsmottagningen Norr"]
        """;
    SensitiveContentDetector host = DETECTOR.and(SensitiveContentDetector.read("units.yaml", new ByteArrayInputStream(own.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    assertEquals(ContentClass.SECRECY_PROTECTED, host.scan("Tid på skyddsmottagningen  norr", REF).suggested());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SensitiveContentDetector.read("units.yaml",
        new ByteArrayInputStream(own.replace("\"Skyddsmottagningen Norr\"", "\"ok\", \"p*ykiatri\"").getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    assertEquals("bad-term", e.problems().get(0).code());
    assertEquals("/lists/0/terms/1", e.problems().get(0).location().pointer());
    assertThrows(IllegalArgumentException.class, () -> DETECTOR.and(DETECTOR));
  }
}
