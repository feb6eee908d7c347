package io.github.trygg.core.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.classification.Levels;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequirementAssessmentFilesTest {
  static final RequirementCatalogue CATALOGUE = RequirementCatalogues.bundled();

  static Map<String, List<RequirementAssessment>> read(String yaml) {
    return RequirementAssessmentFiles.read("measures.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML, CATALOGUE);
  }

  @Test
  void measuresReadBackEqualAndFillTheRequirementList() {
    Map<String, List<RequirementAssessment>> written = new LinkedHashMap<>();
    written.put("larmcentral", List.of(
        RequirementAssessment.builder().requirementId("au-03").status(ImplementationStatus.MET).measure("BankID eller SITHS, tillitsnivå 3")
            .assessedBy("Systemägare").assessedOn(LocalDate.of(2026, 2, 12)).build(),
        RequirementAssessment.of("br-03", ImplementationStatus.PARTLY_MET, "Återställning inom 10 minuter, dataförlust ej avtalad")));
    String yaml = RequirementAssessmentFiles.write(written, CATALOGUE, DataFormat.YAML);
    Map<String, List<RequirementAssessment>> read = read(yaml);
    assertEquals(written, read);
    RequirementList list = CATALOGUE.requirementsFor(RequirementContext.builder("system:larmcentral").levels(Levels.of(3, 3, 4, 3))
        .condition(RequirementCondition.PERSONAL_DATA, new io.github.trygg.core.LocalizedText("a", "b", "c")).build())
        .withAssessments(read.get("larmcentral"));
    assertEquals(ImplementationStatus.MET, list.item("au-03").orElseThrow().status());
    assertEquals(ImplementationStatus.PARTLY_MET, list.item("br-03").orElseThrow().status());
  }

  @Test
  void unknownRequirementsRepeatsAndAnotherCatalogueAreLocated() {
    String yaml = """
        format: trygg-requirement-assessments/1
        catalogue: baseline@0
        systems:
          - system: larmcentral
            assessments:
              - {requirement: au-03, status: met, measure: BankID}
              - {requirement: au-03, status: partly-met}
              - {requirement: zz-1, status: done}
        """;
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(yaml));
    assertEquals(List.of("other-catalogue /catalogue", "duplicate-id /systems/0/assessments/1/requirement",
        "unknown-requirement /systems/0/assessments/2/requirement", "unknown-value /systems/0/assessments/2/status"),
        e.problems().stream().map(p -> p.code() + " " + p.location().pointer()).toList());
  }
}
