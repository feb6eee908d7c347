package io.github.trygg.crypto.pseudonym;

import java.nio.file.Path;

/**
 * Changes a key file and halts the JVM at one step of the write, as a crash would: arguments are
 * the file, the step ({@code temp-written}, {@code renamed}, {@code directory-forced}), and
 * {@code rotate ID} or {@code destroy ID VERSION}. Run by {@link KeyFileHardeningTest}.
 */
public final class KeyFileCrash {
  static final int HALTED = 77;

  private KeyFileCrash() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    String at = args[1];
    KeyFiles.step = s -> {
      if (s.equals(at)) {
        Runtime.getRuntime().halt(HALTED);
      }
    };
    switch (args[2]) {
      case "rotate" -> KeyFileProvider.rotate(file, args[3]);
      case "destroy" -> KeyFileProvider.changeStatus(file, new KeyRef(args[3], Integer.parseInt(args[4])), KeyStatus.DESTROYED);
      default -> throw new IllegalArgumentException(args[2]);
    }
    System.exit(0);
  }
}
