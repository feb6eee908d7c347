package io.github.trygg.dsr.internal.journal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apiguardian.api.API;
import org.slf4j.Logger;

/**
 * Files and directories the stores create are for the process's user alone: {@code 0600} and
 * {@code 0700} from the moment they exist (never created open and narrowed later), whatever the
 * umask. Where the file system has no POSIX permissions they are created as it creates them.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class OwnerOnly {
  private static final FileAttribute<Set<PosixFilePermission>> FILE = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  private static final FileAttribute<Set<PosixFilePermission>> DIRECTORY = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

  private OwnerOnly() {}

  /** Creates {@code file} readable and writable by its owner only; false when it already exists. */
  public static boolean createFile(Path file) throws IOException {
    try {
      try {
        Files.createFile(file, FILE);
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      return true;
    } catch (FileAlreadyExistsException exists) {
      return false;
    }
  }

  /** Creates the missing directories of {@code dir}, each for its owner only; existing ones are left as they are. */
  public static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    try {
      Files.createDirectories(dir, DIRECTORY);
    } catch (UnsupportedOperationException notPosix) {
      Files.createDirectories(dir);
    }
  }

  /** Warns when a file Trygg did not create here can be read or written by others. */
  static void warnIfShared(Path file, Logger log) {
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
          || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE)) {
        log.warn("{} can be read or written by other users ({}); it holds personal data: chmod 600 it", file.getFileName(), PosixFilePermissions.toString(p));
      }
    } catch (IOException | UnsupportedOperationException e) {
      // nothing to say where there are no POSIX permissions
    }
  }
}
