package io.github.trygg.crypto.record;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.pseudonym.InMemoryTokenVault;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;

/**
 * Whatever bytes a CSV file or a JSON document holds, record pseudonymisation either goes through
 * or stops with a {@link RecordRejectedException} whose problems have a code and a location —
 * never another exception, and within the limits of a small heap. Every build replays the inputs
 * under {@code RecordsFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class RecordsFuzzTest {
  static final RecordPseudonymiser RECORDS = RecordPseudonymiser.builder()
      .policy(RecordPolicyTest.sample())
      .pseudonymisation(RecordFixtures.pseudonymisation(InMemoryTokenVault.create(), new ArrayList<>()))
      .limits(RecordLimits.defaults().withMaxRecordLength(1 << 20).withMaxFieldsPerRecord(512).withMaxDepth(32))
      .build();

  @FuzzTest(maxDuration = "2m")
  void anyCsvEndsCleanly(FuzzedDataProvider data) {
    char delimiter = data.consumeBoolean() ? ',' : ';';
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      RECORDS.csv(new ByteArrayInputStream(bytes), OutputStream.nullOutputStream(), "fuzz.csv", CsvFormat.delimitedBy(delimiter));
    } catch (RecordRejectedException e) {
      located(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void anyJsonEndsCleanly(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      RECORDS.json(new ByteArrayInputStream(bytes), OutputStream.nullOutputStream(), "fuzz.json");
    } catch (RecordRejectedException e) {
      located(e);
    }
  }

  static void located(RecordRejectedException e) {
    for (Problem p : e.problems()) {
      if (p.code().isEmpty() || p.message().isEmpty() || !p.location().source().startsWith("fuzz.")) {
        throw new AssertionError("a problem without code, message or source: " + p);
      }
    }
  }
}
