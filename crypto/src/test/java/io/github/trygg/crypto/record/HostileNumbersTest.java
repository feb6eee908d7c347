package io.github.trygg.crypto.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.InMemoryTokenVault;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number written with a huge exponent is a few bytes long but stands for a value of millions of
 * digits; range generalisation must refuse it as unreadable, never expand it.
 */
class HostileNumbersTest {
  static RecordPseudonymiser records(InvalidValues invalid) {
    RecordPolicy policy = RecordPolicy.builder().id("numbers").invalidValues(invalid)
        .addFields(FieldRule.field("minutes", new FieldAction.Generalise(Generalisation.RANGE, 10)))
        .build();
    return RecordPseudonymiser.builder().policy(policy).pseudonymisation(RecordFixtures.pseudonymisation(InMemoryTokenVault.create(), new ArrayList<>())).build();
  }

  static String run(RecordPseudonymiser records, String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    records.csv(new ByteArrayInputStream(("minutes\n" + value + "\n").getBytes(StandardCharsets.UTF_8)), out, "numbers.csv", CsvFormat.rfc4180());
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e10000000", "1e100000000", "1e999999999", "-1e999999999", "1e-999999999", "0e999999999", "1E+2147483647",
      "123456789012345678901234567890123456789", "0.0000000000000000000000000000000000000000000000000000000000000000001"})
  void aHostileNumberIsUnreadableNotExpanded(String value) {
    String out = run(records(InvalidValues.OPAQUE), value);
    assertEquals("minutes\r\n\r\n", out, "the value is written empty and counted as invalid");
    RecordRejectedException e = assertThrows(RecordRejectedException.class, () -> run(records(InvalidValues.REJECT), value));
    assertEquals("generalise-unreadable", e.problems().get(0).code());
    assertTrue(e.problems().get(0).expected().contains("30"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"37=30-39", "4.5=0-9", "-3=-10--1", "1e3=1000-1009", "123456789012345678901234567890=123456789012345678901234567890-123456789012345678901234567899"})
  void ordinaryNumbersStillGeneralise(String pair) {
    String[] p = pair.split("=");
    assertEquals(List.of("minutes", p[1]), List.of(run(records(InvalidValues.REJECT), p[0]).split("\r\n")));
  }
}
