package io.github.trygg.core.requirements;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import java.io.InputStream;
import java.nio.file.Path;
import org.apiguardian.api.API;

/** The shipped requirement catalogue and reading a host's own; a malformed file is rejected whole, with locations. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RequirementCatalogues {
  private static final RequirementCatalogue BASELINE =
      DataFiles.bundled(RequirementCatalogues.class, "baseline.yaml", RequirementCodec.FORMAT, RequirementCodec::read);

  private RequirementCatalogues() {}

  /**
   * {@return baseline requirements by aspect and level, with ISO/IEC 27002:2022, HSLF-FS 2016:40
   * and GDPR references}
   */
  public static RequirementCatalogue bundled() {
    return BASELINE;
  }

  /**
   * Reads a catalogue file (JSON, or YAML by its extension).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the catalogue
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static RequirementCatalogue read(Path file) {
    return DataFiles.file(file, RequirementCodec.FORMAT, RequirementCodec::read);
  }

  /**
   * Reads a catalogue from a stream, which is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the catalogue
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static RequirementCatalogue read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), RequirementCodec.FORMAT, RequirementCodec::read);
  }
}
