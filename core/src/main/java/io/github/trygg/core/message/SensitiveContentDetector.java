package io.github.trygg.core.message;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.internal.message.IdentityNumberScanner;
import io.github.trygg.core.internal.message.TermAutomaton;
import io.github.trygg.core.internal.message.TermListCodec;
import io.github.trygg.core.internal.message.TermListCodec.TermList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Scans a message text for what makes it sensitive: Swedish personnummer and samordningsnummer and
 * Norwegian fødselsnummer, D- and H-numbers (only valid numbers count, with their check digits, in
 * the usual written forms and spacings), and terms from health and social-services lists in Swedish
 * and Norwegian. The scan suggests a content class and names the findings behind it; it never
 * keeps the matched text. Immutable and thread-safe.
 *
 * <p>The term lists are data: {@link #bundled()} uses the lists in the jar, {@link #read(Path)} a
 * host's own file in the same format, and {@link #and} joins two detectors' lists.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SensitiveContentDetector {
  private static final String STANDARD = "content-terms.yaml";

  private final List<TermList> lists;
  private final int[] listOfTerm;
  private final String[] terms;
  private final @Nullable TermAutomaton automaton;

  private SensitiveContentDetector(List<TermList> lists) {
    this.lists = List.copyOf(lists);
    List<String> all = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int l = 0; l < lists.size(); l++) {
      for (String term : lists.get(l).terms()) {
        all.add(term);
        owner.add(l);
      }
    }
    this.terms = all.toArray(String[]::new);
    this.listOfTerm = owner.stream().mapToInt(Integer::intValue).toArray();
    this.automaton = all.isEmpty() ? null : TermAutomaton.compile(all);
  }

  private static final class Standard {
    static final SensitiveContentDetector INSTANCE = load();

    private static SensitiveContentDetector load() {
      try (InputStream in = SensitiveContentDetector.class.getResourceAsStream(STANDARD)) {
        if (in == null) {
          throw new IllegalStateException("the standard term lists are missing from the jar");
        }
        return read(STANDARD, in, DataFormat.YAML);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@return identity numbers and the health and social-services term lists shipped in the jar} */
  public static SensitiveContentDetector bundled() {
    return Standard.INSTANCE;
  }

  /** {@return identity numbers only, no terms} */
  public static SensitiveContentDetector identityNumbersOnly() {
    return new SensitiveContentDetector(List.of());
  }

  /**
   * Identity numbers and the term lists of a JSON or YAML file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the table
   * @throws InvalidInputException with every problem located, when the file is not a valid list file
   */
  public static SensitiveContentDetector read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in, DataFormat.ofFileName(name));
    } catch (IOException e) {
      throw new InvalidInputException(new Problem("unreadable", Location.of(file.toString(), ""), "cannot read the file (" + e.getClass().getSimpleName() + ")", "a readable term-list file"));
    }
  }

  /**
   * Term lists from a stream in the bundled format, without the bundled lists (combine with {@link
   * #and}); the stream is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return a detector of identity numbers and these lists
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static SensitiveContentDetector read(String source, InputStream in, DataFormat format) {
    return new SensitiveContentDetector(TermListCodec.read(SourceReader.readObject(source, in, Format.of(format)), ContentHitKind.class, ContentClass.class));
  }

  /**
   * A detector with this one's lists and the other's; list ids must not clash.
   *
   * @param other the other answers
   * @return the detector
   */
  public SensitiveContentDetector and(SensitiveContentDetector other) {
    Set<String> ids = new HashSet<>(listIds());
    for (String id : other.listIds()) {
      if (!ids.add(id)) {
        throw new IllegalArgumentException("both detectors have a term list '" + id + "'");
      }
    }
    List<TermList> joined = new ArrayList<>(lists);
    joined.addAll(other.lists);
    return new SensitiveContentDetector(joined);
  }

  /** {@return the ids of the term lists the detector uses, in order} */
  public List<String> listIds() {
    return lists.stream().map(TermList::id).toList();
  }

  /**
   * Scans with today as the reference date (for the century of Swedish 10-digit numbers).
   *
   * @param text the message text
   * @return the hits in text order and the content class they suggest
   */
  public ContentScan scan(CharSequence text) {
    return scan(text, LocalDate.now());
  }

  /**
   * Scans {@code text}.
   *
   * @param referenceDate the day the text is read on: it decides the century of a Swedish 10-digit
   *     number, and numbers born after it are not numbers
   * @param text the message text
   * @return the hits in text order and the content class they suggest
   */
  public ContentScan scan(CharSequence text, LocalDate referenceDate) {
    List<ContentHit> found = new ArrayList<>();
    IdentityNumberScanner.scan(text, referenceDate, (kind, start, end) ->
        found.add(new ContentHit(ContentHitKind.of(kind), start, end, ContentClass.SENSITIVE, "", "", isSynthetic(kind))));
    TermAutomaton a = automaton;
    if (a != null) {
      int numbers = found.size();
      a.scan(text, (term, start, end) -> {
        TermList list = lists.get(listOfTerm[term]);
        found.add(new ContentHit(ContentHitKind.values()[list.kind()], start, end, ContentClass.values()[list.content()], list.id(), terms[term], false));
      });
      if (found.size() - numbers > 1) {
        return ContentScan.of(withoutNested(found));
      }
    }
    if (found.size() > 1) {
      found.sort(Comparator.comparingInt(ContentHit::start));
    }
    return ContentScan.of(found);
  }

  private static boolean isSynthetic(IdentityKind kind) {
    return kind.synthetic();
  }

  /** In text order; a term inside a longer match of the same type (psykiatri inside barnpsykiatri) is dropped. */
  private static List<ContentHit> withoutNested(List<ContentHit> found) {
    found.sort(Comparator.comparingInt(ContentHit::start).thenComparing(Comparator.comparingInt(ContentHit::length).reversed()));
    int[] reach = new int[ContentHitKind.values().length];
    java.util.Arrays.fill(reach, -1);
    List<ContentHit> out = new ArrayList<>(found.size());
    for (ContentHit f : found) {
      int t = f.kind().ordinal();
      if (f.end() <= reach[t]) {
        continue;
      }
      reach[t] = Math.max(reach[t], f.end());
      out.add(f);
    }
    return out;
  }

  @Override
  public String toString() {
    return "SensitiveContentDetector[" + listIds() + ", " + terms.length + " terms]";
  }
}
