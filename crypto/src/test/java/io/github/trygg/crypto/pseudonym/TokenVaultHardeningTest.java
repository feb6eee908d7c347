package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file vault's lock, permissions and what it does with a file that is not a vault. */
class TokenVaultHardeningTest {
  @TempDir Path dir;

  static VaultEntry entry(String token) {
    return new VaultEntry("alarms", token, Instant.parse("2026-11-24T10:00:00Z"), new byte[32], null, new byte[40]);
  }

  /**
   * A second opener that had opened the lock file before the first closed the vault must still
   * exclude a third: had the first deleted the lock file, the second would lock the deleted file
   * and the third a new one, and both would write the vault.
   */
  @Test
  void theLockFileOutlivesTheVaultSoTwoHoldersCannotCoexist() throws Exception {
    Path file = dir.resolve("vault.tsv");
    Path lockFile = dir.resolve("vault.tsv.lock");
    FileTokenVault first = FileTokenVault.open(file);
    try (FileChannel second = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      first.close();
      assertTrue(Files.exists(lockFile), "the lock file is kept after close");
      FileLock held = second.tryLock();
      assertNotNull(held);
      assertThrows(IllegalStateException.class, () -> FileTokenVault.open(file), "a third opener got the vault while the second held its lock");
      held.release();
    }
    try (FileTokenVault again = FileTokenVault.open(file)) {
      again.putIfAbsent(entry("t-1"));
    }
  }

  @Test
  void theVaultAndItsLockAreOwnerOnly() throws Exception {
    Path file = dir.resolve("private").resolve("vault.tsv");
    try (FileTokenVault vault = FileTokenVault.open(file)) {
      vault.putIfAbsent(entry("t-1"));
      vault.putIfAbsent(entry("t-2"));
      vault.delete("alarms", "t-1"); // a rewrite
    }
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.resolveSibling("vault.tsv.lock"))));
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }
    assertFalse(Files.exists(file.resolveSibling("vault.tsv.tmp")));
  }

  @Test
  void aFileThatIsNotUtf8IsATypedProblem() throws Exception {
    Path file = dir.resolve("vault.tsv");
    Files.write(file, ("# trygg-token-vault 1\nalarms\t" + "x").getBytes(StandardCharsets.UTF_8));
    Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}, StandardOpenOption.APPEND);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> FileTokenVault.open(file));
    assertEquals("vault-encoding", e.problems().get(0).code());
    // The lock was given back: the vault opens once the file is fixed.
    Files.writeString(file, "# trygg-token-vault 1\n");
    FileTokenVault.open(file).close();
  }

  @Test
  void anOverlongLineIsRefusedWithItsLineNumberOnly() throws Exception {
    Path file = dir.resolve("vault.tsv");
    String secret = "19121212-1212";
    Files.writeString(file, "# trygg-token-vault 1\n" + secret + "\t" + "A".repeat(FileTokenVault.MAX_LINE) + "\n");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> FileTokenVault.open(file));
    assertEquals(2, e.problems().get(0).location().line());
    assertFalse(e.getMessage().contains(secret), e.getMessage());
  }
}
