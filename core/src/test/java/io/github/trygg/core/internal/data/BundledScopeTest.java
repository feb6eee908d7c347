package io.github.trygg.core.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Actor;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.OrganisationKind;
import io.github.trygg.core.Sector;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.SourceArray;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.propagation.PropagationRules;
import io.github.trygg.core.requirements.RequirementCatalogues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every bundled data file of core: every citation declares its kind, verification status and
 * scope, and every rule (propagation rules, checks and reviews, requirements, message rules and
 * content floors) declares whom it binds. Instruments whose reach the law fixes are scoped so:
 * HSLF-FS and patientdatalagen to Swedish health care, Normen to Norwegian health care, archive and
 * secrecy law to public authorities.
 */
class BundledScopeTest {
  static final Path RESOURCES = Path.of("src/main/resources");
  /** Arrays whose elements are rules. */
  static final Set<String> RULE_ARRAYS = Set.of("rules", "checks", "reviews", "requirements", "content-floors", "grounds", "methods");

  @Test
  void everyCitationAndRuleInEveryBundledFileDeclaresItsScope() throws IOException {
    List<String> missing = new ArrayList<>();
    int[] counts = new int[2];
    for (Path file : yamlFiles()) {
      SourceObject root = read(file);
      walk(root, file.getFileName().toString(), "", missing, counts);
    }
    assertTrue(missing.isEmpty(), String.join("\n", missing));
    assertTrue(counts[0] > 250, "citations walked: " + counts[0]);
    assertTrue(counts[1] > 100, "rules walked: " + counts[1]);
  }

  @Test
  void instrumentsAreScopedToWhomTheyBind() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path file : yamlFiles()) {
      collectCitations(read(file), file.getFileName().toString(), wrong);
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void theLoadedRulesCarryTheirScopes() {
    PropagationRules.bundled().rules().forEach(r -> assertTrue(r.scope().isGeneral(), r.id()));
    RequirementCatalogues.bundled().requirements().forEach(r -> assertFalse(r.references().isEmpty(), r.id()));
    assertFalse(SecureMessageRules.bundled().rules().isEmpty());
    SecureMessageRules.bundled().rules().stream().filter(r -> r.id().startsWith("SE-"))
        .forEach(r -> assertEquals(Set.of(Jurisdiction.SWEDEN), r.scope().jurisdictions(), r.id()));
    SecureMessageRules.bundled().rules().stream().filter(r -> r.id().startsWith("NO-"))
        .forEach(r -> assertEquals(Set.of(Jurisdiction.NORWAY), r.scope().jurisdictions(), r.id()));
    Actor socialServices = Actor.of(Jurisdiction.SWEDEN, OrganisationKind.PUBLIC_AUTHORITY, Set.of(Sector.SOCIAL_SERVICES));
    Actor healthCare = Actor.of(Jurisdiction.SWEDEN, OrganisationKind.PUBLIC_AUTHORITY, Set.of(Sector.HEALTHCARE));
    RequirementCatalogues.bundled().requirements().forEach(r -> {
      for (LegalReference ref : r.references(socialServices)) {
        assertFalse(ref.citation().startsWith("HSLF-FS"), r.id() + " cites " + ref.citation() + " for social services");
      }
      assertEquals(r.references().stream().filter(x -> x.citation().startsWith("HSLF-FS")).count(),
          r.references(healthCare).stream().filter(x -> x.citation().startsWith("HSLF-FS")).count(), r.id());
    });
  }

  static List<Path> yamlFiles() throws IOException {
    try (Stream<Path> s = Files.walk(RESOURCES)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertTrue(files.size() >= 15, "bundled files found: " + files);
      return files;
    }
  }

  static SourceObject read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return SourceReader.readObject(file.getFileName().toString(), in, Format.YAML);
    }
  }

  private static void walk(SourceNode node, String file, String pointer, List<String> missing, int[] counts) {
    if (node instanceof SourceObject o) {
      if (o.has("citation")) {
        counts[0]++;
        for (String key : List.of("kind", "status", "scope")) {
          if (!o.has(key)) {
            missing.add(file + " " + pointer + ": citation without '" + key + "'");
          }
        }
      }
      for (Map.Entry<String, SourceNode> e : o.members().entrySet()) {
        String at = pointer + "/" + e.getKey();
        if (RULE_ARRAYS.contains(e.getKey()) && e.getValue() instanceof SourceArray rules) {
          for (int k = 0; k < rules.size(); k++) {
            if (rules.elements().get(k) instanceof SourceObject rule) {
              counts[1]++;
              if (!rule.has("scope")) {
                missing.add(file + " " + at + "/" + k + ": rule without 'scope'");
              }
            }
          }
        }
        walk(e.getValue(), file, at, missing, counts);
      }
    } else if (node instanceof SourceArray a) {
      for (int k = 0; k < a.size(); k++) {
        walk(a.elements().get(k), file, pointer + "/" + k, missing, counts);
      }
    }
  }

  private static void collectCitations(SourceNode node, String file, List<String> wrong) {
    if (node instanceof SourceObject o) {
      if (o.has("citation")) {
        io.github.trygg.core.internal.json.Problems p = new io.github.trygg.core.internal.json.Problems();
        LegalReference r = Citations.read(o, p, "id");
        String c = r.citation();
        if ((c.startsWith("HSLF-FS") || c.startsWith("patientdatalagen")) && !r.scope().sectors().equals(Set.of(Sector.HEALTHCARE))) {
          wrong.add(file + ": " + c + " binds Swedish health care only, not " + r.scope());
        }
        if (c.startsWith("Normen") && !r.scope().sectors().equals(Set.of(Sector.HEALTHCARE))) {
          wrong.add(file + ": " + c + " binds Norwegian health care only, not " + r.scope());
        }
        if ((c.contains("arkivlagen") || c.contains("arkivlova") || c.toLowerCase().contains("offentlighets- och sekretesslagen"))
            && !r.scope().organisations().equals(Set.of(OrganisationKind.PUBLIC_AUTHORITY))) {
          wrong.add(file + ": " + c + " binds public authorities only, not " + r.scope());
        }
        if (c.startsWith("GDPR") && !r.scope().jurisdictions().isEmpty() && !c.contains(";")) {
          wrong.add(file + ": " + c + " binds in the whole EU/EEA, not " + r.scope());
        }
      }
      o.members().values().forEach(v -> collectCitations(v, file, wrong));
    } else if (node instanceof SourceArray a) {
      a.elements().forEach(v -> collectCitations(v, file, wrong));
    }
  }
}
