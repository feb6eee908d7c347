package io.github.trygg.core.risk;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.TreeWriter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads and writes a risk register file ({@code trygg-risk-register/1}): the risks with their
 * assessments, mitigations and acceptances, so that an accepted risk keeps the classification
 * fingerprints it was accepted against between runs. A malformed file is rejected whole, with file,
 * line, column and JSON Pointer; what is written reads back equal.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RiskRegisterFiles {
  private RiskRegisterFiles() {}

  /**
   * Reads a risk register file (JSON, or YAML by its extension).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the risks, in file order
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static List<Risk> read(Path file) {
    return DataFiles.file(file, RiskRegisterCodec.FORMAT, RiskRegisterCodec::read);
  }

  /**
   * Reads a risk register from a stream, which is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the risks, in file order
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static List<Risk> read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), RiskRegisterCodec.FORMAT, RiskRegisterCodec::read);
  }

  /**
   * The risks as a risk register file.
   *
   * @param risks the risks
   * @param format JSON or YAML
   * @return the text; reading it back gives equal risks
   */
  public static String write(List<Risk> risks, DataFormat format) {
    return TreeWriter.write(RiskRegisterCodec.write(risks), Format.of(format));
  }
}
