package io.github.trygg.core.internal.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.dpia.DpiaLists;
import io.github.trygg.core.dpia.WelfareTemplates;
import io.github.trygg.core.questionnaire.Questionnaires;
import io.github.trygg.core.requirements.RequirementAssessmentFiles;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskRegisterFiles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Whatever bytes a profile, questionnaire, catalogue, matrix, DPIA list, template, risk-register
 * or requirement-assessment file holds,
 * each reader either returns a value or throws an {@link InvalidInputException} whose problems all
 * have a code, a source and a message and show nothing shaped like an identity number — never
 * another exception. Every build replays the inputs
 * under {@code AssessmentDataFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class AssessmentDataFuzzTest {
  private static final List<BiConsumer<InputStream, DataFormat>> READERS = List.of(
      (in, f) -> ClassificationProfiles.read("fuzz", in, f),
      (in, f) -> Questionnaires.read("fuzz", in, f),
      (in, f) -> RequirementCatalogues.read("fuzz", in, f),
      (in, f) -> RiskMatrices.read("fuzz", in, f),
      (in, f) -> DpiaLists.read("fuzz", in, f),
      (in, f) -> WelfareTemplates.read("fuzz", in, f),
      (in, f) -> RiskRegisterFiles.read("fuzz", in, f),
      (in, f) -> RequirementAssessmentFiles.read("fuzz", in, f, RequirementCatalogues.bundled()));

  @FuzzTest(maxDuration = "2m")
  void anyDocumentReadsOrFailsWithLocatedProblems(FuzzedDataProvider data) {
    DataFormat format = data.consumeBoolean() ? DataFormat.YAML : DataFormat.JSON;
    byte[] bytes = data.consumeRemainingAsBytes();
    for (BiConsumer<InputStream, DataFormat> reader : READERS) {
      try {
        reader.accept(new ByteArrayInputStream(bytes), format);
      } catch (InvalidInputException e) {
        FuzzChecks.located(e);
      }
    }
  }
}
