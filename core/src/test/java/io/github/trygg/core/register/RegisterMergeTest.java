package io.github.trygg.core.register;

import static io.github.trygg.core.register.RegisterTestSources.json;
import static io.github.trygg.core.register.RegisterTestSources.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.SourceArray;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.internal.json.SourceScalar;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import io.github.trygg.core.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterMergeTest {
  private static final String PROFILE = "format: trygg-register/1\n"
      + "vendors:\n"
      + "  - id: acme\n"
      + "    name: Acme AB\n"
      + "    country: SE\n"
      + "    role: processor\n"
      + "systems:\n"
      + "  - id: app\n"
      + "    name: Acme App\n"
      + "    vendor: acme\n"
      + "    features: [positioning]\n";

  @Test
  void usageExtendsTheProfileAndListsAreJoined() {
    Register r = RegisterReader.readSources(List.of(yaml("profile.yaml", PROFILE), json("usage.json",
        "{\"format\":\"trygg-register/1\",\"vendors\":[{\"id\":\"acme\",\"agreementDate\":\"2025-02-01\"}],"
            + "\"systems\":[{\"id\":\"app\",\"features\":[\"positioning\",\"camera\"],\"internetExposed\":true}]}")));
    InformationSystem app = r.system("app").orElseThrow();
    assertEquals(List.of(SystemFeature.POSITIONING, SystemFeature.CAMERA), app.features());
    assertTrue(app.internetExposed());
    assertEquals(2, r.provenance().all(app.ref(), "features").size());
    assertEquals("usage.json", r.provenance().of(app.ref(), "internetExposed").orElseThrow().source());
  }

  /**
   * Provenance keeps numbers, not locations: each location it gives must equal the one the parsed
   * node itself reports (file, line, column and pointer), for the entry and every field, in load order.
   */
  @Test
  void provenanceGivesTheLocationOfEveryEntryAndFieldAsParsed() {
    String usage = "{\"format\":\"trygg-register/1\",\n\"vendors\":[{\"id\":\"acme\",\"agreementDate\":\"2025-02-01\"}],\n"
        + "\"systems\":[{\"id\":\"other\",\"name\":\"Other\"},\n  {\"id\":\"app\",\"features\":[\"positioning\",\"camera\"],\n\"internetExposed\":true}]}";
    Register r = RegisterReader.readSourcesUnchecked(List.of(yaml("profile.yaml", PROFILE), json("usage.json", usage)));
    SourceObject profile = SourceReader.readObject("profile.yaml", new ByteArrayInputStream(PROFILE.getBytes(StandardCharsets.UTF_8)), Format.YAML);
    SourceObject used = SourceReader.readObject("usage.json", new ByteArrayInputStream(usage.getBytes(StandardCharsets.UTF_8)), Format.JSON);
    Map<EntryRef, List<SourceObject>> declared = new LinkedHashMap<>();
    for (SourceObject file : List.of(profile, used)) {
      for (EntryKind kind : List.of(EntryKind.VENDOR, EntryKind.SYSTEM)) {
        for (SourceNode node : ((SourceArray) file.members().get(kind.section())).elements()) {
          SourceObject entry = (SourceObject) node;
          String id = ((SourceScalar) entry.members().get("id")).text();
          declared.computeIfAbsent(new EntryRef(kind, id), k -> new ArrayList<>()).add(entry);
        }
      }
    }
    int checked = 0;
    for (Map.Entry<EntryRef, List<SourceObject>> e : declared.entrySet()) {
      assertEquals(e.getValue().get(0).location(), r.provenance().of(e.getKey()).orElseThrow(), e.getKey().toString());
      for (String field : List.of("id", "name", "country", "role", "vendor", "features", "internetExposed", "agreementDate")) {
        List<Location> expected = e.getValue().stream().filter(o -> o.members().containsKey(field)).map(o -> o.members().get(field).location()).toList();
        assertEquals(expected, r.provenance().all(e.getKey(), field), e.getKey() + " " + field);
        assertEquals(expected.stream().findFirst(), r.provenance().of(e.getKey(), field), e.getKey() + " " + field);
        checked += expected.size();
      }
    }
    assertEquals(15, checked);
    assertEquals("/systems/1/internetExposed", r.provenance().of(new EntryRef(EntryKind.SYSTEM, "app"), "internetExposed").orElseThrow().pointer());
    assertTrue(r.provenance().of(new EntryRef(EntryKind.SYSTEM, "app"), "review").isEmpty());
    assertTrue(r.provenance().of(new EntryRef(EntryKind.SYSTEM, "nowhere")).isEmpty());
  }

  /** Several files are parsed side by side; what each reports still comes in the order the files were given. */
  @Test
  void problemsOfSeveralFilesComeInTheOrderTheFilesWereGiven(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Path file = dir.resolve("part-" + i + (i % 2 == 0 ? ".yaml" : ".json"));
      if (i != 5) {
        Files.writeString(file, i % 2 == 0 ? "format: trygg-register/1\nsystems:\n  - id: s" + i + "\n    nme: x\n" : "{\"format\": \"trygg-register/1\",\n \"systems\": [}");
      }
      files.add(file);
    }
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterReader.read(files));
    List<String> sources = e.problems().stream().map(p -> p.location().source().replaceAll(".*/", "")).distinct().toList();
    assertEquals(List.of("part-1.json", "part-3.json", "part-5.json", "part-7.json", "part-0.yaml", "part-2.yaml", "part-4.yaml", "part-6.yaml"), sources,
        e.getMessage());
  }

  @Test
  void differentValuesForOneFieldAreAConflictWithBothLocations() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterReader.readSources(List.of(yaml("profile.yaml", PROFILE),
        yaml("usage.yaml", "format: trygg-register/1\nvendors:\n  - id: acme\n    country: US\n    agreementDate: 2025-02-01\n"))));
    Problem conflict = e.problems().stream().filter(p -> p.code().equals("conflict")).findFirst().orElseThrow(() -> new AssertionError(e.getMessage()));
    assertEquals("usage.yaml", conflict.location().source());
    assertEquals(4, conflict.location().line());
    assertTrue(conflict.message().contains("profile.yaml:5"), conflict.message());
  }

  @Test
  void aProductProfileAloneCanBeReadWithoutConsistencyChecks() {
    Register profile = RegisterReader.readSourcesUnchecked(List.of(yaml("profile.yaml", PROFILE)));
    assertEquals(1, profile.systems().size());
    assertTrue(profile.problems().stream().anyMatch(p -> p.code().equals("processor-without-agreement")));
    assertThrows(InvalidInputException.class, () -> RegisterReader.readSources(List.of(yaml("profile.yaml", PROFILE))));
  }

  @Test
  void theFormatIsRequiredAndChecked() {
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> RegisterReader.readSources(List.of(yaml("a.yaml", "name: x\n"))));
    assertEquals("missing-property", missing.problems().get(0).code());
    InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> RegisterReader.readSources(List.of(yaml("a.yaml", "format: trygg-register/9\n"))));
    assertEquals("unsupported-format", wrong.problems().get(0).code());
  }
}
