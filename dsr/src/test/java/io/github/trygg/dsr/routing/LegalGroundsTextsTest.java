package io.github.trygg.dsr.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** DSR data files read texts as every Trygg data file does: a blank translation is refused. */
class LegalGroundsTextsTest {
  @Test
  void aBlankTranslationIsAProblemAtItsPointer() throws IOException {
    String bundled;
    try (InputStream in = LegalGrounds.class.getResourceAsStream("legal-grounds.yaml")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String blank = bundled.replaceFirst("(?m)^(\\s+)sv: .*$", "$1sv: '  '");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> LegalGrounds.read("grounds.yaml", new ByteArrayInputStream(blank.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    Problem p = e.problems().get(0);
    assertEquals("blank", p.code(), e.getMessage());
    assertEquals(1, e.problems().size(), e.getMessage());
  }
}
