package io.github.trygg.core.internal.json;

import java.util.Locale;
import org.apiguardian.api.API;

/** The two text formats Trygg reads and writes. */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum Format {
  JSON,
  YAML;

  public static Format of(io.github.trygg.core.DataFormat format) {
    return format == io.github.trygg.core.DataFormat.YAML ? YAML : JSON;
  }

  /** By file extension: {@code .yaml} and {@code .yml} are YAML, everything else JSON. */
  public static Format ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
  }
}
