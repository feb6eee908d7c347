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

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return answers to no question} */
  public static Answers none() {
    return builder().build();
  }

  /**
   * The options chosen for a choice question.
   *
   * @param questionId the question's id
   * @return the ids of the options chosen; empty when not answered
   */
  public Optional<Set<String>> choices(String questionId) {
    return Optional.ofNullable(choices.get(questionId));
  }

  /**
   * The number given for an hours question.
   *
   * @param questionId the question's id
   * @return the hours; empty when not answered
   */
  public OptionalDouble hours(String questionId) {
    Double value = hours.get(questionId);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The text given for a text question.
   *
   * @param questionId the question's id
   * @return the text; empty when not answered
   */
  public Optional<String> text(String questionId) {
    return Optional.ofNullable(texts.get(questionId));
  }

  /**
   * Whether the question has an answer of any kind.
   *
   * @param questionId the question's id
   * @return whether it was answered
   */
  public boolean answered(String questionId) {
    return choices.containsKey(questionId) || hours.containsKey(questionId) || texts.containsKey(questionId);
  }

  /** {@return every question id answered, in the order given} */
  public Set<String> questionIds() {
    Set<String> ids = new LinkedHashSet<>(choices.keySet());
    ids.addAll(hours.keySet());
    ids.addAll(texts.keySet());
    return ids;
  }

  /**
   * A copy with the answers of {@code other} added; {@code other} wins where both answer.
   *
   * @param other the other answers
   * @return the combined answers
   */
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

    /**
     * One option of a single-choice question, or the options picked in a multiple-choice one.
     *
     * @param questionId the question's id
     * @param optionIds the ids of the options chosen
     * @return this builder
     */
    public Builder choose(String questionId, String... optionIds) {
      return choose(questionId, List.of(optionIds));
    }

    /**
     * Chooses options of a choice question; replaces an earlier answer to it.
     *
     * @param questionId the question's id
     * @param optionIds the ids of the options chosen
     * @return this builder
     */
    public Builder choose(String questionId, List<String> optionIds) {
      clear(questionId);
      choices.put(questionId, Collections.unmodifiableSet(new LinkedHashSet<>(optionIds)));
      return this;
    }

    /**
     * Answers an hours question; replaces an earlier answer to it.
     *
     * @param questionId the question's id
     * @param value the hours, 0 or more
     * @return this builder
     */
    public Builder hours(String questionId, double value) {
      clear(questionId);
      hours.put(questionId, value);
      return this;
    }

    /**
     * Answers a text question; replaces an earlier answer to it. The text is personal data at most as the answer is, and is never echoed in problems.
     *
     * @param questionId the question's id
     * @param value the text
     * @return this builder
     */
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

    /**
     * Makes the answers.
     *
     * @return the answers
     */
    public Answers build() {
      return new Answers(this);
    }
  }
}
