package io.github.trygg.core.internal.message;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Scope;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.data.Citations;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.message.CompiledRule.AlternativeSpec;
import io.github.trygg.core.internal.message.CompiledRule.Requirement;
import io.github.trygg.core.internal.message.Condition.Field;
import io.github.trygg.core.internal.message.Condition.Tri;
import io.github.trygg.core.register.TransportProtection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Reads a decision table document into a {@link RuleTable}, checking it whole: every problem is
 * reported with its location, and nothing is returned unless the table is consistent — unique ids,
 * known sources, a text for every measure, a catch-all last rule, and no rule that lets consent
 * decide for content above the consent ceiling.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleTableCodec {
  private static final String[] WHEN_FIELDS = Arrays.stream(Field.values()).map(f -> f.wire).toArray(String[]::new);

  private final Vocabulary vocab;
  private final Problems problems = new Problems();
  private final Map<String, LegalReference> sources = new HashMap<>();

  private RuleTableCodec(Vocabulary vocab) {
    this.vocab = vocab;
  }

  public static RuleTable read(SourceObject root, Vocabulary vocab) {
    RuleTableCodec codec = new RuleTableCodec(vocab);
    RuleTable table = codec.table(root);
    codec.problems.throwIfAny();
    return table;
  }

  private RuleTable table(SourceObject root) {
    root.allowOnly(problems, "table", "version", "description", "sources", "notes", "measures", "content-floors", "rules");
    String id = root.requireString("table", problems);
    String version = root.requireString("version", problems);
    LocalizedText description = TableReading.text(root, "description", problems);
    for (SourceObject s : root.objects("sources", problems)) {
      source(s);
    }
    Map<String, LocalizedText> notes = notes(root.requireObject("notes", problems));
    Map<Enum<?>, LocalizedText> measureTexts = measureTexts(root.requireObject("measures", problems));
    List<ContentFloor> floors = new ArrayList<>();
    for (SourceObject f : root.objects("content-floors", problems)) {
      floors.add(floor(f));
    }
    List<CompiledRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SourceObject r : root.objects("rules", problems)) {
      CompiledRule rule = rule(r);
      if (!rule.id().isEmpty() && !ids.add(rule.id())) {
        problems.add("duplicate-id", r.keyLocation("id"), "rule id '" + rule.id() + "' is used twice", "a unique id per rule");
      }
      rules.add(rule);
    }
    if (rules.isEmpty()) {
      problems.add("no-rules", root.location(), "the table has no rules", "at least one rule, the last matching everything");
    } else if (!rules.get(rules.size() - 1).when().equals(Condition.ALWAYS)) {
      problems.add("no-catch-all", rules.get(rules.size() - 1).location(), "the last rule does not match every message", "a last rule without 'when', so every message gets a decision");
    }
    return new RuleTable(id, version, description, Map.copyOf(notes), Map.copyOf(measureTexts), List.copyOf(floors), List.copyOf(rules));
  }

  private void source(SourceObject s) {
    String id = s.requireString("id", problems);
    LegalReference reference = Citations.read(s, problems, "id");
    if (sources.putIfAbsent(id, reference) != null) {
      problems.add("duplicate-id", s.keyLocation("id"), "source id '" + id + "' is used twice", "a unique id per source");
    }
  }

  private Map<String, LocalizedText> notes(SourceObject o) {
    o.allowOnly(problems, vocab.notes().toArray(String[]::new));
    Map<String, LocalizedText> out = new LinkedHashMap<>();
    for (String key : vocab.notes()) {
      out.put(key, TableReading.text(o, key, problems));
    }
    return out;
  }

  private Map<Enum<?>, LocalizedText> measureTexts(SourceObject o) {
    Enum<?>[] all = vocab.measure().getEnumConstants();
    o.allowOnly(problems, Arrays.stream(all).map(TableReading::wireName).toArray(String[]::new));
    Map<Enum<?>, LocalizedText> out = new HashMap<>();
    for (Enum<?> m : all) {
      out.put(m, TableReading.text(o, TableReading.wireName(m), problems));
    }
    return out;
  }

  private ContentFloor floor(SourceObject f) {
    f.allowOnly(problems, "id", "scope", "row", "when", "raise-to", "reason", "basis");
    String id = f.requireString("id", problems);
    Scope scope = Citations.requireScope(f, "scope", problems);
    int row = (int) (long) f.optionalLong("row", 1, 999, problems).orElse(0L);
    Condition when = condition(f.requireObject("when", problems));
    int raiseTo = f.get("raise-to").map(n -> TableReading.ordinal(n, vocab.content(), problems)).orElseGet(() -> {
      problems.add("missing-property", f.location(), "missing required property 'raise-to'", TableReading.choices(vocab.content()));
      return 0;
    });
    checkScope(f, scope, when);
    return new ContentFloor(id, scope, row, when, Math.max(raiseTo, 0), TableReading.text(f, "reason", problems), basis(f));
  }

  private CompiledRule rule(SourceObject r) {
    r.allowOnly(problems, "id", "scope", "row", "title", "when", "verdict", "requires", "otherwise", "measures", "remedies", "basis", "rationale", "otherwise-rationale", "alternatives");
    String id = r.requireString("id", problems);
    int row = (int) (long) r.optionalLong("row", 1, 999, problems).orElse(0L);
    LocalizedText title = TableReading.text(r, "title", problems);
    Scope scope = Citations.requireScope(r, "scope", problems);
    Condition when = r.optionalObject("when", problems).map(this::condition).orElse(Condition.ALWAYS);
    checkScope(r, scope, when);
    int verdict = r.get("verdict").map(n -> TableReading.ordinal(n, vocab.verdict(), problems)).orElseGet(() -> {
      problems.add("missing-property", r.location(), "missing required property 'verdict'", TableReading.choices(vocab.verdict()));
      return vocab.deny();
    });
    List<Requirement> requires = new ArrayList<>();
    for (SourceObject q : r.objects("requires", problems)) {
      q.allowOnly(problems, "id", "when", "text");
      requires.add(new Requirement(q.requireString("id", problems), condition(q.requireObject("when", problems)), TableReading.text(q, "text", problems)));
    }
    int otherwise = r.get("otherwise").map(n -> TableReading.ordinal(n, vocab.verdict(), problems)).orElse(vocab.deny());
    if (r.has("otherwise") && requires.isEmpty()) {
      problems.add("otherwise-without-requires", r.keyLocation("otherwise"), "'otherwise' is given but there is nothing to require", "'requires' with at least one condition");
    }
    List<Enum<?>> measures = TableReading.constants(r, "measures", vocab.measure(), problems);
    List<Enum<?>> remedies = TableReading.constants(r, "remedies", vocab.measure(), problems);
    if (verdict == vocab.deny() && !requires.isEmpty()) {
      problems.add("deny-with-requires", r.keyLocation("requires"), "a denying rule has requirements", "requirements only on rules that allow");
    }
    if (verdict == vocab.deny() && remedies.isEmpty()) {
      problems.add("deny-without-remedy", r.location(), "a denying rule names no remedy", "'remedies': what would let the message go");
    }
    List<AlternativeSpec> alternatives = new ArrayList<>();
    for (SourceObject a : r.objects("alternatives", problems)) {
      alternatives.add(alternative(a));
    }
    CompiledRule rule = new CompiledRule(id, scope, row, title, when, verdict, List.copyOf(requires), otherwise, List.copyOf(measures), List.copyOf(remedies),
        basis(r), TableReading.text(r, "rationale", problems), TableReading.optionalText(r, "otherwise-rationale", problems), List.copyOf(alternatives), r.location());
    // Consent may only decide where the content is not sensitive: it is a condition of an
    // exception, never a waiver of a security measure.
    if (rule.mentionsConsent() && (verdict != vocab.deny() || (!requires.isEmpty() && otherwise != vocab.deny()))
        && rule.contentCeiling() > vocab.consentContentCeiling()) {
      problems.add("consent-waives-security", r.location(),
          "rule '" + id + "' lets consent decide for content above "
              + TableReading.wireName(vocab.content().getEnumConstants()[vocab.consentContentCeiling()]),
          "a content maximum of at most " + TableReading.wireName(vocab.content().getEnumConstants()[vocab.consentContentCeiling()]) + " in 'when' or 'requires'");
    }
    return rule;
  }

  /** A rule's declared scope must say the same as its {@code when} about jurisdiction and sector. */
  private void checkScope(SourceObject r, Scope scope, Condition when) {
    long jurisdictions = scope.jurisdictions().isEmpty() ? Condition.ANY
        : scope.jurisdictions().stream().mapToLong(j -> 1L << j.ordinal()).reduce(0L, (a, b) -> a | b);
    long sectors = scope.sectors().isEmpty() ? Condition.ANY
        : scope.sectors().stream().mapToLong(x -> 1L << x.ordinal()).reduce(0L, (a, b) -> a | b);
    if (jurisdictions != when.jurisdictions() || sectors != when.sectors()) {
      problems.add("scope-mismatch", r.has("scope") ? r.keyLocation("scope") : r.location(),
          "the scope does not match the rule's 'when' on jurisdiction and sector",
          "a scope naming exactly the jurisdictions and sectors the rule's 'when' admits");
    }
  }

  private AlternativeSpec alternative(SourceObject a) {
    a.allowOnly(problems, "channel", "recipient", "jurisdiction", "text");
    long routes = a.get("channel").map(n -> routes(n)).orElseGet(() -> {
      problems.add("missing-property", a.location(), "missing required property 'channel'", "a channel or infrastructure");
      return 1L;
    });
    if (Long.bitCount(routes) != 1) {
      problems.add("ambiguous-channel", a.keyLocation("channel"), "an alternative names more than one channel", "one channel or one named infrastructure");
    }
    long recipients = a.get("recipient").map(n -> TableReading.mask(n, vocab.recipient(), problems)).orElse(Condition.ANY);
    long jurisdictions = a.get("jurisdiction").map(this::jurisdictions).orElse(Condition.ANY);
    Condition filter = new Condition(jurisdictions, Condition.ANY, recipients, Condition.ANY, Condition.ANY, 0, Condition.OPEN_MAX, 0, Condition.OPEN_MAX, 0,
        Condition.OPEN_MAX, Tri.ANY, Condition.ANY, Condition.ANY, 0, Tri.ANY);
    return new AlternativeSpec(Long.numberOfTrailingZeros(routes), filter, TableReading.text(a, "text", problems));
  }

  private List<LegalReference> basis(SourceObject o) {
    List<LegalReference> out = new ArrayList<>();
    for (String ref : o.strings("basis", problems)) {
      LegalReference found = sources.get(ref);
      if (found == null) {
        problems.add("unknown-source", o.keyLocation("basis"), "unknown source '" + ref + "'", "the id of an entry in 'sources'");
      } else {
        out.add(found);
      }
    }
    if (out.isEmpty() && !o.has("basis")) {
      problems.add("missing-property", o.location(), "missing required property 'basis'", "the ids of the sources the rule rests on");
    }
    return List.copyOf(out);
  }

  // ---- conditions ----------------------------------------------------------------------------

  Condition condition(SourceObject w) {
    w.allowOnly(problems, WHEN_FIELDS);
    long jurisdictions = w.get(Field.JURISDICTION.wire).map(this::jurisdictions).orElse(Condition.ANY);
    long sectors = w.get(Field.SECTOR.wire).map(n -> TableReading.mask(n, vocab.sector(), problems)).orElse(Condition.ANY);
    long recipients = w.get(Field.RECIPIENT.wire).map(n -> TableReading.mask(n, vocab.recipient(), problems)).orElse(Condition.ANY);
    long routes = w.get(Field.CHANNEL.wire).map(this::routes).orElse(Condition.ANY);
    long purposes = w.get(Field.PURPOSE.wire).map(n -> TableReading.mask(n, vocab.purpose(), problems)).orElse(Condition.ANY);
    int[] content = w.get(Field.CONTENT.wire).map(n -> range(n, vocab.content())).orElse(new int[] {0, Condition.OPEN_MAX});
    int[] transport = w.get(Field.TRANSPORT.wire).map(n -> range(n, TransportProtection.class)).orElse(new int[] {0, Condition.OPEN_MAX});
    int[] assurance = w.get(Field.ASSURANCE.wire).map(n -> range(n, AssuranceLevel.class)).orElse(new int[] {0, Condition.OPEN_MAX});
    Tri consent = Tri.ANY;
    long consentBases = Condition.ANY;
    Optional<SourceObject> c = w.optionalObject(Field.CONSENT.wire, problems);
    if (c.isPresent()) {
      c.get().allowOnly(problems, "present", "basis");
      Optional<Boolean> present = c.get().optionalBoolean("present", problems);
      if (present.isEmpty()) {
        problems.add("missing-property", c.get().location(), "missing required property 'present'", "true or false");
      }
      consent = present.orElse(true) ? Tri.YES : Tri.NO;
      consentBases = c.get().get("basis").map(n -> TableReading.mask(n, vocab.consentBasis(), problems)).orElse(Condition.ANY);
    }
    long contains = w.get(Field.CONTAINS.wire).map(n -> TableReading.mask(n, vocab.hitKind(), problems)).orElse(Condition.ANY);
    long controls = w.get(Field.CONTROLS.wire).map(n -> TableReading.mask(n, vocab.control(), problems)).orElse(0L);
    Tri optedOut = w.optionalBoolean(Field.OPTED_OUT.wire, problems).map(b -> b ? Tri.YES : Tri.NO).orElse(Tri.ANY);
    return new Condition(jurisdictions, sectors, recipients, routes, purposes, content[0], content[1], transport[0], transport[1], assurance[0], assurance[1],
        consent, consentBases, contains, controls, optedOut);
  }

  private long jurisdictions(SourceNode node) {
    long bits = 0;
    for (SourceNode element : TableReading.oneOrMany(node, problems)) {
      Optional<String> text = SourceObject.asString(element, problems);
      if (text.isEmpty()) {
        continue;
      }
      int found = -1;
      for (Jurisdiction j : Jurisdiction.values()) {
        if (j.countryCode().equalsIgnoreCase(text.get()) || j.name().equalsIgnoreCase(text.get().trim())) {
          found = j.ordinal();
        }
      }
      if (found < 0) {
        problems.add("unknown-value", element.location(), "unknown jurisdiction '" + text.get() + "'", "sweden or norway");
      } else {
        bits |= 1L << found;
      }
    }
    return bits;
  }

  /** Channel names, the catch-all {@code secure-infrastructure}, or named infrastructures. */
  private long routes(SourceNode node) {
    long bits = 0;
    for (SourceNode element : TableReading.oneOrMany(node, problems)) {
      Optional<String> text = SourceObject.asString(element, problems);
      if (text.isEmpty()) {
        continue;
      }
      int channel = TableReading.ordinalOf(text.get(), vocab.channel());
      int infra = TableReading.ordinalOf(text.get(), vocab.infrastructure());
      if (channel == vocab.secureInfrastructureChannel()) {
        bits |= vocab.allInfrastructureRoutes();
      } else if (channel >= 0) {
        bits |= 1L << channel;
      } else if (infra >= 0) {
        bits |= 1L << vocab.routeOf(infra);
      } else {
        problems.add("unknown-value", element.location(), "unknown channel '" + text.get() + "'",
            TableReading.choices(vocab.channel()) + " or an infrastructure, " + TableReading.choices(vocab.infrastructure()).toLowerCase(Locale.ROOT));
      }
    }
    return bits;
  }

  /** An exact value, or {@code {min, max}} with either end open. */
  private int[] range(SourceNode node, Class<? extends Enum<?>> type) {
    if (node instanceof SourceObject o) {
      o.allowOnly(problems, "min", "max");
      int min = o.get("min").map(n -> TableReading.ordinal(n, type, problems)).orElse(0);
      int max = o.get("max").map(n -> TableReading.ordinal(n, type, problems)).orElse(Condition.OPEN_MAX);
      if (!o.has("min") && !o.has("max")) {
        problems.add("empty-range", o.location(), "the range has neither min nor max", "min, max or both");
      }
      if (min >= 0 && max >= 0 && min > max) {
        problems.add("empty-range", o.location(), "min is above max", "min at or below max");
      }
      return new int[] {Math.max(min, 0), max < 0 ? Condition.OPEN_MAX : max};
    }
    int exact = TableReading.ordinal(node, type, problems);
    return exact < 0 ? new int[] {0, Condition.OPEN_MAX} : new int[] {exact, exact};
  }
}
