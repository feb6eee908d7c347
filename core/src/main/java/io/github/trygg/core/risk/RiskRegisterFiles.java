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

  public static List<Risk> read(Path file) {
    return DataFiles.file(file, RiskRegisterCodec.FORMAT, RiskRegisterCodec::read);
  }

  public static List<Risk> read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), RiskRegisterCodec.FORMAT, RiskRegisterCodec::read);
  }

  public static String write(List<Risk> risks, DataFormat format) {
    return TreeWriter.write(RiskRegisterCodec.write(risks), Format.of(format));
  }
}
