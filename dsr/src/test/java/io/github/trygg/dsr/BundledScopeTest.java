package io.github.trygg.dsr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Actor;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.OrganisationKind;
import io.github.trygg.core.Sector;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.SourceArray;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.dsr.consent.ConsentRules;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.routing.LegalGround;
import io.github.trygg.dsr.routing.LegalGrounds;
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
 * Walks every bundled data file of dsr: every citation declares kind, status and scope; every legal
 * ground and age rule declares whom it binds; archive law binds public authorities only.
 */
class BundledScopeTest {
  @Test
  void everyCitationAndRuleInEveryBundledFileDeclaresItsScope() throws IOException {
    List<String> missing = new ArrayList<>();
    int[] counts = new int[2];
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("src/main/resources"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 4, files.toString());
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        walk(SourceReader.readObject(file.getFileName().toString(), in, Format.YAML), file.getFileName().toString(), "", missing, counts);
      }
    }
    assertTrue(missing.isEmpty(), String.join("\n", missing));
    assertTrue(counts[0] >= 25, "citations walked: " + counts[0]);
    assertTrue(counts[1] >= 25, "rules walked: " + counts[1]);
  }

  @Test
  void archiveLawBindsPublicAuthoritiesAndTheSecrecyReviewFollowsTheSector() {
    LegalGrounds grounds = LegalGrounds.bundled();
    for (LegalGround g : grounds.all()) {
      if (g.reference().citation().contains("arkivlagen") || g.reference().citation().contains("arkivlova")) {
        assertEquals(Set.of(OrganisationKind.PUBLIC_AUTHORITY), g.scope().organisations(), g.id());
      }
    }
    Actor socialServices = Actor.of(Jurisdiction.SWEDEN, OrganisationKind.PUBLIC_AUTHORITY, Set.of(Sector.SOCIAL_SERVICES));
    List<String> review = grounds.secrecyReview(RequestType.ACCESS, socialServices).stream().map(LegalGround::id).toList();
    assertEquals(List.of("se-review-dataskyddslagen", "se-review-osl-12", "se-review-osl-26"), review);
    Actor privateProvider = Actor.of(Jurisdiction.SWEDEN, OrganisationKind.PRIVATE, Set.of(Sector.SOCIAL_SERVICES));
    assertEquals(List.of("se-review-dataskyddslagen"), grounds.secrecyReview(RequestType.ACCESS, privateProvider).stream().map(LegalGround::id).toList(),
        "OSL binds authorities, not a private provider");
    Actor norwegianHealth = Actor.of(Jurisdiction.NORWAY, OrganisationKind.PUBLIC_AUTHORITY, Set.of(Sector.HEALTHCARE));
    assertEquals(List.of("no-review-popplyl-16", "no-review-pbrl-5-1"), grounds.secrecyReview(RequestType.ACCESS, norwegianHealth).stream().map(LegalGround::id).toList());
    assertTrue(grounds.secrecyReview(RequestType.ERASURE, socialServices).isEmpty());
  }

  @Test
  void everyAgeRuleIsScopedToItsJurisdiction() {
    ConsentRules.bundled().ageRules().forEach(r -> assertEquals(Set.of(r.jurisdiction()), r.scope().jurisdictions(), r.kind()));
    assertFalse(ConsentRules.bundled().ageRules().stream().filter(r -> r.kind().equals("health")).toList().isEmpty());
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
        if ((e.getKey().equals("grounds") || e.getKey().equals("rules")) && e.getValue() instanceof SourceArray rules) {
          for (int k = 0; k < rules.size(); k++) {
            counts[1]++;
            if (rules.elements().get(k) instanceof SourceObject rule && !rule.has("scope")) {
              missing.add(file + " " + pointer + "/" + e.getKey() + "/" + k + ": rule without 'scope'");
            }
          }
        }
        walk(e.getValue(), file, pointer + "/" + e.getKey(), missing, counts);
      }
    } else if (node instanceof SourceArray a) {
      for (int k = 0; k < a.size(); k++) {
        walk(a.elements().get(k), file, pointer + "/" + k, missing, counts);
      }
    }
  }
}
