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

  /**
   * Starts an input.
   *
   * @param subject what is screened, such as {@code system:journal} or {@code activity:trygghetslarm}
   * @param jurisdiction whose lists apply
   * @return a new builder
   */
  public static Builder builder(String subject, Jurisdiction jurisdiction) {
    return new Builder(subject, jurisdiction);
  }

  /** {@return a builder holding this input, to add to or set aside from} */
  public Builder toBuilder() {
    Builder b = new Builder(subject, jurisdiction);
    b.criteria.putAll(criteria);
    b.excluded.putAll(excluded);
    b.facts.putAll(facts);
    return b;
  }

  /** {@return what is screened} */
  public String subject() {
    return subject;
  }

  /** {@return whose lists apply} */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** {@return criteria met, by id, with the reason; excluded ones are not here} */
  public Map<String, LocalizedText> criteria() {
    return criteria;
  }

  /** {@return criteria set aside, by id, with the justification} */
  public Map<String, String> excluded() {
    return excluded;
  }

  /** {@return the facts that hold, by id, with the reason} */
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

    /**
     * A criterion met and why; a later reason for the same criterion is kept beside the first.
     *
     * @param id the criterion's id
     * @param reason why it holds
     * @return this builder
     */
    public Builder criterion(String id, LocalizedText reason) {
      criteria.merge(id, reason, (a, b) -> a.equals(b) ? a
          : new LocalizedText(join(a.sv(), b.sv()), join(a.nb(), b.nb()), join(a.en(), b.en())));
      excluded.remove(id);
      return this;
    }

    /**
     * A criterion judged not to apply, with the documented justification.
     *
     * @param id the criterion's id
     * @param justification why it is set aside; must not be blank
     * @return this builder
     */
    public Builder exclude(String id, String justification) {
      if (justification.isBlank()) {
        throw new IllegalArgumentException("setting criterion " + id + " aside needs a documented justification");
      }
      criteria.remove(id);
      excluded.put(id, justification);
      return this;
    }

    /**
     * Records a fact that holds, with why; the first reason given for a fact is kept.
     *
     * @param fact the fact's id
     * @param reason why it holds
     * @return this builder
     */
    public Builder fact(String fact, LocalizedText reason) {
      facts.putIfAbsent(fact, reason);
      return this;
    }

    private static String join(String first, String second) {
      String head = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
      return head + "; " + second;
    }

    /**
     * Makes the input.
     *
     * @return the input
     */
    public ScreeningInput build() {
      return new ScreeningInput(this);
    }
  }
}
