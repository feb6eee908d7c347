package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A {@link TokenVault} in one file: a header line, then one line per entry, appended as tokens are
 * issued. Deleting rewrites the file without the entry and moves it into place, so an erased value's
 * sealed copy is gone from the live file at once (backups are the host's to handle; destroying the
 * key version erases those too). Entries are indexed in memory, about 200 bytes each; beyond a few
 * million tokens implement the SPI over a database instead.
 *
 * <p>One process at a time: an exclusive lock on a {@code .lock} file next to the vault is held while
 * it is open. The lock file is created once and kept: deleting it on close would let a process
 * still holding the old file and one that created a new file both believe they hold the lock. A
 * line torn by a crash while being appended is dropped on the next open. The vault, its lock file
 * and the files it is rewritten through are owner-only ({@code rw-------} where the file system has
 * POSIX permissions); a rewrite goes to a new file, forced to disk, renamed over the vault, and the
 * directory forced, so a deletion that returned survives a crash.
 *
 * <p>Limits: a line of the vault is at most 64 KiB; the file must be UTF-8. Problems give the line,
 * never its content.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FileTokenVault implements TokenVault, Closeable {
  static final String HEADER = "# trygg-token-vault 1";
  /** The longest line read: an entry is about 200 characters. */
  static final int MAX_LINE = 1 << 16;
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  /** When appended entries reach the disk. */
  public enum Durability {
    /** Each new token is forced to disk before it is returned. */
    EVERY_WRITE,
    /** On {@link #flush()} and {@link #close()} only; for bulk runs, which flush before they finish. */
    ON_FLUSH
  }

  private final Path file;
  private final Durability durability;
  private final InMemoryTokenVault index = InMemoryTokenVault.create();
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Path lockFile;
  @SuppressWarnings("NullAway.Init") // opened by load(), which open() calls before returning the vault
  private FileChannel channel;
  @SuppressWarnings("NullAway.Init") // as channel
  private Writer writer;
  private boolean closed;

  private FileTokenVault(Path file, Durability durability) throws IOException {
    this.file = file;
    this.durability = durability;
    this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
    KeyFiles.createDirectories(KeyFiles.directoryOf(file));
    this.lockChannel = FileChannel.open(lockFile, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), KeyFiles.ownerOnly(lockFile));
    FileLock acquired;
    try {
      acquired = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      acquired = null;
    }
    if (acquired == null) {
      lockChannel.close();
      throw new IllegalStateException("the token vault is open in another process: " + file);
    }
    this.lock = acquired;
  }

  /**
   * Opens the vault, creating it if it does not exist; appends are forced to disk one by one.
   *
   * @param file the vault file; its directory must exist
   * @return the open vault; close it to release the lock
   */
  public static FileTokenVault open(Path file) {
    return open(file, Durability.EVERY_WRITE);
  }

  /**
   * Opens the vault in {@code file}, creating it if absent, and locks it for this process.
   *
   * @param file the vault file; its directory must exist
   * @param durability whether each change is forced to disk before it returns
   * @return the open vault; close it to release the lock
   * @throws InvalidInputException if a line is malformed, with its line number
   * @throws IllegalStateException if another process has the vault open
   */
  public static FileTokenVault open(Path file, Durability durability) {
    FileTokenVault vault;
    try {
      vault = new FileTokenVault(file, durability);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock token vault " + file, e);
    }
    try {
      boolean torn = vault.load();
      if (torn || !Files.exists(file)) {
        vault.rewrite();
      }
      vault.openForAppend();
      return vault;
    } catch (IOException e) {
      vault.release();
      throw new UncheckedIOException("cannot open token vault " + file, e);
    } catch (RuntimeException e) {
      vault.release();
      throw e;
    }
  }

  /** Reads every entry; true when the last line was torn and must go. */
  private boolean load() throws IOException {
    if (!Files.exists(file)) {
      return false;
    }
    String name = String.valueOf(file.getFileName());
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(new Problem("vault-encoding", new Location(name, 0, 0, ""), "the vault is not UTF-8 text", "a Trygg token vault"));
    }
    boolean torn = !text.isEmpty() && !text.endsWith("\n");
    List<String> lines = text.lines().toList();
    int count = torn ? lines.size() - 1 : lines.size();
    if (count < 1 || !lines.get(0).equals(HEADER)) {
      throw new InvalidInputException(new Problem("vault-header", new Location(name, 1, 1, ""), "not a Trygg token vault", HEADER));
    }
    for (int i = 1; i < count; i++) {
      if (!lines.get(i).isEmpty()) {
        index.putIfAbsent(parse(lines.get(i), new Location(name, i + 1, 1, "")));
      }
    }
    return torn;
  }

  private static VaultEntry parse(String line, Location where) {
    if (line.length() > MAX_LINE) {
      throw new InvalidInputException(new Problem("vault-line", where, "a vault line is longer than " + MAX_LINE + " characters", "lines of about 200 characters"));
    }
    if (line.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      throw new InvalidInputException(new Problem("vault-line", where, "a vault line holds a control character", "printable text and tabs"));
    }
    String[] f = line.split("\t", -1);
    if (f.length != 6) {
      throw new InvalidInputException(new Problem("vault-line", where, "a vault line has " + f.length + " fields", "6 tab-separated fields"));
    }
    try {
      return new VaultEntry(f[0], f[1], Instant.parse(f[2]), B64D.decode(f[3]), f[4].equals("-") ? null : B64D.decode(f[4]), B64D.decode(f[5]));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new InvalidInputException(new Problem("vault-line", where, "a vault line is malformed", "domain, token, ISO instant, then three base64url fields"));
    }
  }

  private static String format(VaultEntry e) {
    byte[] lookup = e.lookup();
    return e.domain() + '\t' + e.token() + '\t' + e.created() + '\t' + B64.encodeToString(e.subject()) + '\t'
        + (lookup == null ? "-" : B64.encodeToString(lookup)) + '\t' + B64.encodeToString(e.sealed()) + '\n';
  }

  private void openForAppend() throws IOException {
    channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Writes every entry to a new owner-only file, forces it, moves it over the old one and forces
   * the directory. A file left by a rewrite that crashed is replaced, never reused.
   */
  private void rewrite() throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    // Only the holder of the lock rewrites, so a temporary file that exists is a crashed rewrite's.
    Files.deleteIfExists(temp);
    try (FileChannel out = FileChannel.open(temp, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), KeyFiles.ownerOnly(temp));
        Writer w = new BufferedWriter(Channels.newWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(HEADER + "\n");
      for (VaultEntry e : index.entries()) {
        w.write(format(e));
      }
      w.flush();
      out.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    KeyFiles.forceDirectory(KeyFiles.directoryOf(file));
  }

  @Override
  public synchronized String putIfAbsent(VaultEntry entry) {
    requireOpen();
    int before = index.size();
    String token = index.putIfAbsent(entry);
    if (index.size() > before) {
      try {
        writer.write(format(entry));
        if (durability == Durability.EVERY_WRITE) {
          writer.flush();
          channel.force(false);
        }
      } catch (IOException e) {
        index.delete(entry.domain(), entry.token());
        throw new UncheckedIOException("cannot append to token vault " + file, e);
      }
    }
    return token;
  }

  @Override
  public synchronized Optional<VaultEntry> find(String domain, String token) {
    requireOpen();
    return index.find(domain, token);
  }

  @Override
  public synchronized boolean delete(String domain, String token) {
    requireOpen();
    boolean removed = index.delete(domain, token);
    if (removed) {
      compact();
    }
    return removed;
  }

  @Override
  public synchronized int deleteSubject(String domain, byte[] subject) {
    requireOpen();
    int removed = index.deleteSubject(domain, subject);
    if (removed > 0) {
      compact();
    }
    return removed;
  }

  private void compact() {
    try {
      writer.flush();
      writer.close();
      rewrite();
      openForAppend();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite token vault " + file, e);
    }
  }

  @Override
  public synchronized void flush() {
    requireOpen();
    try {
      writer.flush();
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flush token vault " + file, e);
    }
  }

  /** {@return how many tokens the vault holds} */
  public synchronized int size() {
    return index.size();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    try {
      flush();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close token vault " + file, e);
    } finally {
      closed = true;
      release();
    }
  }

  private void release() {
    try {
      // The lock file stays: see the class documentation.
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release token vault lock " + lockFile, e);
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the token vault is closed");
    }
  }

  @Override
  public synchronized String toString() {
    return "FileTokenVault[" + file.getFileName() + ", " + index.size() + " tokens]";
  }
}
