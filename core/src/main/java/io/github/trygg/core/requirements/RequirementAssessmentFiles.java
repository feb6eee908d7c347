package io.github.trygg.core.requirements;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.TreeWriter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The organisation's chosen measures and self-assessments per system as a file
 * ({@code trygg-requirement-assessments/1}), checked against the catalogue they were made for: an
 * unknown requirement id or another catalogue version is reported with its location. Pass a
 * system's list to {@link RequirementList#withAssessments}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RequirementAssessmentFiles {
  private RequirementAssessmentFiles() {}

  /**
   * Reads an assessments file (JSON, or YAML by its extension), checking each requirement id
   * against the catalogue.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @param catalogue the catalogue the assessments refer to
   * @return system id → its assessments, in file order
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static Map<String, List<RequirementAssessment>> read(Path file, RequirementCatalogue catalogue) {
    return DataFiles.file(file, AssessmentCodec.FORMAT, (o, p) -> AssessmentCodec.read(o, p, catalogue));
  }

  /**
   * Reads assessments from a stream, which is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @param catalogue the catalogue the assessments refer to
   * @return system id → its assessments, in file order
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static Map<String, List<RequirementAssessment>> read(String source, InputStream in, DataFormat format, RequirementCatalogue catalogue) {
    return DataFiles.read(source, in, Format.of(format), AssessmentCodec.FORMAT, (o, p) -> AssessmentCodec.read(o, p, catalogue));
  }

  /**
   * The assessments as a file.
   *
   * @param assessments system id → its assessments
   * @param catalogue the catalogue they refer to
   * @param format JSON or YAML
   * @return the text; reading it back gives equal assessments
   */
  public static String write(Map<String, List<RequirementAssessment>> assessments, RequirementCatalogue catalogue, DataFormat format) {
    return TreeWriter.write(AssessmentCodec.write(assessments, catalogue), Format.of(format));
  }
}
