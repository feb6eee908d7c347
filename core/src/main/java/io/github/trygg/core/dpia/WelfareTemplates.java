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
  public static final String SAFETY_ALARM = "safety-alarm";
  public static final String GPS_ALARM = "gps-alarm";
  public static final String NIGHT_CAMERA = "night-camera";
  public static final String SENSORS = "sensors-fall-detection";
  public static final String MEDICATION_DISPENSER = "medication-dispenser";

  private WelfareTemplates() {}

  public static List<WelfareTemplate> bundled() {
    return Shipped.TEMPLATES;
  }

  public static Optional<WelfareTemplate> get(String id) {
    return bundled().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public static List<WelfareTemplate> read(Path file) {
    return DataFiles.file(file, DpiaCodec.TEMPLATES_FORMAT, (o, p) -> DpiaCodec.readTemplates(o, p, DpiaLists.bundled()));
  }

  public static List<WelfareTemplate> read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), DpiaCodec.TEMPLATES_FORMAT, (o, p) -> DpiaCodec.readTemplates(o, p, DpiaLists.bundled()));
  }

  private static final class Shipped {
    static final List<WelfareTemplate> TEMPLATES = DataFiles.bundled(WelfareTemplates.class, "welfare-templates.yaml", DpiaCodec.TEMPLATES_FORMAT,
        (o, p) -> DpiaCodec.readTemplates(o, p, DpiaLists.bundled()));
  }
}
