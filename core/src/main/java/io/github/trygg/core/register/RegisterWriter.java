package io.github.trygg.core.register;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.TreeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apiguardian.api.API;

/**
 * Writes a register as one JSON or YAML file in canonical form. Reading the result back gives an
 * equal register.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RegisterWriter {
  private RegisterWriter() {}

  /**
   * The register as text in canonical form.
   *
   * @param register the register
   * @param format JSON or YAML
   * @return the text
   */
  public static String write(Register register, DataFormat format) {
    return TreeWriter.write(RegisterCodec.write(register), Format.of(format));
  }

  /**
   * Writes the register in canonical form to {@code out}, which is not closed.
   *
   * @param register the register
   * @param format JSON or YAML
   * @param out where the text goes, as UTF-8
   */
  public static void write(Register register, DataFormat format, OutputStream out) {
    TreeWriter.write(RegisterCodec.write(register), Format.of(format), out);
  }

  /**
   * Writes to a file, in the format its extension names, through a temporary file that replaces the
   * target only when complete — never a half-written register.
   *
   * @param register the register
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   */
  public static void write(Register register, Path file) {
    Path target = file.toAbsolutePath();
    String name = target.getFileName() == null ? "register" : target.getFileName().toString();
    try {
      Path temp = Files.createTempFile(target.getParent(), "." + name, ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          write(register, DataFormat.ofFileName(name), out);
        }
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
          // A temporary file is private to its owner; the register file is an ordinary document.
          Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the register to " + name, e);
    }
  }
}
