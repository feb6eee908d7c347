package io.github.trygg.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Sector;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.requirements.ApplicableRequirement;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.requirements.RequirementContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Findings and requirements cite only what binds the organisation in the sectors the system serves:
 * HSLF-FS 2016:40 binds health-care providers, so a social-services system gets the general rule
 * and a note saying so.
 */
class ScopedSourcesTest {
  static Register gps(Sector sector) {
    return Register.builder()
        .organisation(Organisation.builder().name("Exempelkommun").jurisdiction(Jurisdiction.SWEDEN).build())
        .addAssets(Tiny.asset("positions", 3, 3, 3, 3).personalData(true).specialCategory(true).volume(io.github.trygg.core.register.DataVolume.FEW).build())
        .addSystems(Tiny.system("device").addAssetsProcessed("positions").build(), Tiny.system("service").addAssetsStored("positions").build())
        .addIntegrations(Tiny.flow("sms", "device", "service", "positions").transport(TransportProtection.NONE).crossesOpenNetwork(true).build())
        .addActivities(ProcessingActivity.builder().id("gps").name("GPS-larm").purpose("Hitta personen").legalBasis(LegalBasis.PUBLIC_TASK)
            .addSectors(sector).addSystems("device", "service").addAssets("positions").build())
        .build();
  }

  static Finding unencrypted(Register r) {
    return Propagation.bundled().run(r).findings().stream().filter(f -> f.kind() == FindingKind.UNENCRYPTED_OPEN_NETWORK).findFirst().orElseThrow();
  }

  @Test
  void aSocialServicesFlowIsNotHeldToTheHealthCareRegulation() {
    Finding social = unencrypted(gps(Sector.SOCIAL_SERVICES));
    assertTrue(social.sources().stream().noneMatch(r -> r.citation().startsWith("HSLF-FS")), social.sources().toString());
    assertTrue(social.sources().stream().anyMatch(r -> r.citation().startsWith("GDPR Art. 32")), "the general rule stays");
    String note = social.scopeNote().orElseThrow().in(Language.SWEDISH);
    assertTrue(note.startsWith("Inte bindande här: HSLF-FS 2016:40 3 kap. 15 § 1"), note);
    assertTrue(note.contains("Sverige · hälso- och sjukvård") && note.endsWith("Den allmänna regeln gäller."), note);

    Finding care = unencrypted(gps(Sector.HEALTHCARE));
    assertTrue(care.sources().stream().anyMatch(r -> r.citation().startsWith("HSLF-FS")), care.sources().toString());
    assertTrue(care.scopeNote().isEmpty());
  }

  @Test
  void aNorwegianOrganisationGetsNoSwedishRegulation() {
    Register r = Register.builder().from(gps(Sector.HEALTHCARE))
        .organisation(Organisation.builder().name("Eksempelkommune").jurisdiction(Jurisdiction.NORWAY).build()).build();
    Finding f = unencrypted(r);
    assertTrue(f.sources().stream().noneMatch(x -> x.scope().jurisdictions().contains(Jurisdiction.SWEDEN)), f.sources().toString());
  }

  @Test
  void requirementsCiteOnlyWhatBindsTheSystem() {
    RequirementContext social = RequirementContext.forSystem(gps(Sector.SOCIAL_SERVICES), "service");
    assertEquals(List.of(Sector.SOCIAL_SERVICES), List.copyOf(social.actor().sectors()));
    List<ApplicableRequirement> items = RequirementCatalogues.bundled().requirementsFor(social).items();
    assertFalse(items.isEmpty());
    for (ApplicableRequirement i : items) {
      for (LegalReference ref : i.references()) {
        assertFalse(ref.citation().startsWith("HSLF-FS") || ref.citation().startsWith("patientdatalagen"), i.requirement().id() + ": " + ref);
      }
    }
    assertTrue(items.stream().anyMatch(i -> i.notBinding().stream().anyMatch(r -> r.citation().startsWith("HSLF-FS"))),
        "some requirement had a health-care reference left out");
    RequirementContext care = RequirementContext.forSystem(gps(Sector.HEALTHCARE), "service");
    assertTrue(RequirementCatalogues.bundled().requirementsFor(care).items().stream()
        .anyMatch(i -> i.references().stream().anyMatch(r -> r.citation().startsWith("HSLF-FS"))));
  }
}
