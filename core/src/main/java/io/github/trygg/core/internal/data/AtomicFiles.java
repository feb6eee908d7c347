package io.github.trygg.core.internal.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apiguardian.api.API;

/** Writes a file through a temporary file that replaces the target only when complete. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AtomicFiles {
  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  public static void write(Path file, String what, Content content) {
    Path target = file.toAbsolutePath();
    String name = target.getFileName() == null ? what : target.getFileName().toString();
    try {
      Path temp = Files.createTempFile(target.getParent(), "." + name, ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          content.writeTo(out);
        }
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
          // A temporary file is private to its owner; the data file is an ordinary document.
          Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
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
      throw new UncheckedIOException("cannot write the " + what + " to " + name, e);
    }
  }
}
