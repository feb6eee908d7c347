package io.github.trygg.core.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.Register;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskAnalyzerTest {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  static Register register(int availability, String justification) {
    return Register.builder()
        .organisation(Organisation.builder().name("Exempelkommun").jurisdiction(Jurisdiction.SWEDEN).build())
        .addAssets(InformationAsset.builder().id("alarms").name("Larmhändelser").personalData(true)
            .classification(AssetClassification.builder().profileId("klassa-se").profileVersion("1")
                .putRatings(SecurityAspect.AVAILABILITY, AspectRating.builder().aspect(SecurityAspect.AVAILABILITY)
                    .level(ConsequenceLevel.ofOrdinal(availability)).justification(justification).build())
                .putRatings(SecurityAspect.CONFIDENTIALITY, AspectRating.builder().aspect(SecurityAspect.CONFIDENTIALITY)
                    .level(ConsequenceLevel.MODERATE).justification("x").build())
                .build())
            .build())
        .addAssets(InformationAsset.builder().id("stats").name("Statistik").build())
        .addSystems(InformationSystem.builder().id("platform").name("Larmplattform").build())
        .build();
  }

  static Risk.Builder outage() {
    return Risk.builder().id("r-1").title("Larmplattformen går ner").scenario("Driftstörning hos leverantören gör att larm inte når larmcentralen.")
        .threat("Strömavbrott eller felaktig uppdatering").category(RiskCategory.CONTINUITY).owner("Förvaltningschef")
        .addAffectedAssets(AffectedAsset.of("alarms", SecurityAspect.AVAILABILITY)).addAffectedSystems("platform")
        .inherent(RiskAssessment.of(3, 2, "Inga reservvägar", "Informationssäkerhetssamordnare", LocalDate.of(2026, 3, 1)))
        .current(RiskAssessment.of(2, 2, "Redundant drift", "Informationssäkerhetssamordnare", LocalDate.of(2026, 3, 1)))
        .residual(RiskAssessment.of(1, 2, "Reservlarm via mobilnät", "Informationssäkerhetssamordnare", LocalDate.of(2026, 4, 1)));
  }

  @Test
  void theClassificationSetsAConsequenceFloorAndSaysWhich() {
    RiskAnalyzer analyzer = RiskAnalyzer.of(RiskMatrices.iso27005(), register(4, "Liv"));
    RiskEvaluation e = analyzer.evaluate(outage().build(), TODAY);
    assertEquals(5, e.consequenceFloor(), "availability 4 → consequence at least 5");
    assertTrue(e.floorReasons().get(0).sv().contains("\u201dLarmhändelser\u201d är klassad Tillgänglighet 4"), e.floorReasons().toString());
    StageEvaluation inherent = e.stage(RiskStage.INHERENT).orElseThrow();
    assertEquals(5, inherent.cell().consequence());
    assertEquals(2, inherent.raisedFrom().orElseThrow());
    assertEquals("high", inherent.level().id(), "3×5 in the published grid");
    assertEquals("low", e.stage(RiskStage.RESIDUAL).orElseThrow().level().id(), "1×5");
  }

  @Test
  void withoutAClassifiedAspectTheAssessedConsequenceStands() {
    Risk risk = outage().affectedAssets(List.of(AffectedAsset.of("stats", SecurityAspect.CONFIDENTIALITY))).build();
    RiskEvaluation e = RiskAnalyzer.of(RiskMatrices.iso27005(), register(4, "Liv")).evaluate(risk, TODAY);
    assertEquals(1, e.consequenceFloor());
    assertTrue(e.floorReasons().isEmpty());
    assertTrue(e.stage(RiskStage.INHERENT).orElseThrow().raisedFrom().isEmpty());
    assertEquals(2, e.stage(RiskStage.INHERENT).orElseThrow().cell().consequence());
  }

  @Test
  void theThreeStagesAreKeptApartWithWhoAndWhen() {
    RiskEvaluation e = RiskAnalyzer.of(RiskMatrices.iso27005(), register(1, "x")).evaluate(outage().build(), TODAY);
    assertEquals("low", e.stage(RiskStage.INHERENT).orElseThrow().level().id(), "3×2");
    assertEquals(6, e.stage(RiskStage.INHERENT).orElseThrow().cell().score());
    assertEquals("low", e.stage(RiskStage.CURRENT).orElseThrow().level().id(), "2×2");
    assertEquals("very-low", e.stage(RiskStage.RESIDUAL).orElseThrow().level().id(), "1×2");
    assertEquals(LocalDate.of(2026, 4, 1), e.latest().orElseThrow().assessment().assessedOn());
    List<String> en = e.explain(Language.ENGLISH);
    assertTrue(en.contains("Residual risk: Very low (acceptable); assessed by Informationssäkerhetssamordnare on 2026-04-01"), en.toString());
    assertTrue(en.stream().anyMatch(l -> l.contains("likelihood 3 (Likely) × consequence 2 (Significant) gives Low (acceptable)")), en.toString());
  }

  @Test
  void anAcceptanceHoldsUntilALinkedClassificationChanges() {
    RiskAnalyzer before = RiskAnalyzer.of(RiskMatrices.iso27005(), register(2, "Kortare avbrott hanteras manuellt."));
    Risk accepted = before.accept(outage().build(), "Förvaltningschef", LocalDate.of(2026, 4, 2), "Reservlarm räcker", Optional.of(LocalDate.of(2027, 4, 2)));
    assertEquals("klassa-se@1:C1 I0 A2 T0", accepted.acceptance().orElseThrow().classificationFingerprints().get("alarms"));
    assertEquals(AcceptanceStatus.VALID, before.evaluate(accepted, TODAY).acceptanceStatus());

    RiskAnalyzer reworded = RiskAnalyzer.of(RiskMatrices.iso27005(), register(2, "Annan motivering, samma nivå."));
    assertEquals(AcceptanceStatus.VALID, reworded.evaluate(accepted, TODAY).acceptanceStatus(), "a new justification is not a change");

    RiskAnalyzer raised = RiskAnalyzer.of(RiskMatrices.iso27005(), register(4, "Ett larm som inte når fram kan kosta liv."));
    RiskEvaluation e = raised.evaluate(accepted, TODAY);
    assertEquals(AcceptanceStatus.CLASSIFICATION_CHANGED, e.acceptanceStatus());
    assertFalse(e.acceptanceStatus().holds());
    assertTrue(e.acceptanceReasons().get(0).en().contains("klassa-se@1:C1 I0 A2 T0 when accepted and is now klassa-se@1:C1 I0 A4 T0"),
        e.acceptanceReasons().toString());
  }

  @Test
  void aReassessedResidualOrAnExpiryEndsTheAcceptanceAndAnAddedAssetToo() {
    RiskAnalyzer analyzer = RiskAnalyzer.of(RiskMatrices.iso27005(), register(1, "x"));
    Risk accepted = analyzer.accept(outage().build(), "Förvaltningschef", LocalDate.of(2026, 4, 2), "ok", Optional.of(LocalDate.of(2026, 5, 1)));
    assertEquals(AcceptanceStatus.EXPIRED, analyzer.evaluate(accepted, TODAY).acceptanceStatus());
    assertEquals(AcceptanceStatus.VALID, analyzer.evaluate(accepted, LocalDate.of(2026, 5, 1)).acceptanceStatus(), "valid through its last day");
    Risk reassessed = Risk.builder().from(accepted).residual(RiskAssessment.of(2, 2, "Reservlarmet föll bort", "ISS", TODAY)).build();
    assertEquals(AcceptanceStatus.RESIDUAL_CHANGED, analyzer.evaluate(reassessed, LocalDate.of(2026, 4, 3)).acceptanceStatus());
    Risk widened = Risk.builder().from(accepted).addAffectedAssets(AffectedAsset.of("stats", SecurityAspect.INTEGRITY)).build();
    assertEquals(AcceptanceStatus.CLASSIFICATION_CHANGED, analyzer.evaluate(widened, LocalDate.of(2026, 4, 3)).acceptanceStatus());
    assertEquals(AcceptanceStatus.NOT_ACCEPTED, analyzer.evaluate(outage().build(), TODAY).acceptanceStatus());
    assertThrows(IllegalArgumentException.class, () -> analyzer.accept(Risk.builder().from(outage().build()).residual(Optional.empty()).build(),
        "x", TODAY, "x", Optional.empty()));
  }

  @Test
  void aDiscriminationRiskNeedsAFairnessAssessmentCoveringTheGrounds() {
    RiskAnalyzer analyzer = RiskAnalyzer.of(RiskMatrices.iso27005(), register(1, "x"));
    Risk bias = Risk.builder().id("r-2").title("Fallprediktion missar grupper").scenario("Modellen tränad på få kvinnor över 90 larmar sämre för dem.")
        .category(RiskCategory.UNINTENDED_DISCRIMINATION).automatedDecisions(true)
        .addAffectedAssets(AffectedAsset.of("alarms", SecurityAspect.INTEGRITY))
        .inherent(RiskAssessment.of(3, 3, "Obalanserad träningsdata", "Dataskyddsombud", TODAY)).build();
    RiskEvaluation without = analyzer.evaluate(bias, TODAY);
    assertTrue(without.findings().stream().anyMatch(f -> f.en().contains("no fairness assessment")), without.findings().toString());
    assertTrue(without.findings().stream().anyMatch(f -> f.en().contains("no residual assessment")));

    FairnessAssessment partial = FairnessAssessment.builder().groundsConsidered(EnumSet.of(DiscriminationGround.SEX, DiscriminationGround.AGE))
        .dataRepresentativeness("Träningsdata från tre kommuner").humanOversight("Sjuksköterska granskar varje larm").assessedBy("DSO").assessedOn(TODAY).build();
    RiskEvaluation withPartial = analyzer.evaluate(Risk.builder().from(bias).fairness(partial).build(), TODAY);
    LocalizedText grounds = withPartial.findings().get(0);
    assertTrue(grounds.en().contains("does not consider transgender identity or expression, ethnicity, religion or other belief, disability, sexual orientation"), grounds.en());
    assertTrue(grounds.en().contains("diskrimineringslagen (2008:567) 1 kap. 1 § (statute or EU regulation; not checked)"), grounds.en());

    FairnessAssessment full = FairnessAssessment.builder().from(partial).groundsConsidered(DiscriminationGround.of(Jurisdiction.SWEDEN)).build();
    RiskEvaluation withFull = analyzer.evaluate(Risk.builder().from(bias).fairness(full).build(), TODAY);
    assertTrue(withFull.findings().stream().noneMatch(f -> f.en().contains("fairness")), withFull.findings().toString());
    assertFalse(outage().build().needsFairnessAssessment());
  }

  @Test
  void overdueMeasuresAndAnUnacceptableResidualNeedAttention() {
    Risk risk = outage()
        .residual(RiskAssessment.of(4, 4, "Ingen reservväg ännu", "ISS", TODAY))
        .addMitigations(Mitigation.builder().id("m-1").description("Reservlarm via mobilnät").owner("IT-chef").due(LocalDate.of(2026, 5, 1)).build())
        .addMitigations(Mitigation.builder().id("m-2").description("Avtal om återställningstid").owner("Upphandlare").due(LocalDate.of(2026, 5, 1))
            .status(MitigationStatus.DONE).build())
        .build();
    RiskEvaluation e = RiskAnalyzer.of(RiskMatrices.iso27005(), register(1, "x")).evaluate(risk, TODAY);
    assertTrue(e.residualUnacceptable());
    List<String> sv = e.findings().stream().map(LocalizedText::sv).toList();
    assertEquals(2, sv.size(), sv.toString());
    assertTrue(sv.get(0).startsWith("åtgärd m-1 \u201dReservlarm via mobilnät\u201d (IT-chef) skulle vara klar 2026-05-01"), sv.get(0));
    assertTrue(sv.get(1).startsWith("restrisken är Hög och oacceptabel"), sv.get(1));
  }

  @Test
  void badInputIsRejectedWithEveryProblem() {
    Risk risk = outage().addAffectedAssets(AffectedAsset.of("ghost", SecurityAspect.CONFIDENTIALITY)).addAffectedSystems("nowhere")
        .inherent(RiskAssessment.of(6, 1, "x", "x", TODAY)).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RiskAnalyzer.of(RiskMatrices.iso27005(), register(1, "x")).evaluate(risk, TODAY));
    assertEquals(List.of("off-the-matrix", "unknown-asset", "unknown-system"), e.problems().stream().map(p -> p.code()).toList());
    assertEquals("/affectedAssets/1", e.problems().get(1).location().pointer());
  }

  @Test
  void theHeatMapCountsRisksPerCellInDrawingOrder() {
    RiskAnalyzer analyzer = RiskAnalyzer.of(RiskMatrices.iso27005(), register(1, "x"));
    List<RiskEvaluation> all = analyzer.evaluateAll(List.of(
        outage().build(),
        outage().id("r-2").build(),
        outage().id("r-3").residual(RiskAssessment.of(5, 5, "x", "x", TODAY)).build(),
        outage().id("r-4").residual(Optional.empty()).build()), TODAY);
    assertEquals("r-3", all.get(0).risk().id(), "highest level first");
    HeatMap residual = RiskMatrices.iso27005().heatMap(all, RiskStage.RESIDUAL);
    assertEquals(2, residual.count(1, 2));
    assertEquals(1, residual.count(5, 5));
    assertEquals(3, residual.total());
    assertEquals(2, residual.maxCount());
    assertEquals(List.of("r-4"), residual.notAssessed());
    assertEquals(List.of("r-1", "r-2"), residual.cell(1, 2).riskIds());
    List<List<HeatMapCell>> rows = residual.rows();
    assertEquals(5, rows.get(0).get(0).likelihood(), "most likely row first");
    assertEquals(5, rows.get(0).get(4).consequence(), "consequences left to right");
    assertEquals("#d32f2f", rows.get(0).get(4).level().colour());
    assertEquals(Map.of("very-low", 2, "low", 0, "medium", 0, "high", 0, "very-high", 1), residual.countByLevel());
    assertEquals(List.of("very-low", "low", "medium", "high", "very-high"), List.copyOf(residual.countByLevel().keySet()));
    assertEquals("0 0 0 0 1\n0 0 0 0 0\n0 0 0 0 0\n0 0 0 0 0\n0 2 0 0 0\n", residual.toString());
    HeatMap inherent = RiskMatrices.iso27005().heatMap(all, RiskStage.INHERENT);
    assertEquals(4, inherent.count(3, 2));
    assertThrows(IllegalArgumentException.class, () -> RiskMatrices.fourByFour().heatMap(all, RiskStage.INHERENT));
  }
}
