package io.github.trygg.crypto.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.pseudonym.InMemoryTokenVault;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every limit of record pseudonymisation, each refused with its code, limit and location. */
class RecordLimitsTest {
  static RecordPseudonymiser records(RecordLimits limits) {
    return RecordPseudonymiser.builder().policy(RecordPolicyTest.sample())
        .pseudonymisation(RecordFixtures.pseudonymisation(InMemoryTokenVault.create(), new ArrayList<>())).limits(limits).build();
  }

  /** Bytes made on the fly: {@code head}, then {@code unit} repeated {@code times}, then {@code tail}. */
  static InputStream repeated(String head, String unit, long times, String tail) {
    byte[] u = unit.getBytes(StandardCharsets.UTF_8);
    InputStream body = new InputStream() {
      long left = times * u.length;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        long at = times * u.length - left;
        for (int i = 0; i < n; i++) {
          b[off + i] = u[(int) ((at + i) % u.length)];
        }
        left -= n;
        return n;
      }
    };
    return new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), body, new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
  }

  static Problem csv(RecordLimits limits, InputStream in) {
    RecordRejectedException e = assertThrows(RecordRejectedException.class,
        () -> records(limits).csv(in, OutputStream.nullOutputStream(), "hostile.csv", CsvFormat.rfc4180()));
    return e.problems().get(0);
  }

  static Problem json(RecordLimits limits, InputStream in) {
    RecordRejectedException e = assertThrows(RecordRejectedException.class,
        () -> records(limits).json(in, OutputStream.nullOutputStream(), "hostile.json"));
    return e.problems().get(0);
  }

  /** A 30 MB line of one-character fields: refused at the 4 097th field, not held as 15 million strings. */
  @Test
  void aLineOfMillionsOfFieldsIsRefusedAtTheFieldLimit() {
    Problem p = csv(RecordLimits.defaults(), repeated("personnummer,name\n", "x,", 15_000_000, "x\n"));
    assertEquals("csv-too-many-fields", p.code());
    assertEquals(2, p.location().line());
    assertTrue(p.message().contains("4096"), p::toString);
    assertTrue(p.expected().contains("maxFieldsPerRecord"), p::toString);
  }

  @Test
  void aRecordOfManyLongFieldsIsRefusedAtTheRecordLimit() {
    String field = "y".repeat(8000);
    Problem p = csv(RecordLimits.defaults(), repeated("personnummer,name\n", field + ",", 4000, "x\n"));
    assertEquals("csv-record-too-long", p.code());
    assertTrue(p.message().contains(String.valueOf(16 << 20)), p::toString);
  }

  @Test
  void csvLimitsCanBeRaisedOrLowered() {
    assertEquals("csv-too-many-fields", csv(RecordLimits.defaults().withMaxFieldsPerRecord(3), repeated("a,b,c,d\n", "", 0, "")).code());
    assertEquals("csv-record-too-long", csv(RecordLimits.defaults().withMaxRecordLength(10), repeated("personnummer\n", "", 0, "")).code());
  }

  @Test
  void deepNestingIsRefusedAtTheDepthLimit() {
    Problem p = json(RecordLimits.defaults(), repeated("", "[", 100_000, ""));
    assertEquals("json-too-deep", p.code());
    assertTrue(p.message().contains("64"), p::toString);
    // A host that needs deeper documents raises the limit.
    String deep = "[".repeat(100) + "]".repeat(100);
    records(RecordLimits.defaults().withMaxDepth(101)).json(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream(), "deep.json");
  }

  @Test
  void longStringsNamesAndNumbersAreRefused() {
    assertEquals("json-string-too-long", json(RecordLimits.defaults(), repeated("{\"personnummer\": \"", "z", 2 << 20, "\"}")).code());
    assertEquals("json-name-too-long", json(RecordLimits.defaults(), repeated("{\"", "n", 100_000, "\": 1}")).code());
    assertEquals("json-number-too-long", json(RecordLimits.defaults(), repeated("{\"responseMinutes\": ", "9", 100_000, "}")).code());
  }

  @Test
  void aJsonRecordOverTheSizeLimitIsRefused() {
    // Many small values: no single string is long, the record is.
    Problem p = json(RecordLimits.defaults().withMaxRecordLength(1 << 20), repeated("[{\"extra\": [", "\"aaaaaaaaaa\",", 1_000_000, "1]}]"));
    assertEquals("json-record-too-long", p.code());
    assertTrue(p.location().pointer().startsWith("/0/extra"), p::toString);
  }

  /** A property name that may be an identity number is never shown: neither in a problem nor in the report. */
  @Test
  void namesThatMayBePersonalAreNotShown() {
    String name = "19121212-1212";
    RecordRejectedException e = assertThrows(RecordRejectedException.class, () -> records(RecordLimits.defaults())
        .json(new ByteArrayInputStream(("{\"" + name + "\": {\"personnummer\": \"not a number\"}}").getBytes(StandardCharsets.UTF_8)),
            OutputStream.nullOutputStream(), "names.json"));
    assertEquals("/*/personnummer", e.problems().get(0).location().pointer());
    assertFalse(e.getMessage().contains("19121212"), e.getMessage());
    RecordReport report = records(RecordLimits.defaults()).json(new ByteArrayInputStream(("{\"" + name + "\": 1}").getBytes(StandardCharsets.UTF_8)),
        OutputStream.nullOutputStream(), "names.json");
    assertFalse(report.fields().keySet().stream().anyMatch(k -> k.contains("19121212")), report.fields().keySet().toString());
    Problem duplicate = csv(RecordLimits.defaults(), new ByteArrayInputStream((name + "," + name + "\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals("csv-duplicate-column", duplicate.code());
    assertFalse(duplicate.toString().contains("19121212"), duplicate::toString);
  }

  /** Millions of distinct unlisted names are counted together beyond the first ten thousand. */
  @Test
  void theReportStaysBoundedWhateverTheNames() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 30_000; i++) {
      json.append(i == 0 ? "" : ",").append("\"f").append(Integer.toString(i, 36)).append("\": 1");
    }
    json.append('}');
    RecordReport report = records(RecordLimits.defaults()).json(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)),
        OutputStream.nullOutputStream(), "wide.json");
    assertTrue(report.fields().size() <= 10_001 + RecordPolicyTest.sample().fields().size(), () -> String.valueOf(report.fields().size()));
  }

  @Test
  void anOversizedPolicyIsRefusedBeforeItIsParsed() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RecordPolicy.read("big.policy.yaml", repeated("format: trygg-record-policy\n", "#", 2 << 20, "\n"), DataFormat.YAML));
    assertEquals("policy-size", e.problems().get(0).code());
  }
}
