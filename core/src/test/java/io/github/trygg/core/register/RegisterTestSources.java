package io.github.trygg.core.register;

import io.github.trygg.core.DataFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

final class RegisterTestSources {
  private RegisterTestSources() {}

  static RegisterReader.Source yaml(String name, String text) {
    return new RegisterReader.Source(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML);
  }

  static RegisterReader.Source json(String name, String text) {
    return new RegisterReader.Source(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DataFormat.JSON);
  }
}
