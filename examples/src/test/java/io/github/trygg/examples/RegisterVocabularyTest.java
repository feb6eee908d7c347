package io.github.trygg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.ClassificationProfile;
import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.ProfileLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.dpia.DpiaLists;
import io.github.trygg.core.dpia.DpiaSuggestions;
import io.github.trygg.core.dpia.ListItem;
import io.github.trygg.core.dpia.WelfareTemplate;
import io.github.trygg.core.dpia.WelfareTemplates;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.propagation.PropagationRules;
import io.github.trygg.core.propagation.PropagationThresholds;
import io.github.trygg.core.register.Countries;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vocabularies of docs/register-format.md are generated from the code, so they cannot go
 * stale. The closed sets are every enum the register model reaches, found by walking its types;
 * each property path and every value is then read back through {@link RegisterReader}, so a path
 * or a value the reader would not take cannot reach the document. The open sets list what Trygg
 * recognises in them: identity-number kinds, the categories its DPIA screening and propagation rules
 * name, the bundled classification profiles, the EU/EEA countries.
 *
 * <p>When the document differs from what the code gives, the test fails with the first lines that
 * differ and leaves the generated document in {@code target/docs/register-format.md}. After a
 * deliberate change, regenerate the section in place:
 *
 * <pre>
 * ./mvnw -q -pl examples -am test -Dtest=RegisterVocabularyTest -Dsurefire.failIfNoSpecifiedTests=false -Dtrygg.docs.accept=true
 * </pre>
 */
class RegisterVocabularyTest {
  static final String DOC = "docs/register-format.md";
  static final String START = "<!-- vocabulary:start";
  static final String END = "<!-- vocabulary:end -->";
  static final String REGENERATE = "./mvnw -q -pl examples -am test -Dtest=RegisterVocabularyTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dtrygg.docs.accept=true";
  private static final String CORE = "io.github.trygg.core";
  private static final List<Language> LANGUAGES = List.of(Language.SWEDISH, Language.NORWEGIAN_BOKMAL, Language.ENGLISH);

  /**
   * Accessors of the model whose name is not the file's property name, or that are not read from
   * the file at all (null). The reader check below fails for a path with a wrong name.
   */
  private static final Map<String, Optional<String>> RENAMED = Map.of(
      "AssetClassification.profileId", Optional.of("profile"),
      "AssetClassification.levels", Optional.empty(),   // derived from the ratings
      "AspectRating.aspect", Optional.empty(),          // the key the rating is written under
      "Register.provenance", Optional.empty());         // where each value came from, not a value
  /** Written as text, {@code system:<id>} or {@code integration:<id>}, which the fields table describes. */
  private static final String TEXT_REFERENCE = "LevelOverride.target";

  /** An enum at a property path: its values are written as wire names, as keys, or as numbers 0–4. */
  record Use(String path, Class<?> type, Form form) {}

  enum Form { VALUE, KEY, LEVEL }

  /** The order of a register file's sections, which the document follows. */
  private static final List<String> SECTIONS = List.of("organisation", "assets", "systems", "vendors", "integrations", "dependencies",
      "activities", "overrides");

  private static final List<Use> USES = new ArrayList<>();
  /** A map's key in a path ({@code <aspect>}) and the key the reader check writes there. */
  private static final Map<String, String> PLACEHOLDERS = new LinkedHashMap<>();
  private static final List<String> FLAGS = new ArrayList<>();

  @TempDir Path dir;

  @BeforeAll
  static void walkTheModel() {
    walk(Register.class, "", new LinkedHashSet<>());
    Comparator<String> order = Comparator.comparing((String path) -> {
      int section = SECTIONS.indexOf(path.split("[.\\[]")[0]);
      assertTrue(section >= 0, "a section the document does not order: " + path);
      return section;
    }).thenComparing(Comparator.naturalOrder());
    USES.sort(Comparator.comparing(Use::path, order));
    FLAGS.sort(order);
  }

