package io.github.trygg.core.dpia;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LocalizedText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a screening looks at: the processing or system, the jurisdiction, the WP248 criteria met
 * (each with why), the criteria set aside (each with a documented justification) and the facts
 * list items test ({@code data:location}, {@code feature:camera}, {@code special-category},
 * {@code public-area} …), each with why. Start from {@link DpiaSuggestions} or a
 * {@link WelfareTemplate} and adjust.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScreeningInput {
  private final String subject;
  private final Jurisdiction jurisdiction;
  private final Map<String, LocalizedText> criteria;
  private final Map<String, String> excluded;
  private final Map<String, LocalizedText> facts;

  private ScreeningInput(Builder b) {
    this.subject = b.subject;
    this.jurisdiction = b.jurisdiction;
    this.criteria = Collections.unmodifiableMap(new LinkedHashMap<>(b.criteria));
    this.excluded = Collections.unmodifiableMap(new LinkedHashMap<>(b.excluded));
    this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(b.facts));
  }

  public static Builder builder(String subject, Jurisdiction jurisdiction) {
    return new Builder(subject, jurisdiction);
  }

  /** A builder holding this input, to add to or set aside from. */
  public Builder toBuilder() {
    Builder b = new Builder(subject, jurisdiction);
    b.criteria.putAll(criteria);
    b.excluded.putAll(excluded);
    b.facts.putAll(facts);
    return b;
  }

  public String subject() {
    return subject;
  }

  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** Criteria met, by id, with the reason; excluded ones are not here. */
  public Map<String, LocalizedText> criteria() {
    return criteria;
  }

  /** Criteria set aside, by id, with the justification. */
  public Map<String, String> excluded() {
    return excluded;
  }

  public Map<String, LocalizedText> facts() {
    return facts;
  }

  @Override
  public String toString() {
    return "ScreeningInput[" + subject + " " + jurisdiction + " " + criteria.keySet() + "]";
  }

  /** Collects an input. Setting a criterion aside always needs a justification. */
  public static final class Builder {
    private final String subject;
    private final Jurisdiction jurisdiction;
    private final Map<String, LocalizedText> criteria = new LinkedHashMap<>();
    private final Map<String, String> excluded = new LinkedHashMap<>();
    private final Map<String, LocalizedText> facts = new LinkedHashMap<>();

    private Builder(String subject, Jurisdiction jurisdiction) {
      this.subject = subject;
      this.jurisdiction = jurisdiction;
    }

    /** A criterion met and why; a later reason for the same criterion is kept beside the first. */
    public Builder criterion(String id, LocalizedText reason) {
      criteria.merge(id, reason, (a, b) -> a.equals(b) ? a
          : new LocalizedText(join(a.sv(), b.sv()), join(a.nb(), b.nb()), join(a.en(), b.en())));
      excluded.remove(id);
      return this;
    }

    /** A criterion judged not to apply, with the documented justification. */
    public Builder exclude(String id, String justification) {
      if (justification.isBlank()) {
        throw new IllegalArgumentException("setting criterion " + id + " aside needs a documented justification");
      }
      criteria.remove(id);
      excluded.put(id, justification);
      return this;
    }

    public Builder fact(String fact, LocalizedText reason) {
      facts.putIfAbsent(fact, reason);
      return this;
    }

    private static String join(String first, String second) {
      String head = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
      return head + "; " + second;
    }

    public ScreeningInput build() {
      return new ScreeningInput(this);
    }
  }
}
