package io.github.trygg.core.propagation;

import io.github.trygg.core.internal.data.Lookup;
import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.Scope;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Citations;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.SystemKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The versioned rule pack: rules R1–R11 with their sources, the texts, sources and severities of
 * every check and review trigger, and the default thresholds. The built-in pack is
 * {@code propagation-rules.yaml} in this package; a host can load its own. A file with any mistake
 * is rejected as a whole with every problem located (file, line, column, JSON Pointer).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PropagationRules {
  /** The format this library reads. */
  public static final String FORMAT = "trygg-propagation-rules/1";

  static final List<String> RULE_IDS = List.of("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11");

  /** Placeholders a message may use. */
  static final Set<String> PLACEHOLDERS = Set.of("subject", "aspect", "required", "cleared", "given", "assurance", "vendor",
      "country", "objective", "capability", "override", "target", "level", "derived", "assets", "systems", "count", "claim", "data",
      "safeguards", "basis", "entries");

  private static final Pattern CHECK_ID = Pattern.compile("C[1-9][0-9]*");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  /** The id, texts, sources and severities of one check. */
  record CheckText(String id, Scope scope, LocalizedText title, Map<String, LocalizedText> messages, List<Severity> severity, List<LegalReference> sources) {}

  /** The texts and sources of one review trigger. */
  record ReviewText(Scope scope, String rule, LocalizedText title, LocalizedText message, List<LegalReference> sources) {}

  private final String id;
  private final String version;
  private final Map<String, PropagationRule> rules;
  private final Map<FindingKind, CheckText> checks;
  private final Map<ReviewTrigger, ReviewText> reviews;
  private final Map<SecurityAspect, LocalizedText> aspects;
  private final Map<AssuranceLevel, LocalizedText> assurance;
  private final PropagationThresholds thresholds;

  private PropagationRules(String id, String version, Map<String, PropagationRule> rules, Map<FindingKind, CheckText> checks,
      Map<ReviewTrigger, ReviewText> reviews, Map<SecurityAspect, LocalizedText> aspects,
      Map<AssuranceLevel, LocalizedText> assurance, PropagationThresholds thresholds) {
    this.id = id;
    this.version = version;
    this.rules = rules;
    this.checks = checks;
    this.reviews = reviews;
    this.aspects = aspects;
    this.assurance = assurance;
    this.thresholds = thresholds;
  }

  private static final class Default {
    static final PropagationRules RULES = loadDefault();

    private static PropagationRules loadDefault() {
      String name = "propagation-rules.yaml";
      try (InputStream in = PropagationRules.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the built-in rule pack " + name + " is missing from the jar");
        }
        return read(name, in, DataFormat.YAML);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the built-in rule pack", e);
      }
    }
  }

  /** {@return the rule pack that ships with the library} */
  public static PropagationRules bundled() {
    return Default.RULES;
  }

  /**
   * Reads a rule pack from a JSON or YAML file.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the rules
   */
  public static PropagationRules read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in, DataFormat.ofFileName(name));
    } catch (IOException e) {
      throw new InvalidInputException(new Problem("unreadable", Location.of(file.toString(), ""),
          "cannot read the file (" + e.getClass().getSimpleName() + ")", "a readable rule pack"));
    }
  }

  /**
   * Reads a rule pack; {@code source} names it in every problem.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes; not closed
   * @param format JSON or YAML
   * @return the rules
   */
  public static PropagationRules read(String source, InputStream in, DataFormat format) {
    SourceObject root = SourceReader.readObject(source, in, Format.of(format));
    Problems problems = new Problems();
    PropagationRules rules = new Parser(problems).pack(root);
    problems.throwIfAny();
    return rules;
  }

  /** {@return the rule set's id} */
  public String id() {
    return id;
  }

  /** {@return the rule set's version} */
  public String version() {
    return version;
  }

  /** {@return the rules R1–R11, in order} */
  public List<PropagationRule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * The rule with this id.
   *
   * @param ruleId the rule's id, such as {@code R3}
   * @return the rule; empty if there is none
   */
  public Optional<PropagationRule> rule(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }

  /** {@return the levels from which weak authentication and similar findings count} */
  public PropagationThresholds thresholds() {
    return thresholds;
  }

  /**
   * The name of an aspect in each language.
   *
   * @param aspect the aspect
   * @return its name in the three languages
   */
  public LocalizedText aspectName(SecurityAspect aspect) {
    return Lookup.in(aspects, aspect, "aspect name");
  }

  /**
   * A finding kind's title, for example for a report's headings.
   *
   * @param kind the kind of finding
   * @return the title in the three languages
   */
  public LocalizedText title(FindingKind kind) {
    return check(kind).title();
  }

  /**
   * The id of a check (C1, C2, …), which the trace of a finding cites when no propagation rule
   * (R1–R11) produced it — a consent not recorded, a retention rule for an entry that does not exist.
   *
   * @param kind the kind of finding
   * @return the id of the check that raises it
   */
  public String checkId(FindingKind kind) {
    return check(kind).id();
  }

  /**
   * A review trigger's title.
   *
   * @param trigger the review trigger
   * @return the title in the three languages
   */
  public LocalizedText title(ReviewTrigger trigger) {
    return review(trigger).title();
  }

  CheckText check(FindingKind kind) {
    return Lookup.in(checks, kind, "check text");
  }

  ReviewText review(ReviewTrigger trigger) {
    return Lookup.in(reviews, trigger, "review text");
  }

  LocalizedText assuranceName(AssuranceLevel level) {
    return Lookup.in(assurance, level, "assurance name");
  }

  /** The message keys each check must define. */
  static Set<String> messageKeys(FindingKind kind) {
    switch (kind) {
      case UNENCRYPTED_OPEN_NETWORK:
        return Set.of("integration");
      case THIRD_COUNTRY_WITHOUT_SAFEGUARD:
      case LEVEL_4_PRESENT:
      case TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES:
        return Set.of("system");
      case CONSENT_NOT_RECORDED:
      case RETENTION_FOR_UNKNOWN_ENTRY:
        return Set.of("activity");
      case RECOVERY_GAP:
        return Set.of("downtime", "data-loss", "downtime-unknown", "data-loss-unknown");
      case UNDOCUMENTED_OVERRIDE:
      case OVERRIDE_CONTRADICTED:
        return Set.of("override");
      default:
        return Set.of("system", "integration");
    }
  }

  @Override
  public String toString() {
    return "PropagationRules[" + id + " " + version + "]";
  }

  // ---- reading --------------------------------------------------------------------------------

  private static final class Parser {
    private final Problems problems;

    Parser(Problems problems) {
      this.problems = problems;
    }

    PropagationRules pack(SourceObject root) {
      root.allowOnly(problems, "format", "id", "version", "aspects", "assurance", "rules", "checks", "reviews", "thresholds");
      String format = root.requireString("format", problems);
      if (root.has("format") && !FORMAT.equals(format)) {
        problems.add("unsupported-format", root.get("format").get().location(), "unsupported format '" + format + "'", FORMAT);
      }
      String id = root.requireString("id", problems);
      String version = root.requireString("version", problems);
      Map<SecurityAspect, LocalizedText> aspects = byEnum(root.requireObject("aspects", problems), SecurityAspect.class);
      Map<AssuranceLevel, LocalizedText> assurance = byEnum(root.requireObject("assurance", problems), AssuranceLevel.class);

      Map<String, PropagationRule> rules = new LinkedHashMap<>();
      Map<String, SourceObject> ruleNodes = new LinkedHashMap<>();
      for (SourceObject r : root.objects("rules", problems)) {
        r.allowOnly(problems, "id", "scope", "title", "explanation", "sources");
        String ruleId = r.requireString("id", problems);
        if (ruleNodes.putIfAbsent(ruleId, r) != null) {
          problems.add("duplicate-rule", r.location(), "rule " + ruleId + " is defined twice", "each of R1–R11 once");
        }
      }
      for (String ruleId : RULE_IDS) {
        SourceObject r = ruleNodes.get(ruleId);
        if (r == null) {
          problems.add("missing-rule", root.keyLocation("rules"), "rule " + ruleId + " is missing", "each of R1–R11 once");
          continue;
        }
        rules.put(ruleId, PropagationRule.builder()
            .id(ruleId)
            .scope(Citations.requireScope(r, "scope", problems))
            .title(text(r, "title"))
            .explanation(text(r, "explanation"))
            .sources(sources(r))
            .build());
      }
      ruleNodes.keySet().stream().filter(k -> !RULE_IDS.contains(k)).forEach(k ->
          problems.add("unknown-rule", Lookup.in(ruleNodes, k, "rule").location(), "unknown rule id '" + k + "'", "one of " + String.join(", ", RULE_IDS)));

      Map<FindingKind, CheckText> checks = new EnumMap<>(FindingKind.class);
      Set<String> checkIds = new LinkedHashSet<>();
      for (SourceObject c : root.objects("checks", problems)) {
        c.allowOnly(problems, "kind", "id", "scope", "title", "messages", "severity", "sources");
        Optional<FindingKind> kind = c.requireEnum("kind", FindingKind.class, problems);
        String checkId = c.requireString("id", problems);
        if (c.has("id") && (RULE_IDS.contains(checkId) || !CHECK_ID.matcher(checkId).matches())) {
          problems.add("unknown-value", c.get("id").get().location(), "check id '" + checkId + "'", "C and a number (C1, C2, …), not a rule id R1–R11");
        } else if (c.has("id") && !checkIds.add(checkId)) {
          problems.add("duplicate-id", c.get("id").get().location(), "check id " + checkId + " is used twice", "a different id for each check");
        }
        CheckText text = new CheckText(checkId, Citations.requireScope(c, "scope", problems), text(c, "title"), messages(c, kind), severities(c), sources(c));
        kind.ifPresent(k -> {
          if (checks.putIfAbsent(k, text) != null) {
            problems.add("duplicate-check", c.location(), "check " + WireNames.of(k) + " is defined twice", "each check once");
          }
        });
      }
      for (FindingKind k : FindingKind.values()) {
        if (!checks.containsKey(k)) {
          problems.add("missing-check", root.keyLocation("checks"), "check " + WireNames.of(k) + " is missing", "every check once");
        }
      }

      Map<ReviewTrigger, ReviewText> reviews = new EnumMap<>(ReviewTrigger.class);
      for (SourceObject r : root.objects("reviews", problems)) {
        r.allowOnly(problems, "trigger", "scope", "rule", "title", "message", "sources");
        Optional<ReviewTrigger> trigger = r.requireEnum("trigger", ReviewTrigger.class, problems);
        String rule = r.requireString("rule", problems);
        if (r.has("rule") && !RULE_IDS.contains(rule)) {
          problems.add("unknown-rule", r.get("rule").get().location(), "unknown rule id '" + rule + "'", "one of " + String.join(", ", RULE_IDS));
        }
        ReviewText text = new ReviewText(Citations.requireScope(r, "scope", problems), rule, text(r, "title"), text(r, "message"), sources(r));
        trigger.ifPresent(t -> {
          if (reviews.putIfAbsent(t, text) != null) {
            problems.add("duplicate-review", r.location(), "review trigger " + WireNames.of(t) + " is defined twice", "each trigger once");
          }
        });
      }
      for (ReviewTrigger t : ReviewTrigger.values()) {
        if (!reviews.containsKey(t)) {
          problems.add("missing-review", root.keyLocation("reviews"), "review trigger " + WireNames.of(t) + " is missing", "every trigger once");
        }
      }
      PropagationThresholds thresholds = thresholds(root.requireObject("thresholds", problems));
      return new PropagationRules(id, version, rules, checks, reviews, aspects, assurance, thresholds);
    }

    private <E extends Enum<E>> Map<E, LocalizedText> byEnum(SourceObject o, Class<E> type) {
      Map<E, LocalizedText> map = new EnumMap<>(type);
      Set<E> named = new LinkedHashSet<>();
      for (Map.Entry<String, SourceNode> e : o.members().entrySet()) {
        Optional<E> key = WireNames.parse(e.getKey(), type);
        if (key.isEmpty()) {
          problems.add("unknown-property", o.keyLocation(e.getKey()), "unknown name '" + e.getKey() + "'", WireNames.choices(type));
          continue;
        }
        named.add(key.get());
        SourceObject.asObject(e.getValue(), problems).ifPresent(t -> map.put(key.get(), localized(t)));
      }
      for (E constant : type.getEnumConstants()) {
        if (!named.contains(constant)) {
          problems.add("missing-property", o.location(), "missing '" + WireNames.of(constant) + "'", "a text for every " + type.getSimpleName());
        }
      }
      return map;
    }

    private Map<String, LocalizedText> messages(SourceObject check, Optional<FindingKind> kind) {
      SourceObject messages = check.requireObject("messages", problems);
      Map<String, LocalizedText> map = new LinkedHashMap<>();
      Set<String> expected = kind.map(PropagationRules::messageKeys).orElse(Set.of());
      for (Map.Entry<String, SourceNode> e : messages.members().entrySet()) {
        if (kind.isPresent() && !expected.contains(e.getKey())) {
          problems.add("unknown-property", messages.keyLocation(e.getKey()), "unknown message '" + e.getKey() + "'", "one of: " + String.join(", ", new LinkedHashSet<>(expected)));
          continue;
        }
        SourceObject.asObject(e.getValue(), problems).ifPresent(t -> map.put(e.getKey(), localized(t)));
      }
      for (String key : expected) {
        if (!messages.members().containsKey(key)) {
          problems.add("missing-property", messages.location(), "missing message '" + key + "'", "messages for: " + String.join(", ", expected));
        }
      }
      return map;
    }

    private List<Severity> severities(SourceObject check) {
      List<Severity> list = check.enums("severity", Severity.class, problems);
      if (!check.has("severity") || list.size() != 5) {
        problems.add("wrong-length", check.has("severity") ? check.get("severity").get().location() : check.location(),
            "severity must list one severity per level 0–4", "five of: low, medium, high, critical");
      }
      return list;
    }

    private LocalizedText text(SourceObject o, String name) {
      return localized(o.requireObject(name, problems));
    }

    private LocalizedText localized(SourceObject t) {
      t.allowOnly(problems, "sv", "nb", "en");
      String sv = nonBlank(t, "sv");
      String nb = nonBlank(t, "nb");
      String en = nonBlank(t, "en");
      return new LocalizedText(sv, nb, en);
    }

    private String nonBlank(SourceObject t, String language) {
      String value = t.requireString(language, problems);
      if (t.has(language) && value.isBlank()) {
        problems.add("blank-text", t.get(language).get().location(), "the " + language + " text is empty", "a text");
      }
      Matcher m = PLACEHOLDER.matcher(value);
      while (m.find()) {
        if (!PLACEHOLDERS.contains(m.group(1))) {
          problems.add("unknown-placeholder", t.get(language).get().location(), "unknown placeholder {" + m.group(1) + "}",
              "one of: " + String.join(", ", PLACEHOLDERS.stream().sorted().toList()));
        }
      }
      return value;
    }

    private List<LegalReference> sources(SourceObject o) {
      List<LegalReference> list = new ArrayList<>();
      for (SourceObject s : o.objects("sources", problems)) {
        list.add(Citations.read(s, problems));
      }
      if (!o.has("sources") || o.objects("sources", new Problems()).isEmpty()) {
        problems.add("missing-sources", o.location(), "no sources given", "at least one source with citation and status");
      }
      return list;
    }

    private PropagationThresholds thresholds(SourceObject t) {
      t.allowOnly(problems, "authentication", "aggregation");
      SourceObject auth = t.requireObject("authentication", problems);
      auth.allowOnly(problems, "confidentialityFrom", "integrityFrom", "availabilityFrom", "requiredAssurance", "systemKinds",
          "sharedSecretIsWeakOverOpenNetwork");
      SourceObject agg = t.requireObject("aggregation", problems);
      agg.allowOnly(problems, "largeVolume", "largeVolumeSpecialCategory", "joinedPurposes", "locationCategories", "healthCategories",
          "platformAvailabilityLevel", "platformAvailabilityCount");
      PropagationThresholds.Builder b = PropagationThresholds.builder()
          .authenticationConfidentialityFrom(level(auth, "confidentialityFrom"))
          .authenticationIntegrityFrom(level(auth, "integrityFrom"))
          .authenticationAvailabilityFrom(level(auth, "availabilityFrom"))
          .requiredAssurance(auth.requireEnum("requiredAssurance", AssuranceLevel.class, problems).orElse(AssuranceLevel.SUBSTANTIAL))
          .authenticatedKinds(auth.enums("systemKinds", SystemKind.class, problems))
          .sharedSecretIsWeakOverOpenNetwork(auth.booleanOr("sharedSecretIsWeakOverOpenNetwork", true, problems))
          .largeVolume(agg.requireEnum("largeVolume", DataVolume.class, problems).orElse(DataVolume.VERY_MANY))
          .largeVolumeSpecialCategory(agg.requireEnum("largeVolumeSpecialCategory", DataVolume.class, problems).orElse(DataVolume.VERY_MANY))
          .joinedPurposes((int) number(agg, "joinedPurposes", 2, 1000, 2))
          .locationCategories(agg.strings("locationCategories", problems))
          .healthCategories(agg.strings("healthCategories", problems))
          .platformAvailabilityLevel(level(agg, "platformAvailabilityLevel"))
          .platformAvailabilityCount((int) number(agg, "platformAvailabilityCount", 1, 1_000_000, 3));
      return b.build();
    }

    private ConsequenceLevel level(SourceObject o, String name) {
      return ConsequenceLevel.ofOrdinal((int) number(o, name, 0, 4, 2));
    }

    private long number(SourceObject o, String name, long min, long max, long fallback) {
      if (!o.has(name)) {
        problems.add("missing-property", o.location(), "missing required property '" + name + "'", "a whole number from " + min + " to " + max);
        return fallback;
      }
      return o.optionalLong(name, min, max, problems).orElse(fallback);
    }
  }
}
