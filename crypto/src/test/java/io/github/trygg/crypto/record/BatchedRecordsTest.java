package io.github.trygg.crypto.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.internal.csv.CsvReader;
import io.github.trygg.crypto.internal.csv.CsvWriter;
import io.github.trygg.crypto.pseudonym.InMemoryTokenVault;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.Technique;
import io.github.trygg.crypto.testkit.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV runs go in batches of records, column by column, on one thread or several: the output is,
 * byte for byte, what the policy gives value by value ({@link RecordValues}), whatever the number of
 * threads, and so are the counts, the invalid values listed and the first error.
 */
class BatchedRecordsTest {
  final Pseudonymisation pseudonymisation = RecordFixtures.pseudonymisation(InMemoryTokenVault.create(), new ArrayList<>());

  /** The sample policy with its document tokens made HMAC pseudonyms: nothing kept in a vault, so runs go in batches. */
  static RecordPolicy policy(InvalidValues invalid) {
    RecordPolicy sample = RecordPolicyTest.sample();
    List<FieldRule> rules = new ArrayList<>();
    for (FieldRule rule : sample.fields()) {
      rules.add(rule.field().equals(Optional.of("visitId"))
          ? FieldRule.field("visitId", new FieldAction.Pseudonymise(Technique.HMAC_SHA256, "care-export-2026", Optional.empty()))
          : rule);
    }
    return RecordPolicy.builder().from(sample).fields(rules).invalidValues(invalid).build();
  }

  RecordPseudonymiser records(RecordPolicy policy, int threads) {
    return RecordPseudonymiser.builder().policy(policy).pseudonymisation(pseudonymisation).parallelism(threads).build();
  }

  /** Generated visits, with some values spoilt (wrong check digits, unreadable dates and numbers) at random and at batch edges. */
  static String visits(int rows, long seed, boolean spoil) throws IOException {
    SyntheticVisits source = new SyntheticVisits(Long.MAX_VALUE, seed, RecordFixtures.TODAY);
    CsvReader reader = new CsvReader(new java.io.InputStreamReader(source, StandardCharsets.UTF_8), ',', 10_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter writer = new CsvWriter(out, ',', "\r\n");
    SplittableRandom random = new SplittableRandom(seed);
    writer.write(reader.next());
    for (int r = 0; r < rows; r++) {
      List<String> row = new ArrayList<>(reader.next());
      boolean edge = r == 2 || r == CsvBatch.MAX_RECORDS - 1 || r == CsvBatch.MAX_RECORDS || r == 2 * CsvBatch.MAX_RECORDS + 1;
      if (spoil && (edge || random.nextInt(200) == 0)) {
        int column = edge ? r % 3 : random.nextInt(4);
        switch (column) {
          case 0 -> row.set(0, row.get(0).substring(0, row.get(0).length() - 1) + (char) ('0' + (row.get(0).charAt(row.get(0).length() - 1) - '0' + 1) % 10));
          case 1 -> row.set(5, "23/8/1964");
          case 2 -> row.set(7, "many");
          default -> row.set(1, "not-a-number");
        }
      }
      writer.write(row);
    }
    writer.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  static byte[] run(RecordPseudonymiser records, String csv, List<RecordReport> reports) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reports.add(records.csv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), out, "visits.csv", CsvFormat.rfc4180()));
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theOutputIsTheSameOnAnyNumberOfThreadsAndIsWhatTheRulesGiveValueByValue(boolean spoil) throws IOException {
    long seed = Seeds.seed();
    String csv = visits(3 * CsvBatch.MAX_RECORDS + 77, seed, spoil);
    RecordPolicy policy = policy(InvalidValues.OPAQUE);
    List<RecordReport> reports = new ArrayList<>();
    byte[] one = run(records(policy, 1), csv, reports);
    assertArrayEquals(valueByValue(records(policy, 1), csv), one, "seed " + seed);
    for (int threads : new int[] {2, 3, 8}) {
      assertArrayEquals(one, run(records(policy, threads), csv, reports), "seed " + seed + ", " + threads + " threads");
    }
    RecordReport first = reports.get(0);
    assertEquals(spoil, first.invalid() > 0, "seed " + seed);
    for (RecordReport r : reports) {
      assertEquals(first.records(), r.records());
      assertEquals(first.fields(), r.fields(), "seed " + seed);
      assertEquals(first.invalid(), r.invalid());
      assertEquals(first.invalidValues(), r.invalidValues(), "seed " + seed);
      assertEquals(first.unmatchedRules(), r.unmatchedRules());
      assertEquals(first.bytesRead(), r.bytesRead());
      assertEquals(first.bytesWritten(), r.bytesWritten());
    }
    if (spoil) {
      List<Problem> listed = first.invalidValues();
      for (int i = 1; i < listed.size(); i++) {
        assertTrue(listed.get(i - 1).location().line() <= listed.get(i).location().line(), "listed in the order of the file");
      }
    }
  }

