package io.github.trygg.crypto.record;

import io.github.trygg.crypto.pseudonym.IdentityFpeOptions;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.Preservation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.Technique;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Pseudonymises a generated CSV of the given size in megabytes and prints records, time and the
 * heap limit. Run by {@link BoundedMemoryTest} in a JVM with a small {@code -Xmx}; by hand for the
 * large runs.
 */
public final class BoundedMemoryRun {
  private BoundedMemoryRun() {}

  static RecordPolicy policy() {
    PseudonymisationDomain domain = PseudonymisationDomain.builder().name("visits-export").purpose("response-time statistics").keyId("export").build();
    return RecordPolicy.builder()
        .id("bounded-memory")
        .addDomains(domain)
        .addFields(
            FieldRule.field("personnummer", new FieldAction.Pseudonymise(Technique.IDENTITY_FPE, "visits-export", java.util.Optional.of(
                IdentityFpeOptions.builder().preservation(Preservation.DECADE).latestBirthDate(LocalDate.of(2025, 12, 31)).acknowledgeRealPersonRisk(true).build()))),
            FieldRule.field("guardian", FieldAction.Pseudonymise.with(Technique.IDENTITY_HMAC, "visits-export")),
            FieldRule.field("customerId", FieldAction.Pseudonymise.with(Technique.AES_SIV, "visits-export")),
            FieldRule.field("visitId", FieldAction.Pseudonymise.with(Technique.HMAC_SHA256, "visits-export")),
            FieldRule.field("staff", FieldAction.Pseudonymise.with(Technique.HMAC_SHA256, "visits-export")),
            FieldRule.field("birthDate", FieldAction.Generalise.to(Generalisation.YEAR)),
            FieldRule.field("postcode", new FieldAction.Generalise(Generalisation.TRUNCATE, 3)),
            FieldRule.field("responseMinutes", new FieldAction.Generalise(Generalisation.RANGE, 10)),
            FieldRule.field("name", new FieldAction.Drop()),
            FieldRule.field("alarmType", new FieldAction.Keep()))
        .build();
  }

  public static void main(String[] args) {
    long megabytes = Long.parseLong(args[0]);
    KeyProvider keys = RecordFixtures.keys();
    Pseudonymisation pseudonymisation = Pseudonymisation.builder().keys(keys).clock(Clock.systemUTC()).build();
    RecordPseudonymiser records = RecordPseudonymiser.builder().policy(policy()).pseudonymisation(pseudonymisation).build();
    SyntheticVisits in = new SyntheticVisits(megabytes << 20, 1, LocalDate.now());
    long start = System.nanoTime();
    RecordReport report = records.csv(in, OutputStream.nullOutputStream(), "synthetic.csv", CsvFormat.rfc4180());
    double seconds = (System.nanoTime() - start) / 1e9;
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("records=%d bytesRead=%d bytesWritten=%d seconds=%.1f MBps=%.1f maxHeapMB=%d%n",
        report.records(), report.bytesRead(), report.bytesWritten(), seconds, report.bytesRead() / 1048576.0 / seconds,
        runtime.maxMemory() >> 20);
  }
}
