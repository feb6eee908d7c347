package io.github.trygg.core.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The answers given to one questionnaire, by question id. Built by the caller; checked against the
 * questionnaire when evaluated. Free-text answers are not printed by {@link #toString()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Answers {
  private final Map<String, Set<String>> choices;
  private final Map<String, Double> hours;
  private final Map<String, String> texts;

  private Answers(Builder b) {
    this.choices = Collections.unmodifiableMap(new LinkedHashMap<>(b.choices));
    this.hours = Collections.unmodifiableMap(new LinkedHashMap<>(b.hours));
    this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(b.texts));
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Answers none() {
    return builder().build();
  }

  public Optional<Set<String>> choices(String questionId) {
    return Optional.ofNullable(choices.get(questionId));
  }

  public OptionalDouble hours(String questionId) {
    Double value = hours.get(questionId);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  public Optional<String> text(String questionId) {
    return Optional.ofNullable(texts.get(questionId));
  }

  public boolean answered(String questionId) {
    return choices.containsKey(questionId) || hours.containsKey(questionId) || texts.containsKey(questionId);
  }

  /** Every question id answered, in the order given. */
  public Set<String> questionIds() {
    Set<String> ids = new LinkedHashSet<>(choices.keySet());
    ids.addAll(hours.keySet());
    ids.addAll(texts.keySet());
    return ids;
  }

  /** A copy with the answers of {@code other} added; {@code other} wins where both answer. */
  public Answers with(Answers other) {
    Builder b = new Builder();
    b.choices.putAll(choices);
    b.hours.putAll(hours);
    b.texts.putAll(texts);
    for (String id : other.questionIds()) {
      b.choices.remove(id);
      b.hours.remove(id);
      b.texts.remove(id);
    }
    b.choices.putAll(other.choices);
    b.hours.putAll(other.hours);
    b.texts.putAll(other.texts);
    return b.build();
  }

  @Override
  public String toString() {
    return "Answers" + questionIds();
  }

  /** Collects answers; a later answer to the same question replaces the earlier one. */
  public static final class Builder {
    private final Map<String, Set<String>> choices = new LinkedHashMap<>();
    private final Map<String, Double> hours = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    private Builder() {}

    /** One option of a single-choice question, or the options picked in a multiple-choice one. */
    public Builder choose(String questionId, String... optionIds) {
      return choose(questionId, List.of(optionIds));
    }

    public Builder choose(String questionId, List<String> optionIds) {
      clear(questionId);
      choices.put(questionId, Collections.unmodifiableSet(new LinkedHashSet<>(optionIds)));
      return this;
    }

    public Builder hours(String questionId, double value) {
      clear(questionId);
      hours.put(questionId, value);
      return this;
    }

    public Builder text(String questionId, String value) {
      clear(questionId);
      texts.put(questionId, value);
      return this;
    }

    private void clear(String questionId) {
      choices.remove(questionId);
      hours.remove(questionId);
      texts.remove(questionId);
    }

    public Answers build() {
      return new Answers(this);
    }
  }
}
