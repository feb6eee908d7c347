package io.github.trygg.spark;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.record.RecordPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Keys, clock, policy and generated visits for the Spark tests; nothing real. */
final class Fixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  static final String HEADER = "personnummer,guardian,customerId,visitId,staff,birthDate,postcode,responseMinutes,name,alarmType,comment";
  private static final String[] TYPES = {"fall", "button", "door", "smoke", "wander"};

  private Fixtures() {}

  /** Every technique the policy offers in Spark; invalid values are made opaque and counted. */
  static final String POLICY = """
      format: trygg-record-policy
      version: 1
      id: care-export
      revision: 3
      unlisted: drop
      invalidValues: opaque
      domains:
        - {name: care-export-2026, purpose: Response-time statistics, keyId: export, reidentifierRoles: [dpo]}
      fields:
        - field: personnummer
          action: pseudonymise
          technique: identity-fpe
          domain: care-export-2026
          fpe: {preservation: decade, latestBirthDate: 2025-12-31, acknowledgeRealPersonRisk: true}
        - {field: guardian, action: pseudonymise, technique: identity-hmac, domain: care-export-2026}
        - {field: customerId, action: pseudonymise, technique: hmac-sha256, domain: care-export-2026}
        - {field: visitId, action: pseudonymise, technique: aes-siv, domain: care-export-2026}
        - {field: birthDate, action: generalise, to: year}
        - {field: postcode, action: generalise, to: truncate, length: 3}
        - {field: responseMinutes, action: generalise, to: range, width: 10}
        - {field: name, action: drop}
        - {field: alarmType, action: keep}
        - {field: unusedColumn, action: drop}
      """;

  static RecordPolicy policy(String yaml) {
    return RecordPolicy.read("policy.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML);
  }

  static RecordPolicy policy() {
    return policy(POLICY);
  }

  /** A fresh key file with key id "export", version 1 primary, from the JDK's random generator. */
  static Path keyFile(Path dir) {
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "export");
    return file;
  }

  static Pseudonymisation pseudonymisation(Path keyFile) {
    return Pseudonymisation.builder().keys(KeyFileProvider.open(keyFile)).clock(CLOCK).build();
  }

  /** The master keys' bytes in a key file, read the way a test may: straight from the JSON. */
  static List<byte[]> materials(Path keyFile) {
    try {
      Matcher m = Pattern.compile("\"material\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"").matcher(Files.readString(keyFile));
      List<byte[]> out = new ArrayList<>();
      while (m.find()) {
        out.add(Base64.getUrlDecoder().decode(m.group(1)));
      }
      if (out.isEmpty()) {
        throw new IllegalStateException("no key material found in the test key file");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One generated visit; {@code invalid} makes the personnummer's check digit wrong. */
  static String row(SplittableRandom random, boolean invalid) {
    LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1925, 1, 1).toEpochDay(), LocalDate.of(2024, 1, 1).toEpochDay()));
    IdentityNumber person = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, random.nextInt(1, 1000));
    IdentityNumber guardian = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth.minusYears(30), random.nextInt(1, 1000));
    String pnr = random.nextBoolean() ? person.tenDigitForm(TODAY) : person.canonical();
    if (invalid) {
      char last = pnr.charAt(pnr.length() - 1);
      pnr = pnr.substring(0, pnr.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
    StringBuilder sb = new StringBuilder(200);
    sb.append(pnr).append(',')
        .append(random.nextInt(4) == 0 ? guardian.canonical() : "").append(',')
        .append("K-").append(random.nextInt(1_000_000)).append(',')
        .append("V-").append(random.nextLong(1L << 40)).append(',')
        .append("staff-").append(random.nextInt(500)).append(',')
        .append(random.nextInt(10) == 0 ? "" : birth.toString()).append(',')
        .append(10000 + random.nextInt(90000)).append(',')
        .append(random.nextInt(240)).append(',')
        .append("\"Efternamn").append(random.nextInt(10000)).append(", Förnamn\"").append(',')
        .append(TYPES[random.nextInt(TYPES.length)]).append(',');
    if (random.nextInt(3) == 0) {
      sb.append("\"larmet \"\"").append(random.nextInt(100)).append("\"\" kvitterat,\r\nåterbesök\"");
    }
    return sb.toString();
  }

  /** A CSV of {@code rows} generated visits, one in {@code invalidEvery} with a bad check digit (0: none). */
  static Path visitsCsv(Path file, int rows, long seed, int invalidEvery) {
    SplittableRandom random = new SplittableRandom(seed);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write("\r\n");
      for (int i = 0; i < rows; i++) {
        w.write(row(random, invalidEvery > 0 && i % invalidEvery == invalidEvery - 1));
        w.write("\r\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Rows as lists of text, null and empty alike, sorted: the order Spark writes in is not the input's. */
  static List<List<String>> sorted(Dataset<Row> ds) {
    List<List<String>> out = new ArrayList<>();
    for (Row r : ds.collectAsList()) {
      List<String> row = new ArrayList<>(r.size());
      for (int i = 0; i < r.size(); i++) {
        Object v = r.get(i);
        row.add(v == null ? "" : v.toString());
      }
      out.add(row);
    }
    out.sort((a, b) -> String.join("\u0001", a).compareTo(String.join("\u0001", b)));
    return out;
  }
}
