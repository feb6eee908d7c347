package io.github.trygg.crypto.record;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A CSV of made-up alarm visits, generated while it is read, so a file of any size costs no memory
 * and no disk: generated identity numbers (never real ones), names with commas and quotes, notes
 * with line breaks.
 */
final class SyntheticVisits extends InputStream {
  static final String HEADER = "personnummer,guardian,customerId,visitId,staff,birthDate,postcode,responseMinutes,name,alarmType,comment\r\n";
  private static final String[] TYPES = {"fall", "button", "door", "smoke", "wander"};

  private final long size;
  private final SplittableRandom random;
  private final LocalDate today;
  private byte[] chunk = HEADER.getBytes(StandardCharsets.UTF_8);
  private int position;
  private long produced;
  long rows;

  SyntheticVisits(long size, long seed, LocalDate today) {
    this.size = size;
    this.random = new SplittableRandom(seed);
    this.today = today;
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (position == chunk.length) {
      if (produced >= size) {
        return -1;
      }
      chunk = row().getBytes(StandardCharsets.UTF_8);
      position = 0;
      rows++;
    }
    int n = Math.min(len, chunk.length - position);
    System.arraycopy(chunk, position, b, off, n);
    position += n;
    produced += n;
    return n;
  }

  private String row() {
    LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1925, 1, 1).toEpochDay(), LocalDate.of(2024, 1, 1).toEpochDay()));
    IdentityNumber person = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, random.nextInt(1, 1000));
    IdentityNumber guardian = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth.minusYears(30), random.nextInt(1, 1000));
    StringBuilder sb = new StringBuilder(200);
    sb.append(person.tenDigitForm(today)).append(',')
        .append(random.nextInt(4) == 0 ? guardian.canonical() : "").append(',')
        .append("K-").append(random.nextInt(1_000_000)).append(',')
        .append("V-").append(random.nextLong(1L << 40)).append(',')
        .append("staff-").append(random.nextInt(500)).append(',')
        .append(birth).append(',')
        .append(10000 + random.nextInt(90000)).append(',')
        .append(random.nextInt(240)).append(',')
        .append("\"Efternamn").append(random.nextInt(10000)).append(", Förnamn\"").append(',')
        .append(TYPES[random.nextInt(TYPES.length)]).append(',');
    if (random.nextInt(3) == 0) {
      sb.append("\"larmet \"\"").append(random.nextInt(100)).append("\"\" kvitterat,\r\nåterbesök\"");
    }
    return sb.append("\r\n").toString();
  }
}
