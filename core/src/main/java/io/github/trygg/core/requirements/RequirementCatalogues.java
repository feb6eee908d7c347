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

  /** Baseline requirements by aspect and level, with ISO/IEC 27002:2022, HSLF-FS 2016:40 and GDPR references. */
  public static RequirementCatalogue bundled() {
    return BASELINE;
  }

  public static RequirementCatalogue read(Path file) {
    return DataFiles.file(file, RequirementCodec.FORMAT, RequirementCodec::read);
  }

  public static RequirementCatalogue read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), RequirementCodec.FORMAT, RequirementCodec::read);
  }
}
