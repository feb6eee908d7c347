package io.github.trygg.crypto.pseudonym;

import java.nio.file.Path;

/** Rotates key id "export" of a key file N times; run by {@link KeyFileHardeningTest} in two JVMs at once. */
public final class KeyFileRotations {
  private KeyFileRotations() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    for (int i = 0; i < Integer.parseInt(args[1]); i++) {
      KeyFileProvider.rotate(file, "export");
    }
  }
}
