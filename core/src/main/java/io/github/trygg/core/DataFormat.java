package io.github.trygg.core;

import java.util.Locale;
import org.apiguardian.api.API;

/** The text formats Trygg reads and writes its data files in. */
@API(status = API.Status.STABLE, since = "0.1")
public enum DataFormat {
  JSON,
  YAML;

  /** By file extension: {@code .yaml} and {@code .yml} are YAML, everything else JSON. */
  public static DataFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
  }
}
