package io.github.trygg.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Period;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedTextsTest {

  @Test
  void givesWhatTheParserGivesAndParsesARepeatedTextOnce() {
    AtomicInteger calls = new AtomicInteger();
    ParsedTexts<Period> periods = new ParsedTexts<>(t -> {
      calls.incrementAndGet();
      return Period.parse(t);
    });
    for (int i = 0; i < 100; i++) {
      assertEquals(Period.ofYears(1), periods.parse("P1Y"));
      assertEquals(Period.ofMonths(6), periods.parse("P6M"));
    }
    assertEquals(2, calls.get());
    // Every different text is parsed for itself, whatever shares its slot.
    for (int i = 1; i <= 2000; i++) {
      assertEquals(Period.ofDays(i), periods.parse("P" + i + "D"));
    }
  }

  @Test
  void aTextThatDoesNotParseFailsEveryTime() {
    ParsedTexts<Period> periods = new ParsedTexts<>(Period::parse);
    assertThrows(DateTimeException.class, () -> periods.parse("one year"));
    assertThrows(DateTimeException.class, () -> periods.parse("one year"));
    String longText = "P" + "1".repeat(40) + "Y";
    assertThrows(DateTimeException.class, () -> periods.parse(longText));
  }
}
