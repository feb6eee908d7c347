package io.github.trygg.benchmarks.message;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.message.ContentScan;
import io.github.trygg.core.message.SensitiveContentDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scanning 2 KB messages (Swedish and Norwegian prose with identity numbers, health and
 * social-services words) for sensitive content. Baseline: the same job with plain
 * java.util.regex — one pattern for number shapes, each candidate validated the same way, and one
 * case-insensitive alternation of the same term lists.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ContentScanBenchmark {
  static final LocalDate REF = LocalDate.of(2026, 11, 25);
  static final int MESSAGES = 16;

  SensitiveContentDetector detector;
  SensitiveContentDetector numbersOnly;
  String[] messages;
  Pattern numbers;
  Pattern terms;
  int next;

  @Setup
  public void setUp() {
    detector = SensitiveContentDetector.bundled();
    numbersOnly = SensitiveContentDetector.identityNumbersOnly();
    messages = new String[MESSAGES];
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < MESSAGES; i++) {
      messages[i] = message(r);
    }
    numbers = Pattern.compile("(?<![\\p{L}\\d])(\\d{8}|\\d{6})(?: ?[-+\\u2013] ?|[ \\u00a0])?(\\d{4,5})(?![\\p{L}\\d])|(?<![\\p{L}\\d])\\d{10,12}(?![\\p{L}\\d])");
    terms = Pattern.compile(termRegex(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @Benchmark
  public ContentScan trygg() {
    return detector.scan(messages[next++ & (MESSAGES - 1)], REF);
  }

  @Benchmark
  public List<int[]> baselineRegex() {
    String text = messages[next++ & (MESSAGES - 1)];
    List<int[]> found = numbers(text);
    Matcher t = terms.matcher(text);
    while (t.find()) {
      found.add(new int[] {t.start(), t.end()});
    }
    return found;
  }

  /** Identity numbers alone, so the terms' alternation does not dominate the comparison. */
  @Benchmark
  public ContentScan tryggNumbersOnly() {
    return numbersOnly.scan(messages[next++ & (MESSAGES - 1)], REF);
  }

  @Benchmark
  public List<int[]> baselineRegexNumbersOnly() {
    return numbers(messages[next++ & (MESSAGES - 1)]);
  }

  private List<int[]> numbers(String text) {
    List<int[]> found = new ArrayList<>();
    Matcher m = numbers.matcher(text);
    StringBuilder candidate = new StringBuilder(16);
    while (m.find()) {
      candidate.setLength(0);
      if (m.group(1) != null) {
        candidate.append(m.group(1));
        String separator = text.substring(m.end(1), m.start(2));
        if (!separator.isEmpty()) {
          candidate.append(separator.contains("+") ? '+' : '-');
        }
        candidate.append(m.group(2));
      } else {
        candidate.append(m.group());
      }
      if (IdentityNumbers.isValid(candidate, 0, candidate.length(), REF)) {
        found.add(new int[] {m.start(), m.end()});
      }
    }
    return found;
  }

  /**
   * The shipped term lists as one alternation matching the same spans as the detector: a closed
   * end needs a word boundary, an open end ('*') none.
   */
  static String termRegex() {
    List<String> list = new ArrayList<>();
    try (InputStream in = SensitiveContentDetector.class.getResourceAsStream("content-terms.yaml")) {
      Matcher m = Pattern.compile("^\\s+- \"([^\"]+)\"$", Pattern.MULTILINE).matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (m.find()) {
        list.add(m.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return list.stream().map(term -> {
      boolean open0 = term.startsWith("*");
      boolean open1 = term.endsWith("*");
      String body = term.replace("*", "").trim();
      return (open0 ? "" : "\\b") + Pattern.quote(body).replace(" ", "\\E\\s+\\Q") + (open1 ? "" : "\\b");
    }).collect(Collectors.joining("|", "(?:", ")"));
  }

  static String message(SplittableRandom r) {
    String[] prose = {
        "Hej! Vi vill påminna om din tid på mottagningen nästa vecka. Ta med legitimation och kom gärna tio minuter innan. ",
        "Om du får förhinder, ring oss på telefon 08-123 456 78 så bokar vi en ny tid. Parkering finns vid huvudentrén. ",
        "Hei, vi minner om timen din hos legen på tirsdag. Gi beskjed dersom du ikke kan komme, så vi kan gi timen til andre. ",
        "Ditt provsvar är klart och finns att läsa i 1177. Vid frågor om diagnos eller recept, kontakta din läkare. ",
        "Barneverntjenesten ønsker en samtale med deg. Ta kontakt med saksbehandler på tlf 22 33 44 55 innen fredag. ",
        "Beslut om ekonomiskt bistånd skickas separat. Handläggaren nås måndag till torsdag mellan 9 och 11. ",
        "Referansenummer 2026-4411-8873. Saken gjelder søknaden din fra mars, og vi trenger flere opplysninger. ",
    };
    StringBuilder sb = new StringBuilder(2200);
    while (sb.length() < 2048) {
      sb.append(prose[r.nextInt(prose.length)]);
      if (r.nextInt(4) == 0) {
        LocalDate birth = LocalDate.of(1940 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28));
        sb.append(r.nextBoolean()
            ? "Personnummer " + IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, 1 + r.nextInt(999)).tenDigitForm(REF) + ". "
            : "Fødselsnummer " + IdentityNumbers.norwegian(IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, birth, birth.getYear() < 2000 ? r.nextInt(500) : 500 + r.nextInt(500))
                .map(n -> n.canonical()).orElse("") + ". ");
      }
      if (r.nextInt(3) == 0) {
        sb.append(Long.toString(1_000_000_000L + r.nextLong(8_999_999_999L))).append(' ');
      }
    }
    return sb.substring(0, 2048);
  }
}
