package io.github.trygg.core.propagation;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Why a value holds (R11): the rule that produced it, where it started — an information asset, a
 * system's own assessment or capability, or an override — and the path of systems, flows and
 * dependencies it travelled. The path is rebuilt from compact per-system records the first time
 * it is asked for, so results for large registers stay small.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Trace {
  private final EntryRef subject;
  private final EntryRef origin;
  private final Supplier<List<TraceStep>> resolver;
  private volatile @Nullable List<TraceStep> steps;

  Trace(EntryRef subject, EntryRef origin, Supplier<List<TraceStep>> resolver) {
    this.subject = subject;
    this.origin = origin;
    this.resolver = resolver;
  }

  /** {@return the system, flow or override the trace explains} */
  public EntryRef subject() {
    return subject;
  }

  /**
   * {@return where the value started: an asset, a system (its own assessment, clearance or
   * objective) or an override}
   */
  public EntryRef origin() {
    return origin;
  }

  /** {@return the originating information asset, when the value comes from one} */
  public Optional<String> originAsset() {
    return origin.kind() == EntryKind.ASSET ? Optional.of(origin.id()) : Optional.empty();
  }

  /** {@return the steps from the origin to the subject; the last step is the subject itself} */
  public List<TraceStep> steps() {
    List<TraceStep> s = steps;
    if (s == null) {
      s = List.copyOf(resolver.get());
      steps = s;
    }
    return s;
  }

  /** {@return the rule that produced the value: the rule of the last step} */
  public String rule() {
    List<TraceStep> s = steps();
    return s.isEmpty() ? "R1" : s.get(s.size() - 1).rule();
  }

  /** {@return the systems and flows along the way, without dependencies and overrides} */
  public List<EntryRef> path() {
    return steps().stream()
        .map(TraceStep::entry)
        .filter(e -> e.kind() == EntryKind.SYSTEM || e.kind() == EntryKind.INTEGRATION)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trace t && subject.equals(t.subject) && origin.equals(t.origin) && steps().equals(t.steps());
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, origin, steps());
  }

  /**
   * The trace in words: for example "R3 från informationstillgång larmhandelser: system fallsensorer →
   * integration sensor-till-plattform → … → system datalager".
   *
   * @param language the language of the text
   * @return the trace in words
   */
  public String explain(Language language) {
    return rule() + " " + FROM.in(language) + " " + origin.label(language) + ": "
        + steps().stream().map(s -> s.entry().label(language)).collect(Collectors.joining(" → "));
  }

  /** {@return {@link #explain(Language)} in every language} */
  public LocalizedText explanation() {
    return new LocalizedText(explain(Language.SWEDISH), explain(Language.NORWEGIAN_BOKMAL), explain(Language.ENGLISH));
  }

  private static final LocalizedText FROM = new LocalizedText("från", "fra", "from");

  /** For example {@code R3 from asset:larmhandelser: system:fallsensorer → … → system:datalager}: the form logs use. */
  @Override
  public String toString() {
    return rule() + " from " + origin + ": "
        + steps().stream().map(s -> s.entry().toString()).collect(Collectors.joining(" → "));
  }
}