  private static void walk(Class<?> type, String path, Set<Class<?>> open) {
    if (!open.add(type)) {
      return;
    }
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        property(type, c.getName(), c.getGenericType(), path, open);
      }
    } else {
      for (Method m : type.getMethods()) {
        int mod = m.getModifiers();
        // Final and default methods are derived from what was read (an entry's ref from its id), never read.
        if (Modifier.isStatic(mod) || Modifier.isFinal(mod) || m.isDefault() || m.getParameterCount() > 0 || m.isSynthetic() || m.isBridge()
            || !m.getDeclaringClass().getName().startsWith(CORE)) {
          continue;
        }
        property(type, m.getName(), m.getGenericReturnType(), path, open);
      }
    }
    open.remove(type);
  }

  private static void property(Class<?> owner, String accessor, Type type, String path, Set<Class<?>> open) {
    String key = owner.getSimpleName() + "." + accessor;
    if (key.equals(TEXT_REFERENCE)) {
      return;
    }
    Optional<String> name = RENAMED.getOrDefault(key, Optional.of(accessor));
    if (name.isEmpty()) {
      return;
    }
    visit(type, path.isEmpty() ? name.get() : path + "." + name.get(), open);
  }

  private static void visit(Type type, String path, Set<Class<?>> open) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == Optional.class) {
        visit(args[0], path, open);
      } else if (Collection.class.isAssignableFrom(raw)) {
        visit(args[0], path + "[]", open);
      } else if (Map.class.isAssignableFrom(raw)) {
        Class<?> k = (Class<?>) args[0];
        if (k.isEnum()) {
          USES.add(new Use(path, k, Form.KEY));
          visit(args[1], path + "." + placeholder(k), open);
        }
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (c == boolean.class) {
      FLAGS.add(path);
    } else if (c == ConsequenceLevel.class) {
      USES.add(new Use(path, c, Form.LEVEL));
    } else if (c.isEnum()) {
      USES.add(new Use(path, c, Form.VALUE));
    } else if (c == Levels.class) {
      USES.add(new Use(path, SecurityAspect.class, Form.KEY));
      USES.add(new Use(path + "." + placeholder(SecurityAspect.class), ConsequenceLevel.class, Form.LEVEL));
    } else if (c.getName().startsWith(CORE) && (c.isRecord() || Modifier.isAbstract(c.getModifiers()))) {
      walk(c, path, open);
    }
  }

  /** {@code <aspect>} for {@link SecurityAspect}: the last word of the type's name. */
  private static String placeholder(Class<?> keyType) {
    String[] words = keyType.getSimpleName().split("(?=[A-Z])");
    String placeholder = "<" + words[words.length - 1].toLowerCase(Locale.ROOT) + ">";
    PLACEHOLDERS.put(placeholder, WireNames.of((Enum<?>) keyType.getEnumConstants()[0]));
    return placeholder;
  }

  // ================================================================ the checks

  @Test
  void theWalkFindsTheRegistersEnumsAndFlags() {
    Set<String> paths = USES.stream().map(Use::path).collect(Collectors.toSet());
    for (String expected : List.of("organisation.jurisdiction", "assets[].volume", "systems[].features[]", "systems[].dsrEndpoint.channel",
        "vendors[].safeguards[]", "integrations[].transport", "activities[].legalBasis", "activities[].recipients[].kind",
        "activities[].dpia.decision.outcome", "overrides[].claim", "assets[].classification.ratings")) {
      assertTrue(paths.contains(expected), expected + " not found in " + paths);
    }
    assertTrue(FLAGS.containsAll(List.of("assets[].personalData", "assets[].specialCategory", "assets[].children")), FLAGS.toString());
  }

  /** Each path and every value of it, read back: taken as written; a value not in the set is refused there. */
  @Test
  void everyPathAndValueIsWhatTheReaderTakes() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Use use : USES) {
      List<String> values = values(use);
      for (String value : values) {
        List<Problem> problems = problemsAt(use, value);
        if (!problems.isEmpty()) {
          wrong.add(use.path() + " = " + value + ": " + problems);
        }
      }
      if (problemsAt(use, use.form() == Form.LEVEL ? "9" : "no-such-value").isEmpty()) {
        wrong.add(use.path() + ": a value outside the set is not refused there, so the path is not where the reader looks");
      }
    }
    for (String flag : FLAGS) {
      if (!problemsAt(new Use(flag, boolean.class, Form.VALUE), "true").isEmpty() || problemsAt(new Use(flag, boolean.class, Form.VALUE), "maybe").isEmpty()) {
        wrong.add(flag + " is not a flag the reader takes there");
      }
    }
    for (String path : List.of("assets[].identifierTypes[]", "assets[].dataSubjectCategories[]", "activities[].dataSubjectCategories[]",
        "assets[].dataCategories[]", "assets[].classification.profile", "assets[].classification.profileVersion", "vendors[].country",
        "systems[].dataLocations[]")) {
      if (!problemsAt(new Use(path, String.class, Form.VALUE), "x").stream().filter(p -> p.code().equals("unknown-property")).toList().isEmpty()) {
        wrong.add(path + " is not a property the reader knows");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theDocumentListsTheVocabulariesOfTheCode() throws IOException {
    Path doc = Docs.ROOT.resolve(DOC);
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    assertTrue(start >= 0 && end > start, DOC + " has no section between " + START + " … -->" + " and " + END);
    int body = text.indexOf("-->", start) + "-->".length();
    String current = text.substring(body, end);
    String rendered = "\n" + render() + "\n";
    if (current.equals(rendered)) {
      return;
    }
    String regenerated = text.substring(0, body) + rendered + text.substring(end);
    if (Boolean.getBoolean("trygg.docs.accept")) {
      Files.writeString(doc, regenerated, StandardCharsets.UTF_8);
      return;
    }
    Path left = Path.of("target", "docs", "register-format.md");
    Files.createDirectories(left.getParent());
    Files.writeString(left, regenerated, StandardCharsets.UTF_8);
    fail(DOC + "'s vocabularies differ from the code (the generated document is in " + left.toAbsolutePath() + "; regenerate with\n  "
        + REGENERATE + "\nand review the diff):\n" + DocSnippetsTest.diff(rendered.strip(), current.strip()));
  }

  // ================================================================ reading back

  private static List<String> values(Use use) {
    if (use.form() == Form.LEVEL) {
      return Arrays.stream(ConsequenceLevel.values()).map(l -> String.valueOf(l.ordinalLevel())).toList();
    }
    return Arrays.stream(use.type().getEnumConstants()).map(e -> WireNames.of((Enum<?>) e)).toList();
  }

  /** The problems the reader reports at the place {@code use} names when it holds {@code value}. */
  private List<Problem> problemsAt(Use use, String value) throws IOException {
    StringBuilder pointer = new StringBuilder();
    String json = skeleton(List.of(use.path().split("\\.")), 0, use.form() == Form.KEY ? "{\"" + value + "\": " + keyedValue(use) + "}" : scalar(value), pointer);
    String at = pointer + (use.form() == Form.KEY ? "/" + value : "");
    Path file = Files.writeString(dir.resolve("vocabulary.json"), "{\"format\": \"trygg-register/1\", " + json.substring(1));
    try {
      RegisterReader.readUnchecked(List.of(file));
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems().stream().filter(p -> p.location().pointer().equals(at)).toList();
    }
  }

  /** What a keyed map holds under each key: a level, or a rating. */
  private static String keyedValue(Use use) {
    return USES.stream().anyMatch(u -> u.form() == Form.LEVEL && PLACEHOLDERS.keySet().stream().anyMatch(ph -> u.path().equals(use.path() + "." + ph)))
        ? "1" : "{\"level\": 1, \"justification\": \"x\"}";
  }

  private static String scalar(String value) {
    return value.matches("-?\\d+|true|false") ? value : "\"" + value + "\"";
  }

  /** JSON that holds {@code leaf} at the path, and the pointer to it. */
  private static String skeleton(List<String> segments, int i, String leaf, StringBuilder pointer) {
    if (i == segments.size()) {
      return leaf;
    }
    String segment = segments.get(i);
    boolean list = segment.endsWith("[]");
    String name = list ? segment.substring(0, segment.length() - 2) : segment;
    name = PLACEHOLDERS.getOrDefault(name, name);
    pointer.append('/').append(name);
    if (list) {
      pointer.append("/0");
    }
    String inner = skeleton(segments, i + 1, leaf, pointer);
    // An entry of a section is read only with its id.
    if (list && i == 0 && inner.startsWith("{")) {
      inner = "{\"id\": \"x\", " + inner.substring(1);
    }
    return "{\"" + name + "\": " + (list ? "[" + inner + "]" : inner) + "}";
  }

  // ================================================================ rendering

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("### Closed sets\n\n");
    out.append("A property of these takes one of the values listed, written as shown; anything else is an `unknown-value`\n");
    out.append("problem that lists the choices. The labels are what reports and the command-line tool show.\n");
    Map<Class<?>, List<Use>> byType = new LinkedHashMap<>();
    for (Use use : USES) {
      if (use.form() != Form.LEVEL) {
        byType.computeIfAbsent(use.type(), k -> new ArrayList<>()).add(use);
      }
    }
    for (Map.Entry<Class<?>, List<Use>> e : byType.entrySet()) {
      out.append("\n").append(e.getValue().stream().map(u -> "`" + u.path() + "`" + (u.form() == Form.KEY ? " (keys)" : ""))
          .collect(Collectors.joining(", "))).append(":\n\n");
      Optional<Method> label = labelMethod(e.getKey());
      if (label.isEmpty()) {
        out.append(Arrays.stream(e.getKey().getEnumConstants()).map(c -> "`" + WireNames.of((Enum<?>) c) + "`").collect(Collectors.joining(", ")))
            .append("\n");
        continue;
      }
      out.append("| Value | sv | nb | en |\n|---|---|---|---|\n");
      for (Object c : e.getKey().getEnumConstants()) {
        out.append("| `").append(WireNames.of((Enum<?>) c)).append('`');
        for (Language language : LANGUAGES) {
          out.append(" | ").append(cell(invoke(label.get(), c, language)));
        }
        out.append(" |\n");
      }
    }
    out.append("\nLevels (").append(USES.stream().filter(u -> u.form() == Form.LEVEL).map(u -> "`" + u.path() + "`").collect(Collectors.joining(", ")))
        .append(") are whole numbers from 0 to ").append(ConsequenceLevel.values().length - 1)
        .append("; what each is called depends on the classification profile (below).\n");

    out.append("\n### Flags\n\n");
    out.append("`true` or `false`; absent is `false`: ").append(FLAGS.stream().map(f -> "`" + f + "`").collect(Collectors.joining(", "))).append(".\n");

    out.append("\n### Open sets\n\n");
    out.append("These take any value the organisation uses; a request, a DPIA screening or a rule matches them as written.\n");
    out.append("Trygg gives a meaning to the values below.\n");

    out.append("\n`assets[].identifierTypes`: national identity numbers, which a data-subject request checks, matches in any written\n");
    out.append("form (ten or twelve digits, with or without the separator) and recognises the subject by first; any other type\n");
    out.append("(`email`, `device-id`, `customer-number` …) is matched as written.\n\n");
    out.append("| Value | Jurisdiction |\n|---|---|\n");
    for (IdentityKind kind : IdentityKind.values()) {
      if (!kind.synthetic()) {
        out.append("| `").append(WireNames.of(kind)).append("` | ").append(kind.jurisdiction().label(Language.ENGLISH)).append(" |\n");
      }
    }

    DpiaLists lists = DpiaLists.bundled();
    List<WelfareTemplate> templates = WelfareTemplates.bundled();
    out.append("\n`assets[].dataSubjectCategories`, `activities[].dataSubjectCategories`:\n\n");
    out.append("- suggest the DPIA criterion *vulnerable data subjects* (WP248): ")
        .append(code(new TreeSet<>(DpiaSuggestions.vulnerableSubjectCategories()))).append(";\n");
    out.append("- named by the bundled DPIA lists (version ").append(lists.version()).append(") and welfare-technology templates: ")
        .append(code(facts("subject:", lists, templates))).append(".\n");

    PropagationThresholds thresholds = PropagationRules.bundled().thresholds();
    out.append("\n`assets[].dataCategories`:\n\n");
    out.append("- health data, which together with location data in one system make a compilation to review (propagation rules, version ")
        .append(PropagationRules.bundled().version()).append("): ").append(code(new TreeSet<>(thresholds.healthCategories()))).append(";\n");
    out.append("- location data, which also suggest the DPIA criterion *sensitive data*: ").append(code(new TreeSet<>(thresholds.locationCategories())))
        .append(";\n");
    out.append("- named by the bundled DPIA lists and welfare-technology templates: ").append(code(facts("data:", lists, templates))).append(".\n");

    out.append("\n`assets[].classification.profile` and `profileVersion`: the bundled classification profiles, each with what it calls\n");
    out.append("the levels (a host adds its own with `ClassificationProfiles.with`).\n\n");
    out.append("| profile | profileVersion | Name | Levels | Code | sv | nb | en |\n|---|---|---|---|---|---|---|---|\n");
    for (ClassificationProfile profile : ClassificationProfiles.bundled().all()) {
      boolean first = true;
      for (ProfileLevel level : profile.levels()) {
        out.append(first ? "| `" + profile.id() + "` | `" + profile.version() + "` | " + cell(profile.name().en()) : "| | |")
            .append(" | ").append(level.covers().stream().map(l -> String.valueOf(l.ordinalLevel())).sorted().collect(Collectors.joining(", ")))
            .append(" | `").append(level.code()).append('`');
        for (Language language : LANGUAGES) {
          out.append(" | ").append(cell(level.label().in(language)));
        }
        out.append(" |\n");
        first = false;
      }
    }

    Set<String> euEea = new TreeSet<>();
    for (String country : Locale.getISOCountries()) {
      if (Countries.isEuEea(country)) {
        euEea.add(country);
      }
    }
    out.append("\n`vendors[].country`, `systems[].dataLocations`: ISO 3166-1 alpha-2 codes. Outside the EU/EEA a processor needs\n");
    out.append("`safeguards`; the EU/EEA countries are ").append(String.join(", ", euEea)).append(".\n");
    return out.toString().stripTrailing();
  }

  private static Set<String> facts(String prefix, DpiaLists lists, List<WelfareTemplate> templates) {
    Set<String> found = new TreeSet<>();
    List<ListItem> items = new ArrayList<>(lists.mandatoryCases());
    items.addAll(lists.nationalItems());
    for (ListItem item : items) {
      item.when().forEach(group -> group.stream().filter(f -> f.startsWith(prefix)).forEach(f -> found.add(f.substring(prefix.length()))));
    }
    for (WelfareTemplate t : templates) {
      t.facts().keySet().stream().filter(f -> f.startsWith(prefix)).forEach(f -> found.add(f.substring(prefix.length())));
    }
    return found;
  }

  private static String code(Collection<String> values) {
    return values.stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "));
  }

  private static Optional<Method> labelMethod(Class<?> type) {
    try {
      return Optional.of(type.getMethod("label", Language.class));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  private static String invoke(Method label, Object constant, Language language) {
    try {
      return (String) label.invoke(constant, language);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Test
  void theRendererIsStableAndNamesWhatItFound() {
    String once = render();
    assertEquals(once, render());
    assertFalse(once.contains("null"));
    assertTrue(once.contains("`very-many`") && once.contains("`klassa-se`") && once.contains("`se-personnummer`") && once.contains("`care-recipient`"));
    assertTrue(once.contains("| `webhook` |"), "the DSR channels, labelled");
  }
}
