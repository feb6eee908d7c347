package io.github.trygg.core.internal.json;

import org.apiguardian.api.API;

/** The two text formats Trygg reads and writes. */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum Format {
  JSON,
  YAML;

  public static Format of(io.github.trygg.core.DataFormat format) {
    return format == io.github.trygg.core.DataFormat.YAML ? YAML : JSON;
  }

  /** By file extension, as {@link io.github.trygg.core.DataFormat#ofFileName(String)}. */
  public static Format ofFileName(String name) {
    return of(io.github.trygg.core.DataFormat.ofFileName(name));
  }
}
