package io.github.trygg.dsr;

import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample register "Exempelkommun" from examples/registers, read from the source tree. */
public final class SampleRegister {
  private static Register register;

  private SampleRegister() {}

  public static synchronized Register exempelkommun() {
    if (register == null) {
      Path dir = List.of(Path.of("../examples/registers/exempelkommun"), Path.of("examples/registers/exempelkommun")).stream()
          .filter(Files::isDirectory).findFirst()
          .orElseThrow(() -> new IllegalStateException("sample register not found from " + Path.of("").toAbsolutePath()));
      register = RegisterReader.read(dir.resolve("product-larmkraft.yaml"), dir.resolve("register.yaml"));
    }
    return register;
  }
}
