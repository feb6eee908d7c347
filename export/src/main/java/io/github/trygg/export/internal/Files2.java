package io.github.trygg.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apiguardian.api.API;

/** Writes a file through a temporary file beside it, so a failed export leaves no half-written file. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Files2 {
  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private Files2() {}

  public static void write(Path file, Content content) {
    Path target = file.toAbsolutePath();
    try {
      Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      try {
        try (OutputStream out = Files.newOutputStream(temp)) {
          content.writeTo(out);
        }
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
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
      throw new UncheckedIOException("cannot write " + target.getFileName(), e);
    }
  }
}
