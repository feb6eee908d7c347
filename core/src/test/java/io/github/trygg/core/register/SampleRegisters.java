package io.github.trygg.core.register;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample register "Exempelkommun" in examples/registers, read from the source tree. */
public final class SampleRegisters {
  private SampleRegisters() {}

  public static Path directory() {
    for (Path candidate : List.of(Path.of("../examples/registers/exempelkommun"), Path.of("examples/registers/exempelkommun"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("sample register not found from " + Path.of("").toAbsolutePath());
  }

  /** The vendor's product profile first, then the municipality's usage file. */
  public static List<Path> files() {
    Path dir = directory();
    return List.of(dir.resolve("product-larmkraft.yaml"), dir.resolve("register.yaml"));
  }

  public static Register exempelkommun() {
    return RegisterReader.read(files());
  }
}
