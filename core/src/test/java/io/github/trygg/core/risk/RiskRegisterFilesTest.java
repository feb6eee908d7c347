package io.github.trygg.core.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.classification.SecurityAspect;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The risk register file: what is written reads back equal, and a malformed file says where. */
class RiskRegisterFilesTest {
  static final LocalDate DAY = LocalDate.of(2026, 4, 2);

  static List<Risk> risks() {
    RiskAnalyzer analyzer = RiskAnalyzer.of(RiskMatrices.iso27005(), RiskAnalyzerTest.register(2, "x"));
    Risk accepted = analyzer.accept(RiskAnalyzerTest.outage()
        .addMitigations(Mitigation.builder().id("m-1").description("Reservlarm via mobilnät").owner("IT-chef").due(DAY).status(MitigationStatus.IN_PROGRESS).build())
        .build(), "Förvaltningschef", DAY, "Reservlarm räcker", Optional.of(DAY.plusYears(1)));
    Risk bias = Risk.builder().id("r-2").title("Fallprediktion missar grupper").scenario("Modellen larmar sämre för kvinnor över 90.")
        .category(RiskCategory.UNINTENDED_DISCRIMINATION).automatedDecisions(true)
        .addAffectedAssets(new AffectedAsset("alarms", EnumSet.of(SecurityAspect.TRACEABILITY, SecurityAspect.INTEGRITY)))
        .fairness(FairnessAssessment.builder().groundsConsidered(EnumSet.of(DiscriminationGround.AGE, DiscriminationGround.SEX))
            .dataRepresentativeness("Tre kommuner").differentialTreatmentJustification("Ingen skillnad avsedd").humanOversight("Sjuksköterska granskar")
            .assessedBy("DSO").assessedOn(DAY).build())
        .inherent(RiskAssessment.of(3, 3, "Obalanserad träningsdata", "DSO", DAY)).build();
    return List.of(accepted, bias);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(DataFormat.class)
  void whatIsWrittenReadsBackEqual(DataFormat format) {
    String written = RiskRegisterFiles.write(risks(), format);
    List<Risk> read = RiskRegisterFiles.read("risks", new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), format);
    assertEquals(risks(), read);
    assertEquals(written, RiskRegisterFiles.write(read, format), "canonical");
  }

  @Test
  void anAcceptanceReadFromAFileStillKnowsWhatItWasAcceptedAgainst(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("risker.yaml");
    Files.writeString(file, RiskRegisterFiles.write(risks(), DataFormat.YAML));
    Risk accepted = RiskRegisterFiles.read(file).get(0);
    assertEquals(AcceptanceStatus.VALID,
        RiskAnalyzer.of(RiskMatrices.iso27005(), RiskAnalyzerTest.register(2, "x")).evaluate(accepted, DAY).acceptanceStatus());
    assertEquals(AcceptanceStatus.CLASSIFICATION_CHANGED,
        RiskAnalyzer.of(RiskMatrices.iso27005(), RiskAnalyzerTest.register(3, "x")).evaluate(accepted, DAY).acceptanceStatus());
  }

  @Test
  void aMalformedRegisterIsRejectedWithEveryProblemLocated() {
    String yaml = """
        format: trygg-risk-register/1
        risks:
          - id: r-1
            title: Avbrott
            scenario: Larm når inte fram
            category: outage
            affectedAssets: [{asset: alarms, aspects: [availabilty]}]
            inherent: {likelihood: 0, consequence: 3, rationale: x, assessedBy: x}
            mitigations: [{id: m-1, description: x, owner: x, due: soon}]
          - id: r-1
            title: Dubblett
            scenario: x
            category: privacy
            owner: DSO
            ownr: typo
        """;
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RiskRegisterFiles.read("risker.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    List<String> found = e.problems().stream().map(p -> p.code() + " " + p.location().pointer()).toList();
    assertEquals(List.of(
        "unknown-value /risks/0/category",
        "unknown-value /risks/0/affectedAssets/0/aspects/0",
        "empty /risks/0/affectedAssets/0/aspects",
        "out-of-range /risks/0/inherent/likelihood",
        "missing-property /risks/0/inherent",
        "bad-date /risks/0/mitigations/0/due",
        "unknown-property /risks/1/ownr",
        "duplicate-id /risks/1/id"), found);
    assertTrue(e.problems().stream().allMatch(p -> p.location().line() > 0));
  }
}
