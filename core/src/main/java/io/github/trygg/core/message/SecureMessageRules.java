package io.github.trygg.core.message;

import io.github.trygg.core.Actor;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.Sector;
import io.github.trygg.core.internal.data.Lookup;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.internal.message.CompiledRule.AlternativeSpec;
import io.github.trygg.core.internal.message.CompiledRule.Requirement;
import io.github.trygg.core.internal.message.CompiledRule;
import io.github.trygg.core.internal.message.Condition;
import io.github.trygg.core.internal.message.ContentFloor;
import io.github.trygg.core.internal.message.Inputs;
import io.github.trygg.core.internal.message.RuleTable;
import io.github.trygg.core.internal.message.RuleTableCodec;
import io.github.trygg.core.internal.message.TableReading;
import io.github.trygg.core.internal.message.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The secure-messaging decision table and its evaluation. {@link #bundled()} is the table shipped
 * in the jar (Swedish and Norwegian rules, see its {@link #version()}); a host can {@link
 * #read(Path) read} its own in the same format. Rules are tried in order and the first that matches
 * decides; the last matches everything.
 *
 * <p>Three guarantees hold for every table: the effective content class is the highest of the
 * declared class, what detection found and the table's floors (a caller can raise it, never lower
 * it); consent can only matter where the content is at most personal data and is otherwise
 * disregarded, so it never waives a security measure; and every decision names its rule, legal
 * basis and inputs. Thread-safe and immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SecureMessageRules {
  static final String NOTE_DETECTION = "content-raised-by-detection";
  static final String NOTE_CONSENT_WAIVE = "consent-cannot-waive";
  static final String NOTE_CONSENT_COVER = "consent-does-not-cover";

  private static final Vocabulary VOCABULARY =
      new Vocabulary(
          Sector.class,
          RecipientKind.class,
          Channel.class,
          SecureInfrastructure.class,
          ContentClass.class,
          Purpose.class,
          ConsentBasis.class,
          ContentHitKind.class,
          OrganisationalControl.class,
          RequiredMeasure.class,
          Verdict.class,
          Channel.SECURE_INFRASTRUCTURE.ordinal(),
          java.util.Arrays.stream(SecureInfrastructure.values()).mapToInt(i -> i.jurisdiction().ordinal()).toArray(),
          Verdict.DENY.ordinal(),
          ContentClass.PERSONAL_DATA.ordinal(),
          List.of(NOTE_DETECTION, NOTE_CONSENT_WAIVE, NOTE_CONSENT_COVER));

  private static final String STANDARD = "secure-messaging-se-no.yaml";

  private final RuleTable table;
  private final List<View> views;
  private final Map<RequiredMeasure, LocalizedText> measureTexts;

  /** A rule with its vocabulary-typed parts, prepared once so evaluation allocates little. */
  private record View(
      CompiledRule rule,
      Verdict verdict,
      Verdict otherwise,
      List<RequiredMeasure> measures,
      List<RequiredMeasure> remedies,
      List<Condition> alternativeFilters,
      List<Alternative> alternatives,
      List<List<LegalReference>> basisByActor) {

    /** The rule's sources that bind a sender in this jurisdiction and sector, prepared once per pair. */
    List<LegalReference> basis(Jurisdiction jurisdiction, Sector sector) {
      return basisByActor.get(jurisdiction.ordinal() * Sector.values().length + sector.ordinal());
    }
  }

  /** Per jurisdiction and sector (in that order), the sources that bind such a sender. */
  private static List<List<LegalReference>> basisByActor(List<LegalReference> basis) {
    List<List<LegalReference>> out = new ArrayList<>();
    for (Jurisdiction j : Jurisdiction.values()) {
      for (Sector sector : Sector.values()) {
        out.add(LegalReference.binding(basis, Actor.of(j, sector)));
      }
    }
    return List.copyOf(out);
  }

  private SecureMessageRules(RuleTable table) {
    this.table = table;
    Map<RequiredMeasure, LocalizedText> texts = new EnumMap<>(RequiredMeasure.class);
    table.measureTexts().forEach((k, v) -> texts.put((RequiredMeasure) k, v));
    this.measureTexts = Collections.unmodifiableMap(texts);
    List<View> list = new ArrayList<>();
    for (CompiledRule rule : table.rules()) {
      List<Condition> filters = new ArrayList<>();
      List<Alternative> alternatives = new ArrayList<>();
      for (AlternativeSpec a : rule.alternatives()) {
        filters.add(a.filter());
        alternatives.add(alternative(a));
      }
      list.add(new View(rule, Verdict.values()[rule.verdict()], Verdict.values()[rule.otherwise()], measures(rule.measures()), measures(rule.remedies()),
          List.copyOf(filters), List.copyOf(alternatives), basisByActor(rule.basis())));
    }
    this.views = List.copyOf(list);
  }

  private static List<RequiredMeasure> measures(List<Enum<?>> constants) {
    List<RequiredMeasure> out = new ArrayList<>(constants.size());
    constants.forEach(c -> out.add((RequiredMeasure) c));
    return List.copyOf(out);
  }

  private static Alternative alternative(AlternativeSpec a) {
    int channels = Channel.values().length;
    if (a.route() < channels) {
      return new Alternative(Channel.values()[a.route()], Optional.empty(), a.text());
    }
    return new Alternative(Channel.SECURE_INFRASTRUCTURE, Optional.of(SecureInfrastructure.values()[a.route() - channels]), a.text());
  }

  // ---- loading ------------------------------------------------------------------------------

  private static final class Standard {
    static final SecureMessageRules INSTANCE = load();

    private static SecureMessageRules load() {
      try (InputStream in = SecureMessageRules.class.getResourceAsStream(STANDARD)) {
        if (in == null) {
          throw new IllegalStateException("the standard decision table is missing from the jar");
        }
        return read(STANDARD, in, DataFormat.YAML);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@return the table shipped in the jar} */
  public static SecureMessageRules bundled() {
    return Standard.INSTANCE;
  }

  /**
   * Reads a table from a JSON or YAML file. Every problem is reported at once with file, line,
   * column and JSON Pointer; nothing is returned from a table with problems.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the table
   * @throws InvalidInputException when the file is not a consistent table
   */
  public static SecureMessageRules read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in, DataFormat.ofFileName(name));
    } catch (IOException e) {
      throw new InvalidInputException(new Problem("unreadable", Location.of(file.toString(), ""), "cannot read the file (" + e.getClass().getSimpleName() + ")", "a readable table file"));
    }
  }

  /**
   * Reads a table from a stream; {@code source} names it in problems.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes; not closed
   * @param format JSON or YAML
   * @return the table
   */
  public static SecureMessageRules read(String source, InputStream in, DataFormat format) {
    return new SecureMessageRules(RuleTableCodec.read(SourceReader.readObject(source, in, Format.of(format)), VOCABULARY));
  }

  /** {@return the decision table's id} */
  public String id() {
    return table.id();
  }

  /** {@return the decision table's version} */
  public String version() {
    return table.version();
  }

  /** {@return what the table covers, in Swedish, Norwegian bokmål and English} */
  public LocalizedText description() {
    return table.description();
  }

  /** {@return the rules in evaluation order} */
  public List<RuleSummary> rules() {
    List<RuleSummary> out = new ArrayList<>();
    for (View v : views) {
      out.add(new RuleSummary(v.rule().id(), v.rule().row(), v.rule().title(), v.verdict(), v.rule().when().constrainedInputs(), v.rule().basis(),
          v.rule().scope()));
    }
    return List.copyOf(out);
  }

  /**
   * The table's text for a measure.
   *
   * @param measure a measure of the table
   * @return the measure's text, as the table words it
   */
  public LocalizedText describe(RequiredMeasure measure) {
    return Lookup.in(measureTexts, measure, "text of the measure");
  }

  // ---- evaluation ---------------------------------------------------------------------------

  /**
   * Decides on the context alone: the declared content class and known content.
   *
   * @param context who sends what to whom, and how
   * @return the decision, with the rule, the measures and the reasons
   */
  public Decision evaluate(MessageContext context) {
    return evaluate(context, null);
  }

  /**
   * Decides on the context and what a scan of the text found; the scan can only raise the class.
   *
   * @param context who sends what to whom, and how
   * @param scan what a scan of the text found; {@code null} when the text was not scanned
   * @return the decision, with the rule, the measures and the reasons
   */
  public Decision evaluate(MessageContext context, @org.jspecify.annotations.Nullable ContentScan scan) {
    ContentClass declared = context.declaredContent();
    ContentClass effective = declared;
    long hitKinds = bits(context.knownContent());
    List<Adjustment> adjustments = null;
    if (scan != null) {
      for (ContentHit f : scan.hits()) {
        hitKinds |= 1L << f.kind().ordinal();
      }
      if (scan.suggested().compareTo(declared) > 0) {
        effective = scan.suggested();
        List<ContentHitKind> causes = scan.causes().stream().map(ContentHit::kind).distinct().toList();
        adjustments = add(adjustments, new Adjustment(Adjustment.Kind.CONTENT_RAISED_BY_DETECTION,
            wire(declared) + " -> " + wire(effective) + " " + causes.stream().map(SecureMessageRules::wire).toList(),
            detailed(note(NOTE_DETECTION), words(" → ", List.of(declared, effective)), words(", ", causes))));
      }
    }
    int consentBasis = -1;
    Optional<ConsentRecord> consent = context.consent();
    if (consent.isPresent()) {
      if (consent.get().covers(context.channel(), context.purpose())) {
        consentBasis = consent.get().basis().ordinal();
      } else {
        adjustments = add(adjustments, new Adjustment(Adjustment.Kind.CONSENT_DOES_NOT_COVER,
            wire(consent.get().basis()) + " not for " + wire(context.channel()) + "/" + wire(context.purpose()),
            detailed(note(NOTE_CONSENT_COVER), consent.get().basis().label(), words(", ", List.of(context.channel(), context.purpose())))));
      }
    }
    int route = context.infrastructure().map(i -> Channel.values().length + i.ordinal()).orElse(context.channel().ordinal());
    Inputs in = new Inputs(context.jurisdiction().ordinal(), context.sector().ordinal(), context.recipientKind().ordinal(), route, effective.ordinal(),
        context.purpose().ordinal(), consentBasis, context.transport().ordinal(), context.recipientAssurance().ordinal(), hitKinds, bits(context.controls()),
        context.recipientOptedOut());
    if (!table.floors().isEmpty()) {
      List<ContentFloor> applied = new ArrayList<>(1);
      Inputs raised = table.applyFloors(in, applied);
      for (ContentFloor floor : applied) {
        adjustments = add(adjustments, new Adjustment(Adjustment.Kind.CONTENT_RAISED_BY_TABLE,
            floor.id() + ": " + wire(effective) + " -> " + wire(ContentClass.values()[floor.raiseTo()]),
            detailed(floor.reason(), words(" → ", List.of(effective, ContentClass.values()[floor.raiseTo()])), null)));
      }
      in = raised;
      effective = ContentClass.values()[in.content()];
    }

    Match match = match(in);
    if (consentBasis >= 0 && effective.compareTo(ContentClass.PERSONAL_DATA) > 0) {
      // Above personal data consent must not change anything; should a table ever make it, the
      // stricter answer (without consent) stands.
      Match without = match(in.withoutConsent());
      if (without.verdict().compareTo(match.verdict()) > 0) {
        match = without;
      }
      adjustments = add(adjustments, new Adjustment(Adjustment.Kind.CONSENT_CANNOT_WAIVE, wire(consent.orElseThrow().basis()) + " disregarded for " + wire(effective),
          detailed(note(NOTE_CONSENT_WAIVE), consent.orElseThrow().basis().label(), null)));
    }

    View view = match.view();
    CompiledRule rule = view.rule();
    Optional<Alternative> alternative = Optional.empty();
    for (int i = 0; i < view.alternativeFilters().size(); i++) {
      if (view.alternativeFilters().get(i).test(in)) {
        alternative = Optional.of(view.alternatives().get(i));
        break;
      }
    }
    LocalizedText rationale = match.unmet().isEmpty() ? rule.rationale() : rule.otherwiseRationale().orElse(rule.rationale());
    Set<ContentHitKind> hitKindSet = hitKinds == 0 ? Set.of() : types(hitKinds);
    ContentClass effectiveFinal = effective;
    Inputs evaluated = in;
    return new Decision(match.verdict(), rule.id(), rule.row(), table.id(), table.version(), rule.title(), rationale, view.measures(),
        match.verdict() == Verdict.DENY ? view.remedies() : List.of(), view.basis(context.jurisdiction(), context.sector()),
        alternative, declared, effective, hitKindSet, match.unmet(), adjustments == null ? List.of() : List.copyOf(adjustments), measureTexts,
        () -> factors(rule, context, declared, effectiveFinal, evaluated));
  }

  private record Match(View view, Verdict verdict, List<UnmetRequirement> unmet) {}

  private Match match(Inputs in) {
    View view = views.get(table.firstMatch(in));
    List<Requirement> requires = view.rule().requires();
    if (requires.isEmpty()) {
      return new Match(view, view.verdict(), List.of());
    }
    List<UnmetRequirement> unmet = new ArrayList<>(0);
    for (Requirement r : requires) {
      if (!r.condition().test(in)) {
        unmet.add(new UnmetRequirement(r.id(), r.text()));
      }
    }
    return unmet.isEmpty() ? new Match(view, view.verdict(), List.of()) : new Match(view, view.otherwise(), List.copyOf(unmet));
  }

  private List<Factor> factors(CompiledRule rule, MessageContext c, ContentClass declared, ContentClass effective, Inputs in) {
    List<String> inputs = new ArrayList<>(rule.when().constrainedInputs());
    for (Requirement r : rule.requires()) {
      for (String name : r.condition().constrainedInputs()) {
        if (!inputs.contains(name)) {
          inputs.add(name);
        }
      }
    }
    List<Factor> out = new ArrayList<>();
    for (String input : inputs) {
      String value = switch (input) {
        case "jurisdiction" -> wire(c.jurisdiction());
        case "sector" -> wire(c.sector());
        case "recipient" -> wire(c.recipientKind());
        case "channel" -> c.infrastructure().map(SecureMessageRules::wire).orElse(wire(c.channel()));
        case "content" -> effective == declared ? wire(effective) : wire(effective) + " (declared " + wire(declared) + ")";
        case "purpose" -> wire(c.purpose());
        case "consent" -> in.consentBasis() < 0 ? "none covering this message" : wire(ConsentBasis.values()[in.consentBasis()]);
        case "transport" -> wire(c.transport());
        case "recipient-assurance" -> wire(c.recipientAssurance());
        case "contains" -> types(in.hitKinds()).stream().map(SecureMessageRules::wire).toList().toString();
        case "controls" -> c.controls().stream().map(SecureMessageRules::wire).toList().toString();
        case "opted-out" -> String.valueOf(c.recipientOptedOut());
        default -> "?";
      };
      LocalizedText shown = switch (input) {
        case "jurisdiction" -> c.jurisdiction().label();
        case "sector" -> c.sector().label();
        case "recipient" -> c.recipientKind().label();
        case "channel" -> c.infrastructure().map(SecureInfrastructure::label).orElse(c.channel().label());
        case "content" -> effective == declared ? effective.label() : new LocalizedText(effective.label(Language.SWEDISH) + " (angivet: " + declared.label(Language.SWEDISH) + ")",
            effective.label(Language.NORWEGIAN_BOKMAL) + " (oppgitt: " + declared.label(Language.NORWEGIAN_BOKMAL) + ")",
            effective.label(Language.ENGLISH) + " (declared: " + declared.label(Language.ENGLISH) + ")");
        case "purpose" -> c.purpose().label();
        case "consent" -> in.consentBasis() < 0 ? new LocalizedText("inget som omfattar meddelandet", "ikke noe som omfatter meldingen", "none covering this message")
            : ConsentBasis.values()[in.consentBasis()].label();
        case "transport" -> c.transport().label();
        case "recipient-assurance" -> c.recipientAssurance().label();
        case "contains" -> types(in.hitKinds()).isEmpty() ? NOTHING : words(", ", List.copyOf(types(in.hitKinds())));
        case "controls" -> c.controls().isEmpty() ? NOTHING : words(", ", List.copyOf(c.controls()));
        case "opted-out" -> c.recipientOptedOut() ? new LocalizedText("ja", "ja", "yes") : new LocalizedText("nej", "nei", "no");
        default -> new LocalizedText(value, value, value);
      };
      LocalizedText name = INPUT_WORDS.getOrDefault(input, new LocalizedText(input, input, input));
      out.add(new Factor(input, value, new LocalizedText(name.sv() + ": " + shown.sv(), name.nb() + ": " + shown.nb(), name.en() + ": " + shown.en())));
    }
    return List.copyOf(out);
  }

  private static final LocalizedText NOTHING = new LocalizedText("inga", "ingen", "none");

  /** What each input of the rule table is called in words. */
  private static final java.util.Map<String, LocalizedText> INPUT_WORDS = java.util.Map.ofEntries(
      java.util.Map.entry("jurisdiction", new LocalizedText("jurisdiktion", "jurisdiksjon", "jurisdiction")),
      java.util.Map.entry("sector", new LocalizedText("verksamhet", "sektor", "sector")),
      java.util.Map.entry("recipient", new LocalizedText("mottagare", "mottaker", "recipient")),
      java.util.Map.entry("channel", new LocalizedText("kanal", "kanal", "channel")),
      java.util.Map.entry("content", new LocalizedText("innehåll", "innhold", "content")),
      java.util.Map.entry("purpose", new LocalizedText("ändamål", "formål", "purpose")),
      java.util.Map.entry("consent", new LocalizedText("samtycke", "samtykke", "consent")),
      java.util.Map.entry("transport", new LocalizedText("transportskydd", "transportbeskyttelse", "transport")),
      java.util.Map.entry("recipient-assurance", new LocalizedText("mottagarens inloggning", "mottakerens innlogging", "recipient's authentication")),
      java.util.Map.entry("contains", new LocalizedText("funnet i texten", "funnet i teksten", "found in the text")),
      java.util.Map.entry("controls", new LocalizedText("dokumenterade rutiner och beslut", "dokumenterte rutiner og beslutninger", "documented controls")),
      java.util.Map.entry("opted-out", new LocalizedText("har reserverat sig", "har reservert seg", "opted out")));

  private LocalizedText note(String key) {
    return Lookup.in(table.notes(), key, "note");
  }

  private static List<Adjustment> add(@org.jspecify.annotations.Nullable List<Adjustment> list, Adjustment a) {
    List<Adjustment> out = list == null ? new ArrayList<>(2) : list;
    out.add(a);
    return out;
  }

  private static long bits(Set<? extends Enum<?>> set) {
    long bits = 0;
    for (Enum<?> e : set) {
      bits |= 1L << e.ordinal();
    }
    return bits;
  }

  private static Set<ContentHitKind> types(long bits) {
    Set<ContentHitKind> out = EnumSet.noneOf(ContentHitKind.class);
    for (ContentHitKind t : ContentHitKind.values()) {
      if ((bits >>> t.ordinal() & 1L) != 0) {
        out.add(t);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** A note with the values it is about in words: "note (a: b)". */
  private static LocalizedText detailed(LocalizedText note, LocalizedText what, @org.jspecify.annotations.Nullable LocalizedText more) {
    return new LocalizedText(note.sv() + " (" + what.sv() + (more == null ? "" : ": " + more.sv()) + ")",
        note.nb() + " (" + what.nb() + (more == null ? "" : ": " + more.nb()) + ")",
        note.en() + " (" + what.en() + (more == null ? "" : ": " + more.en()) + ")");
  }

  /** Labels joined in every language. */
  static LocalizedText words(String separator, List<? extends Labelled> values) {
    return new LocalizedText(String.join(separator, values.stream().map(v -> v.label(Language.SWEDISH)).toList()),
        String.join(separator, values.stream().map(v -> v.label(Language.NORWEGIAN_BOKMAL)).toList()),
        String.join(separator, values.stream().map(v -> v.label(Language.ENGLISH)).toList()));
  }

  static String wire(Enum<?> e) {
    return TableReading.wireName(e);
  }

  @Override
  public String toString() {
    return "SecureMessageRules[" + table.id() + " " + table.version() + ", " + views.size() + " rules]";
  }
}
