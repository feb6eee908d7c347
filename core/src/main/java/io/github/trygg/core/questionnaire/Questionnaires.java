package io.github.trygg.core.questionnaire;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The shipped questionnaires and reading a host's own. A malformed file is rejected whole, with the
 * file, line, column and JSON Pointer of every problem.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Questionnaires {
  private static final Questionnaire CLASSIFICATION = bundled("classification.yaml");
  private static final Questionnaire SUPPLIER_DIALOGUE = bundled("supplier-dialogue.yaml");
  private static final Questionnaire SELF_ASSESSMENT = bundled("self-assessment.yaml");

  private Questionnaires() {}

  /**
   * Classifying an information asset: personal data, special categories, secrecy, life and health,
   * tolerable downtime, data loss and traceability.
   *
   * @return the bundled classification questionnaire
   */
  public static Questionnaire classification() {
    return CLASSIFICATION;
  }

  /** {@return the security and privacy questions to a welfare-technology vendor before procurement} */
  public static Questionnaire supplierDialogue() {
    return SUPPLIER_DIALOGUE;
  }

  /** {@return the self-assessment of information-security work in welfare technology, by area} */
  public static Questionnaire selfAssessment() {
    return SELF_ASSESSMENT;
  }

  /** {@return the questionnaires shipped with Trygg: classification, supplier dialogue and self-assessment} */
  public static List<Questionnaire> bundled() {
    return List.of(CLASSIFICATION, SUPPLIER_DIALOGUE, SELF_ASSESSMENT);
  }

  /**
   * Reads a questionnaire file (JSON, or YAML by its extension).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the questionnaire
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static Questionnaire read(Path file) {
    return DataFiles.file(file, QuestionnaireCodec.FORMAT, QuestionnaireCodec::read);
  }

  /**
   * Reads a questionnaire from a stream, which is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the questionnaire
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static Questionnaire read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), QuestionnaireCodec.FORMAT, QuestionnaireCodec::read);
  }

  private static Questionnaire bundled(String name) {
    return DataFiles.bundled(Questionnaires.class, name, QuestionnaireCodec.FORMAT, QuestionnaireCodec::read);
  }
}
