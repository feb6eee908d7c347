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
    return write(out, bytes, seed, false);
  }

  /**
   * The same records as JSON Lines: one object per line, every value a string (empty values left
   * out), so both formats carry the same data.
   */
  static long writeJsonLines(OutputStream out, long bytes, long seed) {
    return write(out, bytes, seed, true);
  }

  private static long write(OutputStream out, long bytes, long seed, boolean json) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(1 << 16);
    long written = 0;
    long rows = 0;
    try {
      if (!json) {
        byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
        out.write(header);
        written += header.length;
      }
      String[] values = new String[NAMES.length];
      while (written < bytes) {
        sb.setLength(0);
        for (int i = 0; i < 256; i++, rows++) {
          values(values, random);
          if (json) {
            json(sb, values);
          } else {
            csv(sb, values);
          }
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

  static final String[] NAMES = HEADER.strip().split(",");

  private static void values(String[] v, SplittableRandom random) {
    LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1925, 1, 1).toEpochDay(), LocalDate.of(2024, 1, 1).toEpochDay()));
    v[0] = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, random.nextInt(1, 1000)).tenDigitForm(REFERENCE);
    v[1] = random.nextInt(4) == 0 ? IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth.minusYears(28), random.nextInt(1, 1000)).canonical() : "";
    v[2] = "K-" + random.nextInt(1_000_000);
    v[3] = "V-" + random.nextLong(1L << 40);
    v[4] = "staff-" + random.nextInt(500);
    v[5] = birth.toString();
    v[6] = String.valueOf(10000 + random.nextInt(90000));
    v[7] = String.valueOf(random.nextInt(240));
    v[8] = "Efternamn" + random.nextInt(10000) + ", Förnamn";
    v[9] = TYPES[random.nextInt(TYPES.length)];
    v[10] = random.nextInt(3) == 0 ? "larmet \"" + random.nextInt(100) + "\" kvitterat,\r\nåterbesök" : "";
  }

  /** Quoted as before: the name always, the note when there is one. */
  private static void csv(StringBuilder sb, String[] v) {
    for (int i = 0; i < v.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      if (i == 8 || (i == 10 && !v[i].isEmpty())) {
        sb.append('"').append(v[i].replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v[i]);
      }
    }
    sb.append("\r\n");
  }

  private static void json(StringBuilder sb, String[] v) {
    sb.append('{');
    boolean first = true;
    for (int i = 0; i < v.length; i++) {
      if (v[i].isEmpty()) {
        continue;
      }
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(NAMES[i]).append("\":\"").append(v[i].replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n")).append('"');
    }
    sb.append("}\n");
  }

  static RecordPolicy policy() {
    return policy("visits.policy.yaml");
  }

  /**
   * {@code "full"}: five pseudonymised columns (identity FPE and HMAC, AES-SIV, two HMACs), three
   * generalised, two dropped; {@code "three"}: identity FPE, HMAC and a year, the rest kept.
   */
  static RecordPolicy policy(String name) {
    String resource = name.equals("three") ? "visits-three.policy.yaml" : name.equals("full") ? "visits.policy.yaml" : name;
    try (InputStream in = SyntheticCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      return RecordPolicy.read(resource, in, io.github.trygg.core.DataFormat.YAML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
