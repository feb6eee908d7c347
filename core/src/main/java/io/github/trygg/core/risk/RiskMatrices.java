package io.github.trygg.core.risk;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apiguardian.api.API;

/** The shipped risk-matrix profiles and reading a host's own; a malformed file is rejected whole, with locations. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RiskMatrices {
  private static final RiskMatrix ISO_5X5 = bundled("iso27005-5x5.yaml");
  private static final RiskMatrix FOUR_BY_FOUR = bundled("se-4x4.yaml");
  private static final RiskMatrix DSB = bundled("no-dsb-ros.yaml");
  private static final RiskMatrix NO_INFOSEC = bundled("no-infosec-5x5.yaml");

  private RiskMatrices() {}

  /**
   * {@return the default: a 5×5 grid in the style of ISO/IEC 27005 Annex A, five levels from very
   * low to very high}
   */
  public static RiskMatrix iso27005() {
    return ISO_5X5;
  }

  /** {@return a 4×4 matrix with the likelihood classes Swedish regions' shared services (Inera) use} */
  public static RiskMatrix fourByFour() {
    return FOUR_BY_FOUR;
  }

  /**
   * {@return the Norwegian DSB municipal ROS probability classes A–E (yearly frequency, down to
   * "once in 1000 years") on a 5×5 grid: for societal risk and municipal ROS, not for information
   * security}
   */
  public static RiskMatrix dsb() {
    return DSB;
  }

  /**
   * {@return a Norwegian information-security profile: frequency classes from "rarer than every ten
   * years" to "monthly", fitting operational incidents, on the basis of Digdir's Internkontroll i
   * praksis}
   */
  public static RiskMatrix norwegianInformationSecurity() {
    return NO_INFOSEC;
  }

  /** {@return every matrix shipped with Trygg} */
  public static List<RiskMatrix> bundled() {
    return List.of(ISO_5X5, FOUR_BY_FOUR, DSB, NO_INFOSEC);
  }

  /**
   * Reads a matrix file (JSON, or YAML by its extension).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the matrix
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static RiskMatrix read(Path file) {
    return DataFiles.file(file, MatrixCodec.FORMAT, MatrixCodec::read);
  }

  /**
   * Reads a matrix from a stream, which is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the matrix
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static RiskMatrix read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), MatrixCodec.FORMAT, MatrixCodec::read);
  }

  private static RiskMatrix bundled(String name) {
    return DataFiles.bundled(RiskMatrices.class, name, MatrixCodec.FORMAT, MatrixCodec::read);
  }
}