  @Test
  void theFirstInvalidValueIsTheOneRejectedOnAnyNumberOfThreads() throws IOException {
    long seed = Seeds.seed();
    String csv = visits(3 * CsvBatch.MAX_RECORDS, seed, true);
    RecordPolicy policy = policy(InvalidValues.REJECT);
    List<Problem> seen = new ArrayList<>();
    for (int threads : new int[] {1, 2, 3}) {
      RecordRejectedException e = assertThrows(RecordRejectedException.class, () -> run(records(policy, threads), csv, new ArrayList<>()));
      seen.add(e.problems().get(0));
    }
    assertEquals(seen.get(0), seen.get(1), "seed " + seed);
    assertEquals(seen.get(0), seen.get(2), "seed " + seed);
    assertEquals(firstRejected(records(policy, 1), csv), seen.get(0), "seed " + seed);
  }

  @Test
  void recordsBeforeMalformedCsvStillFailFirst() throws IOException {
    long seed = Seeds.seed();
    String good = visits(2 * CsvBatch.MAX_RECORDS, seed, false);
    String spoilt = visits(2 * CsvBatch.MAX_RECORDS, seed, true);
    String broken = "\r\na,b\"c,d\r\n";
    for (int threads : new int[] {1, 2}) {
      RecordRejectedException malformed = assertThrows(RecordRejectedException.class,
          () -> run(records(policy(InvalidValues.REJECT), threads), good + broken, new ArrayList<>()));
      assertEquals("csv-quote", malformed.problems().get(0).code());
      RecordRejectedException invalid = assertThrows(RecordRejectedException.class,
          () -> run(records(policy(InvalidValues.REJECT), threads), spoilt + broken, new ArrayList<>()));
      assertEquals(firstRejected(records(policy(InvalidValues.REJECT), 1), spoilt), invalid.problems().get(0), "seed " + seed);
    }
  }

  /** The problem of the first value, in file order, that the policy rejects when the values are taken one by one. */
  static Problem firstRejected(RecordPseudonymiser records, String csv) throws IOException {
    RecordValues values = records.values();
    CsvReader reader = new CsvReader(new StringReader(csv), ',', 10_000);
    List<String> header = reader.next();
    for (List<String> row = reader.next(); row != null; row = reader.next()) {
      long line = reader.recordLine();
      for (int i = 0; i < row.size(); i++) {
        Optional<RecordValues.Field> field = values.at(List.of(header.get(i)));
        if (field.isPresent()) {
          String pointer = "/" + header.get(i);
          try {
            field.get().apply(row.get(i), IGNORE, () -> new Location("visits.csv", (int) line, 0, pointer));
          } catch (RecordRejectedException e) {
            return e.problems().get(0);
          }
        }
      }
    }
    throw new AssertionError("nothing rejected");
  }

  static final RecordValues.Counter IGNORE = new RecordValues.Counter() {
    @Override
    public void pseudonymised() {}

    @Override
    public void generalised() {}

    @Override
    public void kept() {}

    @Override
    public void dropped() {}

    @Override
    public void empty() {}

    @Override
    public void invalid(Problem problem) {}
  };

  /** The expected output: every value through {@link RecordValues} on its own, unlisted columns dropped. */
  static byte[] valueByValue(RecordPseudonymiser records, String csv) throws IOException {
    RecordValues values = records.values();
    CsvReader reader = new CsvReader(new StringReader(csv), ',', 10_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter writer = new CsvWriter(out, ',', "\r\n");
    List<String> header = reader.next();
    List<Optional<RecordValues.Field>> fields = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (String name : header) {
      Optional<RecordValues.Field> field = values.at(List.of(name));
      fields.add(field);
      if (field.isPresent() && !field.get().drops()) {
        kept.add(name);
      }
    }
    writer.write(kept);
    for (List<String> row = reader.next(); row != null; row = reader.next()) {
      List<String> written = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        if (fields.get(i).isPresent()) {
          fields.get(i).get().apply(row.get(i), IGNORE, () -> Location.of("visits.csv", "")).ifPresent(written::add);
        }
      }
      writer.write(written);
    }
    writer.flush();
    return out.toByteArray();
  }
}
