package io.github.trygg.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.dpia.DpiaLists;
import io.github.trygg.core.dpia.WelfareTemplates;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.propagation.PropagationRules;
import io.github.trygg.core.questionnaire.Questionnaires;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.core.register.SampleRegisters;
import io.github.trygg.core.requirements.RequirementAssessmentFiles;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskRegisterFiles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Generated identity numbers put into every kind of place in every core reader's input — string
 * values, numbers, booleans, property names, the format line — and every problem any reader reports
 * scanned: no number, in any of its written forms, and nothing shaped like one may come out. The
 * inputs are real files (bundled data and the sample register) with numbers put into seeded random
 * places. Replay with {@code -Dtrygg.seed=<seed>}.
 */
class NoIdentityNumbersInProblemsTest {
  static final int VARIANTS = 6;
  static final LocalDate REF = LocalDate.of(2026, 6, 1);
  /** Ten to twelve digits, or a date and four or five more: what Problem hides. */
  static final Pattern SHAPE = Pattern.compile("(?<![0-9])(?:[0-9]{10,12}|[0-9]{6}(?:[0-9]{2})?(?: ?[-+] ?| )[0-9]{4,5})(?![0-9])");

  record Reader(String name, String document, DataFormat format, BiConsumer<InputStream, DataFormat> read) {
    @Override
    public String toString() {
      return name;
    }
  }

