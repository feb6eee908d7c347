package io.github.trygg.core.questionnaire;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.WireNames;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Questionnaire files ⇄ {@link Questionnaire}. */
final class QuestionnaireCodec {
  static final String FORMAT = "trygg-questionnaire/1";

  private QuestionnaireCodec() {}

  static @Nullable Questionnaire read(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "id", "version", "kind", "title", "sources", "areas", "questions");
    Questionnaire.Builder b = Questionnaire.builder()
        .id(Texts.id(o, "id", p))
        .version(Texts.nonBlank(o, "version", p))
        .kind(o.requireEnum("kind", QuestionnaireKind.class, p).orElse(QuestionnaireKind.CLASSIFICATION))
        .title(Texts.requireText(o, "title", p))
        .sources(Texts.references(o, "sources", p));
    Set<String> areaIds = Texts.labelled(o, "areas", p, (id, label) -> b.addAreas(new Area(id, label)));
    Set<String> questionIds = new HashSet<>();
    List<SourceObject> questions = o.objects("questions", p);
    if (questions.isEmpty()) {
      p.add("empty", o.location(), "no questions", "at least one question");
    }
    for (SourceObject q : questions) {
      question(q, areaIds, questionIds, p).ifPresent(b::addQuestions);
    }
    if (!p.isEmpty()) {
      return null;
    }
    return b.build();
  }

  private static Optional<Question> question(SourceObject o, Set<String> areaIds, Set<String> questionIds, Problems p) {
    o.allowOnly(p, "id", "area", "type", "required", "text", "help", "references", "fills", "options", "bands");
    String id = Texts.id(o, "id", p);
    if (!questionIds.add(id)) {
      p.add("duplicate-id", o.keyLocation("id"), "question '" + id + "' appears twice", "unique question ids");
    }
    Question.Builder b = Question.builder().id(id)
        .text(Texts.requireText(o, "text", p))
        .required(o.booleanOr("required", true, p))
        .references(Texts.references(o, "references", p));
    Texts.optionalText(o, "help", p).ifPresent(b::help);
    o.optionalString("area", p).ifPresent(area -> {
      if (!areaIds.contains(area)) {
        p.add("unknown-reference", o.keyLocation("area"), "no area '" + area + "'", "one of: " + String.join(", ", areaIds));
      }
      b.area(area);
    });
    Optional<QuestionType> type = o.requireEnum("type", QuestionType.class, p);
    type.ifPresent(b::type);
    Set<String> optionIds = new HashSet<>();
    for (SourceObject opt : o.objects("options", p)) {
      opt.allowOnly(p, "id", "label", "minimums", "fills", "concern", "score");
      String optionId = Texts.id(opt, "id", p);
      if (!optionIds.add(optionId)) {
        p.add("duplicate-id", opt.keyLocation("id"), "option '" + optionId + "' appears twice in question '" + id + "'", "unique option ids");
      }
      AnswerOption.Builder ob = AnswerOption.builder().id(optionId).label(Texts.requireText(opt, "label", p))
          .minimums(minimums(opt, p)).fills(fills(opt, p));
      opt.optionalObject("concern", p).map(f -> concern(f, p)).ifPresent(ob::concern);
      opt.optionalLong("score", 0, 100, p).ifPresent(s -> ob.score(s.intValue()));
      b.addOptions(ob.build());
    }
    double previous = Double.NEGATIVE_INFINITY;
    for (SourceObject band : o.objects("bands", p)) {
      band.allowOnly(p, "id", "atMostHours", "label", "minimums", "fills");
      HoursBand.Builder hb = HoursBand.builder().id(Texts.id(band, "id", p)).label(Texts.requireText(band, "label", p))
          .minimums(minimums(band, p)).fills(fills(band, p));
      Optional<Double> bound = band.optionalDecimal("atMostHours", p).map(java.math.BigDecimal::doubleValue);
      if (bound.isPresent() && bound.get() <= previous) {
        p.add("order", band.keyLocation("atMostHours"), "bands are not in ascending order", "each band's atMostHours above the previous one");
      }
      if (bound.isPresent()) {
        previous = bound.get();
      }
      bound.ifPresent(hb::atMostHours);
      b.addBands(hb.build());
    }
    o.optionalString("fills", p).ifPresent(field -> {
      if (!ProfileFields.known(field)) {
        p.add("unknown-field", o.keyLocation("fills"), "unknown product-profile field '" + field + "'", "one of: " + ProfileFields.knownFields());
      }
      b.fills(field);
    });
    if (type.isPresent()) {
      QuestionType t = type.get();
      boolean choice = t == QuestionType.SINGLE_CHOICE || t == QuestionType.MULTIPLE_CHOICE;
      if (choice && !o.has("options")) {
        p.add("missing-property", o.location(), "a " + WireNames.of(t) + " question needs options", "an 'options' array");
      }
      if (t == QuestionType.HOURS && !o.has("bands")) {
        p.add("missing-property", o.location(), "an hours question needs bands", "a 'bands' array");
      }
      if (t == QuestionType.TEXT && !o.has("fills")) {
        p.add("missing-property", o.location(), "a text question must name the field it fills", "a 'fills' field name");
      }
      if (!choice && o.has("options")) {
        p.add("unexpected-property", o.keyLocation("options"), "only choice questions have options", "no 'options' here");
      }
    }
    if (!p.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      p.add("inconsistent", o.location(), String.valueOf(e.getMessage()), "a consistent question");
      return Optional.empty();
    }
  }

  private static Map<SecurityAspect, ConsequenceLevel> minimums(SourceObject o, Problems p) {
    Map<SecurityAspect, ConsequenceLevel> out = new EnumMap<>(SecurityAspect.class);
    o.optionalObject("minimums", p).ifPresent(m -> {
      for (Map.Entry<String, SourceNode> e : m.members().entrySet()) {
        Optional<SecurityAspect> aspect = WireNames.parse(e.getKey(), SecurityAspect.class);
        if (aspect.isEmpty()) {
          p.add("unknown-value", m.keyLocation(e.getKey()), "unknown aspect '" + e.getKey() + "'", WireNames.choices(SecurityAspect.class));
          continue;
        }
        SourceObject.asLong(e.getValue(), 0, 4, p).ifPresent(l -> out.put(aspect.get(), ConsequenceLevel.ofOrdinal(l.intValue())));
      }
    });
    return out;
  }

  private static Map<String, List<String>> fills(SourceObject o, Problems p) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    o.optionalObject("fills", p).ifPresent(f -> {
      for (String field : f.members().keySet()) {
        List<String> values = f.strings(field, p);
        for (String error : ProfileFields.check(field, values)) {
          p.add(ProfileFields.known(field) ? "bad-value" : "unknown-field", f.keyLocation(field), error, ProfileFields.expected(field));
        }
        out.put(field, values);
      }
    });
    return out;
  }

  private static AnswerConcern concern(SourceObject o, Problems p) {
    o.allowOnly(p, "severity", "text");
    return new AnswerConcern(o.requireEnum("severity", ConcernSeverity.class, p).orElse(ConcernSeverity.MEDIUM), Texts.requireText(o, "text", p));
  }

}
