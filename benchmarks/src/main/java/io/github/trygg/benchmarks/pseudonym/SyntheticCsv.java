package io.github.trygg.benchmarks.pseudonym;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.record.RecordPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Made-up alarm visits as CSV for the record benchmarks: generated identity numbers (never real
 * ones), quoted names with commas, notes with quotes and line breaks in a third of the rows.
 */
final class SyntheticCsv {
  static final String HEADER = "personnummer,guardian,customerId,visitId,staff,birthDate,postcode,responseMinutes,name,alarmType,note\r\n";
  private static final String[] TYPES = {"fall", "button", "door", "smoke", "wander"};
  static final LocalDate REFERENCE = LocalDate.of(2026, 1, 15);

  private SyntheticCsv() {}

  /** Writes rows until at least {@code bytes} bytes are written; returns the number of rows. */
  static long write(OutputStream out, long bytes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(1 << 16);
    long written = 0;
    long rows = 0;
    try {
      byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
      out.write(header);
      written += header.length;
      while (written < bytes) {
        sb.setLength(0);
        for (int i = 0; i < 256; i++, rows++) {
          row(sb, random);
        }
        byte[] chunk = sb.toString().getBytes(StandardCharsets.UTF_8);
        out.write(chunk);
        written += chunk.length;
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static void row(StringBuilder sb, SplittableRandom random) {
    LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1925, 1, 1).toEpochDay(), LocalDate.of(2024, 1, 1).toEpochDay()));
    sb.append(IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, random.nextInt(1, 1000)).tenDigitForm(REFERENCE)).append(',');
    if (random.nextInt(4) == 0) {
      sb.append(IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth.minusYears(28), random.nextInt(1, 1000)).canonical());
    }
    sb.append(",K-").append(random.nextInt(1_000_000))
        .append(",V-").append(random.nextLong(1L << 40))
        .append(",staff-").append(random.nextInt(500))
        .append(',').append(birth)
        .append(',').append(10000 + random.nextInt(90000))
        .append(',').append(random.nextInt(240))
        .append(",\"Efternamn").append(random.nextInt(10000)).append(", Förnamn\"")
        .append(',').append(TYPES[random.nextInt(TYPES.length)]).append(',');
    if (random.nextInt(3) == 0) {
      sb.append("\"larmet \"\"").append(random.nextInt(100)).append("\"\" kvitterat,\r\nåterbesök\"");
    }
    sb.append("\r\n");
  }

  static RecordPolicy policy() {
    try (InputStream in = SyntheticCsv.class.getResourceAsStream("visits.policy.yaml")) {
      if (in == null) {
        throw new IllegalStateException("visits.policy.yaml is missing");
      }
      return RecordPolicy.read("visits.policy.yaml", in, io.github.trygg.core.DataFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
