package io.github.trygg.core.identity;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/** Any text either parses to a number that formats and parses back, or fails with a typed reason. */
class IdentityNumbersFuzzTest {
  static final LocalDate REF = LocalDate.of(2026, 11, 24);

  @FuzzTest(maxDuration = "1m")
  void parsingAnyTextFailsOnlyWithAReason(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    boolean quick = IdentityNumbers.isValid(text, 0, text.length(), REF);
    try {
      IdentityNumber n = IdentityNumbers.parse(text, REF);
      if (!quick || !IdentityNumbers.parse(n.canonical(), REF).equals(n) || n.toString().contains(n.canonical())) {
        throw new AssertionError("inconsistent parse");
      }
    } catch (InvalidIdentityNumberException e) {
      if (quick || e.reason() == null) {
        throw new AssertionError("isValid and parse disagree", e);
      }
    }
  }
}
