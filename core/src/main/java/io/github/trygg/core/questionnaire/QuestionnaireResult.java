package io.github.trygg.core.questionnaire;

import io.github.trygg.core.internal.data.Lookup;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.Location;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ClassificationProfile;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.RatingOrigin;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What a questionnaire's answers mean: the level per aspect with the answers that set it, the
 * concerns raised, the product-profile fields filled, the score per area and the questions left
 * unanswered. Every level and every concern carries the answers behind it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class QuestionnaireResult {
  private final Questionnaire questionnaire;
  private final Map<SecurityAspect, AspectOutcome> outcomes;
  private final List<RaisedConcern> concerns;
  private final Map<String, List<String>> fills;
  private final Map<String, String> filledBy;
  private final List<AreaScore> areaScores;
  private final List<Question> unanswered;

  private QuestionnaireResult(Questionnaire questionnaire, Map<SecurityAspect, AspectOutcome> outcomes, List<RaisedConcern> concerns,
      Map<String, List<String>> fills, Map<String, String> filledBy, List<AreaScore> areaScores, List<Question> unanswered) {
    this.questionnaire = questionnaire;
    this.outcomes = outcomes;
    this.concerns = List.copyOf(concerns);
    this.fills = fills;
    this.filledBy = filledBy;
    this.areaScores = List.copyOf(areaScores);
    this.unanswered = List.copyOf(unanswered);
  }

  /** {@return the questionnaire that was answered} */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** {@return the level per aspect: the highest minimum any answer implies, 0 where none does} */
  public Levels levels() {
    Map<SecurityAspect, ConsequenceLevel> levels = new EnumMap<>(SecurityAspect.class);
    outcomes.forEach((aspect, outcome) -> levels.put(aspect, outcome.level()));
    return Levels.of(levels);
  }

  /**
   * The level of one aspect and the answers behind it.
   *
   * @param aspect a security aspect
   * @return the aspect's outcome; level 0 when no answer set it
   */
  public AspectOutcome outcome(SecurityAspect aspect) {
    return Lookup.in(outcomes, aspect, "outcome");
  }

  /** {@return the outcome of every aspect, in aspect order} */
  public List<AspectOutcome> outcomes() {
    return List.copyOf(outcomes.values());
  }

  /** {@return concerns, most severe first, in question order within a severity} */
  public List<RaisedConcern> concerns() {
    return concerns;
  }

  /** {@return product-profile fields and their values, as the answers set them} */
  public Map<String, List<String>> fills() {
    return fills;
  }

  /** {@return which question filled each product-profile field} */
  public Map<String, String> filledBy() {
    return filledBy;
  }

  /** {@return each area's score and what it misses, in area order} */
  public List<AreaScore> areaScores() {
    return areaScores;
  }

  /** {@return the required questions left unanswered, in question order} */
  public List<Question> unanswered() {
    return unanswered;
  }

  /**
   * The classification these answers give, in {@code profile}: one rating per aspect the profile
   * rates, its justification naming the answers that set it (in {@code language}), origin
   * {@link RatingOrigin#ASSESSED}, with assessor and date.
   *
   * @param language the language of the text
   * @param profile the classification profile whose words name the levels
   * @param assessedBy who assessed, as a role or name the organisation records
   * @param assessedOn the date of the assessment
   * @return the classification
   */
  public AssetClassification toClassification(ClassificationProfile profile, Language language, String assessedBy, LocalDate assessedOn) {
    AssetClassification.Builder b = AssetClassification.builder().profileId(profile.id()).profileVersion(profile.version());
    for (SecurityAspect aspect : SecurityAspect.values()) {
      if (!profile.aspects().contains(aspect)) {
        continue;
      }
      AspectOutcome outcome = Lookup.in(outcomes, aspect, "outcome");
      b.putRatings(aspect, AspectRating.builder()
          .aspect(aspect)
          .level(outcome.level())
          .justification(reasons(outcome, language))
          .origin(RatingOrigin.ASSESSED)
          .assessedBy(assessedBy)
          .assessedOn(assessedOn)
          .build());
    }
    return b.build();
  }

  /**
   * The product profile the answers describe, for a supplier dialogue.
   *
   * @param systemId the register id of the system described
   * @param vendorId the register id of the vendor
   * @return the system and vendor entries the answers fill
   */
  public ProductProfile productProfile(String systemId, String vendorId) {
    return ProfileFields.build(systemId, vendorId, fills, filledBy);
  }

  /**
   * Levels shown as ordinals.
   *
   * @param language the language of the text
   * @return the explanation, one line per entry
   */
  public List<String> explain(Language language) {
    return explain(null, language);
  }

  /**
   * One line per aspect (level in the profile's words and the answers that set it), then each
   * concern with its answer, each area's score and what it misses, and each unanswered question.
   *
   * @param language the language of the text
   * @param profile the classification profile whose words name the levels
   * @return the explanation, one line per entry
   */
  public List<String> explain(@org.jspecify.annotations.Nullable ClassificationProfile profile, Language language) {
    List<String> lines = new ArrayList<>();
    if (questionnaire.kind() == QuestionnaireKind.CLASSIFICATION) {
      for (AspectOutcome outcome : outcomes.values()) {
        Object aspect = profile != null && profile.aspectLabels().containsKey(outcome.aspect())
            ? profile.aspectLabel(outcome.aspect()) : Messages.text("aspect." + outcome.aspect().name());
        String level = profile != null ? profile.display(outcome.level(), language) : String.valueOf(outcome.level().ordinalLevel());
        lines.add(outcome.decisive().isEmpty()
            ? Messages.format(language, "questionnaire.aspect-none", aspect, level)
            : Messages.format(language, "questionnaire.aspect", aspect, level, reasons(outcome, language)));
      }
      if (levels().highest().requiresSeparateAnalysis()) {
        lines.add(Messages.format(language, "classification.separate-analysis"));
      }
    }
    for (RaisedConcern f : concerns) {
      lines.add(Messages.format(language, "questionnaire.concern", Messages.text("severity." + f.concern().severity().name()),
          f.concern().text(), f.question(), f.answer()));
    }
    for (AreaScore score : areaScores) {
      lines.add(score.missing().isEmpty()
          ? Messages.format(language, "questionnaire.area-complete", score.area().label(), score.score(), score.max())
          : Messages.format(language, "questionnaire.area", score.area().label(), score.score(), score.max(), score.percent(),
              score.missing().stream().map(id -> questionnaire.question(id).map(q -> q.text().in(language)).orElse(id))
                  .collect(Collectors.joining("; "))));
    }
    filledBy.forEach((field, questionId) -> lines.add(Messages.format(language, "questionnaire.filled", field,
        String.join(", ", fills.get(field)), questionnaire.question(questionId).map(Question::text).orElse(new LocalizedText(questionId, questionId, questionId)))));
    for (Question q : unanswered) {
      lines.add(Messages.format(language, "questionnaire.unanswered", q.text()));
    }
    return lines;
  }

  private static String reasons(AspectOutcome outcome, Language language) {
    if (outcome.decisive().isEmpty()) {
      return Messages.format(language, "questionnaire.no-answer-raises");
    }
    return outcome.decisive().stream()
        .map(r -> Messages.format(language, "questionnaire.reason", r.question(), r.answer()))
        .collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return "QuestionnaireResult[" + questionnaire.id() + "@" + questionnaire.version() + " " + levels() + ", " + concerns.size() + " concerns]";
  }

  // ---- evaluation ------------------------------------------------------------------------------

  static QuestionnaireResult evaluate(Questionnaire q, Answers answers) {
    List<Problem> problems = new ArrayList<>();
    String source = "answers to " + q.id() + "@" + q.version();
    for (String id : answers.questionIds()) {
      if (q.question(id).isEmpty()) {
        problems.add(new Problem("unknown-question", Location.of(source, "/" + id), "no question '" + id + "'",
            "one of: " + q.questions().stream().map(Question::id).collect(Collectors.joining(", "))));
      }
    }
    Map<SecurityAspect, List<AnswerReason>> contributions = new EnumMap<>(SecurityAspect.class);
    List<RaisedConcern> concerns = new ArrayList<>();
    Map<String, List<String>> fills = new LinkedHashMap<>();
    Map<String, String> filledBy = new LinkedHashMap<>();
    Map<String, int[]> scores = new LinkedHashMap<>();
    Map<String, List<String>> missing = new LinkedHashMap<>();
    List<Question> unanswered = new ArrayList<>();
    for (Area area : q.areas()) {
      scores.put(area.id(), new int[2]);
      missing.put(area.id(), new ArrayList<>());
    }

    for (Question question : q.questions()) {
      Location at = Location.of(source, "/" + question.id());
      int best = question.options().stream().mapToInt(o -> o.score().orElse(0)).max().orElse(0);
      int possible = question.type() == QuestionType.MULTIPLE_CHOICE
          ? question.options().stream().mapToInt(o -> Math.max(0, o.score().orElse(0))).sum() : best;
      question.area().ifPresent(a -> Lookup.in(scores, a, "area")[1] += possible);
      if (!answers.answered(question.id())) {
        if (question.required()) {
          unanswered.add(question);
        }
        question.area().filter(a -> possible > 0).ifPresent(a -> Lookup.in(missing, a, "area").add(question.id()));
        continue;
      }
      List<Chosen> chosen = chosen(question, answers, at, problems);
      int got = 0;
      for (Chosen c : chosen) {
        c.minimums().forEach((aspect, level) -> contributions.computeIfAbsent(aspect, k -> new ArrayList<>())
            .add(new AnswerReason(question.id(), question.text(), c.id(), c.label(), aspect, level)));
        c.fills().forEach((field, values) -> {
          fills.computeIfAbsent(field, k -> new ArrayList<>()).addAll(values);
          filledBy.putIfAbsent(field, question.id());
        });
        c.concern().ifPresent(f -> concerns.add(new RaisedConcern(question.id(), question.area(), question.text(), c.label(), f)));
        got += c.score();
      }
      final int points = got;
      question.area().ifPresent(a -> {
        Lookup.in(scores, a, "area")[0] += points;
        if (points < possible) {
          Lookup.in(missing, a, "area").add(question.id());
        }
      });
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }

    Map<SecurityAspect, AspectOutcome> outcomes = new EnumMap<>(SecurityAspect.class);
    for (SecurityAspect aspect : SecurityAspect.values()) {
      List<AnswerReason> all = contributions.getOrDefault(aspect, List.of());
      ConsequenceLevel level = all.stream().map(AnswerReason::level).reduce(ConsequenceLevel.NONE, ConsequenceLevel::max);
      List<AnswerReason> decisive = level == ConsequenceLevel.NONE ? List.of() : all.stream().filter(r -> r.level() == level).toList();
      outcomes.put(aspect, new AspectOutcome(aspect, level, decisive, all));
    }
    concerns.sort((a, b) -> b.concern().severity().compareTo(a.concern().severity()));
    List<AreaScore> areaScores = new ArrayList<>();
    for (Area area : q.areas()) {
      int[] s = Lookup.in(scores, area.id(), "area");
      areaScores.add(new AreaScore(area, s[0], s[1], Lookup.in(missing, area.id(), "area")));
    }
    Map<String, List<String>> frozenFills = new LinkedHashMap<>();
    fills.forEach((k, v) -> frozenFills.put(k, List.copyOf(v)));
    return new QuestionnaireResult(q, outcomes, concerns, java.util.Collections.unmodifiableMap(frozenFills),
        java.util.Collections.unmodifiableMap(filledBy), areaScores, unanswered);
  }

  /** One selected answer, whatever the question type. */
  private record Chosen(String id, LocalizedText label, Map<SecurityAspect, ConsequenceLevel> minimums, Map<String, List<String>> fills,
      Optional<AnswerConcern> concern, int score) {
    static Chosen of(AnswerOption o) {
      return new Chosen(o.id(), o.label(), o.minimums(), o.fills(), o.concern(), o.score().orElse(0));
    }
  }

  private static List<Chosen> chosen(Question question, Answers answers, Location at, List<Problem> problems) {
    Optional<Set<String>> choices = answers.choices(question.id());
    OptionalDouble hours = answers.hours(question.id());
    Optional<String> text = answers.text(question.id());
    switch (question.type()) {
      case SINGLE_CHOICE:
      case MULTIPLE_CHOICE: {
        if (choices.isEmpty()) {
          problems.add(new Problem("wrong-answer-type", at, "question '" + question.id() + "' is answered with " + (hours.isPresent() ? "hours" : "text"), "a choice of options"));
          return List.of();
        }
        if (question.type() == QuestionType.SINGLE_CHOICE && choices.get().size() != 1) {
          problems.add(new Problem("one-option", at, choices.get().size() + " options chosen for a single-choice question", "exactly one option"));
          return List.of();
        }
        List<Chosen> out = new ArrayList<>();
        Function<String, String> known = id -> question.options().stream().map(AnswerOption::id).collect(Collectors.joining(", ", "one of: ", ""));
        for (String id : choices.get()) {
          Optional<AnswerOption> option = question.option(id);
          if (option.isEmpty()) {
            problems.add(new Problem("unknown-option", at, "question '" + question.id() + "' has no option '" + id + "'", known.apply(id)));
          } else {
            out.add(Chosen.of(option.get()));
          }
        }
        return out;
      }
      case HOURS: {
        if (hours.isEmpty()) {
          problems.add(new Problem("wrong-answer-type", at, "question '" + question.id() + "' is not answered with hours", "a number of hours"));
          return List.of();
        }
        double value = hours.getAsDouble();
        if (!(value >= 0) || Double.isInfinite(value)) {
          problems.add(new Problem("out-of-range", at, "hours must be a finite number of 0 or more", "hours >= 0"));
          return List.of();
        }
        Optional<HoursBand> band = question.band(value);
        if (band.isEmpty()) {
          problems.add(new Problem("out-of-range", at, value + " hours is beyond the last band", "at most " + question.bands().get(question.bands().size() - 1).atMostHours().orElse(0.0)));
          return List.of();
        }
        HoursBand b = band.get();
        LocalizedText label = Messages.text("questionnaire.hours", value, b.label());
        return List.of(new Chosen(b.id(), label, b.minimums(), b.fills(), Optional.empty(), 0));
      }
      default: {
        if (text.isEmpty()) {
          problems.add(new Problem("wrong-answer-type", at, "question '" + question.id() + "' is not answered with text", "a text"));
          return List.of();
        }
        Map<String, List<String>> fill = question.fills().map(f -> Map.of(f, List.of(text.get()))).orElse(Map.of());
        if (!fill.isEmpty()) {
          List<String> errors = ProfileFields.check(question.fills().get(), List.of(text.get()));
          if (!errors.isEmpty()) {
            // The message does not repeat the text: a free-text answer may carry anything.
            problems.add(new Problem("bad-value", at, "the answer cannot fill '" + question.fills().get() + "'", ProfileFields.expected(question.fills().get())));
          }
          if (!errors.isEmpty()) {
            return List.of();
          }
        }
        // The answer's own words stand in no reason or error: free text may carry anything.
        return List.of(new Chosen("text", Messages.text("questionnaire.text-answer"), Map.of(), fill, Optional.empty(), 0));
      }
    }
  }
}
