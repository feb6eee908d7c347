package io.github.trygg.core;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The text formats Trygg reads and writes its data files in.
 *
 * <p>Held stable: every {@code read(String, InputStream, DataFormat)} takes it.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DataFormat {
  /** JSON ({@code .json}). */
  JSON,
  /** YAML 1.2 ({@code .yaml} or {@code .yml}). */
  YAML;

  /**
   * By file extension: {@code .json} is JSON, {@code .yaml} and {@code .yml} are YAML.
   *
   * @param name a file name
   * @return JSON for {@code .json}, YAML for {@code .yaml} and {@code .yml}
   * @throws InvalidInputException for any other extension, naming the file
   */
  public static DataFormat ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    throw new InvalidInputException(new Problem("unknown-extension", Location.of(name, ""),
        "cannot tell the format from the file name", "a name ending in .json, .yaml or .yml"));
  }
}
