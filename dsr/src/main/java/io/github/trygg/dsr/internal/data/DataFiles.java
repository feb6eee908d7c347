package io.github.trygg.dsr.internal.data;

import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.data.Citations;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import org.apiguardian.api.API;

/** Members every DSR data file writes the same way; problems are collected, never thrown here. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DataFiles {
  private DataFiles() {}

  /** {@code {citation, kind, status, url?, scope}}, read by core's shared citation reader. */
  public static LegalReference reference(SourceObject o, Problems problems) {
    return Citations.read(o, problems);
  }

  /** {@code {sv, nb, en}}, none blank: core's one text reader. */
  public static LocalizedText text(SourceObject o, Problems problems) {
    return Texts.text(o, problems);
  }

  /** Reports a {@code format} other than {@code expected}. */
  public static void checkFormat(SourceObject root, String expected, Problems problems) {
    String format = root.requireString("format", problems);
    if (!format.isEmpty() && !expected.equals(format)) {
      problems.add("wrong-format", root.keyLocation("format"), "the file declares another format", expected);
    }
  }
}
