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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
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
 * <p>One process at a time: a {@code .lock} file next to the vault is held while it is open. A line
 * torn by a crash while being appended is dropped on the next open.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FileTokenVault implements TokenVault, Closeable {
  static final String HEADER = "# trygg-token-vault 1";
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
  private FileChannel channel;
  private Writer writer;
  private boolean closed;

  private FileTokenVault(Path file, Durability durability) throws IOException {
    this.file = file;
    this.durability = durability;
    this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
    this.lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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

  /** Opens the vault, creating it if it does not exist; appends are forced to disk one by one. */
  public static FileTokenVault open(Path file) {
    return open(file, Durability.EVERY_WRITE);
  }

  /**
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
    String text = Files.readString(file, StandardCharsets.UTF_8);
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

  /** Writes every entry to a new file, forces it and moves it over the old one. */
  private void rewrite() throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        Writer w = new BufferedWriter(Channels.newWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(HEADER + "\n");
      for (VaultEntry e : index.entries()) {
        w.write(format(e));
      }
      w.flush();
      out.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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

  /** How many tokens the vault holds. */
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
      lock.release();
      lockChannel.close();
      Files.deleteIfExists(lockFile);
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