  static String resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException(name, e);
    }
  }

  static String sample(String file) {
    try {
      return Files.readString(SampleRegisters.directory().resolve(file));
    } catch (Exception e) {
      throw new IllegalStateException(file, e);
    }
  }

  static Stream<Reader> readers() {
    return Stream.of(
        new Reader("register", sample("register.yaml"), DataFormat.YAML,
            (in, f) -> RegisterReader.readSources(List.of(new RegisterReader.Source("register.yaml", in, f)))),
        new Reader("product profile", sample("product-larmkraft.yaml"), DataFormat.YAML,
            (in, f) -> RegisterReader.readSourcesUnchecked(List.of(new RegisterReader.Source("product.yaml", in, f)))),
        new Reader("classification profile", resource(ClassificationProfiles.class, "klassa-se.yaml"), DataFormat.YAML,
            (in, f) -> ClassificationProfiles.read("p", in, f)),
        new Reader("questionnaire", resource(Questionnaires.class, "classification.yaml"), DataFormat.YAML, (in, f) -> Questionnaires.read("q", in, f)),
        new Reader("requirement catalogue", resource(RequirementCatalogues.class, "baseline.yaml"), DataFormat.YAML,
            (in, f) -> RequirementCatalogues.read("c", in, f)),
        new Reader("requirement assessments", sample("requirement-assessments.yaml"), DataFormat.YAML,
            (in, f) -> RequirementAssessmentFiles.read("a", in, f, RequirementCatalogues.bundled())),
        new Reader("risk matrix", resource(RiskMatrices.class, "iso27005-5x5.yaml"), DataFormat.YAML, (in, f) -> RiskMatrices.read("m", in, f)),
        new Reader("risk register", sample("risks.yaml"), DataFormat.YAML, (in, f) -> RiskRegisterFiles.read("r", in, f)),
        new Reader("DPIA lists", resource(DpiaLists.class, "dpia-lists.yaml"), DataFormat.YAML, (in, f) -> DpiaLists.read("d", in, f)),
        new Reader("welfare templates", resource(WelfareTemplates.class, "welfare-templates.yaml"), DataFormat.YAML,
            (in, f) -> WelfareTemplates.read("w", in, f)),
        new Reader("message rules", resource(SecureMessageRules.class, "secure-messaging-se-no.yaml"), DataFormat.YAML,
            (in, f) -> SecureMessageRules.read("s", in, f)),
        new Reader("content terms", resource(SensitiveContentDetector.class, "content-terms.yaml"), DataFormat.YAML,
            (in, f) -> SensitiveContentDetector.read("t", in, f)),
        new Reader("propagation rules", resource(PropagationRules.class, "propagation-rules.yaml"), DataFormat.YAML,
            (in, f) -> PropagationRules.read("p", in, f)));
  }

  @ParameterizedTest
  @MethodSource("readers")
  void noReaderShowsAnIdentityNumber(Reader reader) {
    long seed = seed();
    SplittableRandom random = new SplittableRandom(seed);
    Object tree = YAMLMapper.builder().build().readValue(reader.document(), Object.class);
    int problems = 0;
    for (int v = 0; v < VARIANTS; v++) {
      List<String> planted = new ArrayList<>();
      Object hostile = plant(tree, random, planted, v % 3 == 0 ? 0.5 : 0.08);
      for (DataFormat format : DataFormat.values()) {
        String text = format == DataFormat.YAML ? YAMLMapper.builder().build().writeValueAsString(hostile)
            : JsonMapper.builder().build().writeValueAsString(hostile);
        String shown;
        try {
          reader.read().accept(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
          continue;
        } catch (InvalidInputException e) {
          StringBuilder all = new StringBuilder(e.getMessage());
          e.problems().forEach(p -> all.append('\n').append(p));
          problems += e.problems().size();
          shown = all.toString();
        } catch (RuntimeException e) {
          shown = String.valueOf(e.getMessage());
        }
        for (String number : planted) {
          String digits = number.replaceAll("[^0-9]", "");
          if (shown.contains(number) || shown.contains(digits)) {
            fail(reader + " (seed " + seed + ", variant " + v + ", " + format + ") shows a planted number:\n" + shown);
          }
        }
        assertTrue(!SHAPE.matcher(shown).find(), reader + " (seed " + seed + ") shows something shaped like an identity number:\n" + shown);
      }
    }
    assertTrue(problems > 0, reader + ": the planted numbers should have caused problems (seed " + seed + ")");
  }

  /** A copy of {@code node} with numbers put in place of some values and names (each with probability {@code p}). */
  @SuppressWarnings("unchecked")
  static Object plant(Object node, SplittableRandom random, List<String> planted, double p) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<Object, Object>) map).entrySet()) {
        String key = String.valueOf(e.getKey());
        if (random.nextDouble() < p / 4) {
          key = number(random, planted);
        }
        out.put(key, plant(e.getValue(), random, planted, p));
      }
      if (random.nextDouble() < p / 4) {
        out.put(number(random, planted), number(random, planted));
      }
      return out;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object o : list) {
        out.add(plant(o, random, planted, p));
      }
      return out;
    }
    if (random.nextDouble() < p) {
      String n = number(random, planted);
      // Sometimes as a bare number, as a careless file would hold it.
      return random.nextInt(4) == 0 && n.matches("[0-9]+") ? Long.valueOf(n) : n;
    }
    return node;
  }

  /** A valid Swedish or Norwegian number in one of its written forms. */
  static String number(SplittableRandom random, List<String> planted) {
    LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1930, 1, 1).toEpochDay(), LocalDate.of(2020, 1, 1).toEpochDay()));
    String text;
    if (random.nextBoolean()) {
      IdentityNumber n = IdentityNumbers.swedish(random.nextBoolean() ? IdentityKind.SE_PERSONNUMMER : IdentityKind.SE_SAMORDNINGSNUMMER, birth,
          random.nextInt(1, 1000));
      String c = n.canonical();
      text = switch (random.nextInt(4)) {
        case 0 -> c;
        case 1 -> c.substring(0, 8) + "-" + c.substring(8);
        case 2 -> n.tenDigitForm(REF);
        default -> n.tenDigitForm(REF).replace("-", "");
      };
    } else {
      IdentityNumber n = null;
      birth = birth.withYear(1901 + birth.getYear() % 98);
      while (n == null) {
        n = IdentityNumbers.norwegian(IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, birth, random.nextInt(0, 500)).orElse(null);
        birth = birth.plusDays(1);
      }
      String c = n.canonical();
      text = random.nextBoolean() ? c : c.substring(0, 6) + " " + c.substring(6);
    }
    planted.add(text);
    return text;
  }

  static long seed() {
    String given = System.getProperty("trygg.seed", "");
    return given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
  }
}
