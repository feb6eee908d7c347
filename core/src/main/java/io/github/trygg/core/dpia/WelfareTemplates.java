package io.github.trygg.core.dpia;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The shipped welfare-technology screening templates — safety alarm, GPS alarm, night camera
 * supervision, sensors and fall detection, medication dispenser — and reading a host's own. Criterion
 * ids in a template file are checked against the built-in DPIA lists.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WelfareTemplates {
  /** The id of the safety-alarm template (trygghetslarm). */
  public static final String SAFETY_ALARM = "safety-alarm";
  /** The id of the GPS-alarm template. */
  public static final String GPS_ALARM = "gps-alarm";
  /** The id of the night-camera supervision template. */
  public static final String NIGHT_CAMERA = "night-camera";
  /** The id of the sensors and fall-detection template. */
  public static final String SENSORS = "sensors-fall-detection";
  /** The id of the medication-dispenser template. */
  public static final String MEDICATION_DISPENSER = "medication-dispenser";

  private WelfareTemplates() {}

  /** {@return the templates shipped with Trygg} */
  public static List<WelfareTemplate> bundled() {
    return Shipped.TEMPLATES;
  }

  /**
   * The bundled template with this id.
   *
   * @param id the template's id, such as {@link #SAFETY_ALARM}
   * @return the template; empty if there is none
   */
  public static Optional<WelfareTemplate> get(String id) {
    return bundled().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * Reads templates from a file (JSON, or YAML by its extension); criteria ids are checked against the bundled lists.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the templates, in file order
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static List<WelfareTemplate> read(Path file) {
    return DataFiles.file(file, DpiaCodec.TEMPLATES_FORMAT, (o, p) -> DpiaCodec.readTemplates(o, p, DpiaLists.bundled()));
  }

  /**
   * Reads templates from a stream, which is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the templates, in file order
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static List<WelfareTemplate> read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), DpiaCodec.TEMPLATES_FORMAT, (o, p) -> DpiaCodec.readTemplates(o, p, DpiaLists.bundled()));
  }

  private static final class Shipped {
    static final List<WelfareTemplate> TEMPLATES = DataFiles.bundled(WelfareTemplates.class, "welfare-templates.yaml", DpiaCodec.TEMPLATES_FORMAT,
        (o, p) -> DpiaCodec.readTemplates(o, p, DpiaLists.bundled()));
  }
}
