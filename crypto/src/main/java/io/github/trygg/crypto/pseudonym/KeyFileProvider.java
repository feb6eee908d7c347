package io.github.trygg.crypto.pseudonym;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The embedded default {@link KeyProvider}: a JSON key file of key ids, versions, statuses and
 * base64url material, read once when opened.
 *
 * <pre>{@code
 * {"format": "trygg-keyset", "version": 1, "keys": [
 *   {"id": "export", "version": 1, "status": "enabled", "created": "2026-01-05T08:00:00Z", "material": "…"},
 *   {"id": "export", "version": 2, "status": "primary", "created": "2026-06-01T08:00:00Z", "material": "…"}]}
 * }</pre>
 *
 * <p>The file is the additional information that re-identifies: keep it apart from the pseudonymised
 * data, readable by the owner only (files written here are {@code rw-------}, and directories
 * created for them {@code rwx------}, where the file system has POSIX permissions). The static
 * methods create, rotate, suspend and destroy versions. Each is a read-modify-write under an
 * exclusive lock on {@code <file>.lock} (kept beside the key file; threads of one JVM also take
 * turns), writes a complete new file, forces it to disk, moves it into place and forces the
 * directory: when one returns, its change survives a crash, and a destroyed key stays destroyed.
 * Reading ({@link #open}) needs no lock, since the file is only ever replaced whole.
 *
 * <p>Limits: a key file is at most 1 MiB and holds at most 10 000 key versions. Problems name the
 * file, line, column and a JSON Pointer of the format's own names; they never quote a value or an
 * unknown property name.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KeyFileProvider implements KeyProvider {
  private final Path file;
  private final StaticKeyProvider keys;

  private KeyFileProvider(Path file, StaticKeyProvider keys) {
    this.file = file;
    this.keys = keys;
  }

  /**
   * Reads the key file.
   *
   * @param file the key file
   * @return the provider over the file's keys
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location when the
   *     file is malformed; nothing is loaded then
   */
  public static KeyFileProvider open(Path file) {
    List<MasterKey> list = KeyFiles.read(file).stream().map(KeyFiles.Entry::key).toList();
    return new KeyFileProvider(file, new StaticKeyProvider(list));
  }

  /**
   * Creates a key file with one key id whose version 1 is primary.
   *
   * @param file the key file
   * @param keyId the key id
   * @return the provider over the new file
   * @throws IllegalStateException if the file exists
   */
  public static KeyFileProvider create(Path file, String keyId) {
    KeyRef ref = new KeyRef(keyId, 1);
    KeyFiles.underLock(file, () -> {
      if (Files.exists(file)) {
        throw new IllegalStateException("the key file exists already: " + file);
      }
      KeyFiles.write(file, List.of(new KeyFiles.Entry(MasterKey.generate(ref, KeyStatus.PRIMARY, new SecureRandom()), Optional.of(now()), Optional.empty())));
      return null;
    });
    return open(file);
  }

  /**
   * Adds a new primary version of {@code keyId} (version 1 if the id is new); the former primary
   * becomes {@link KeyStatus#ENABLED}, so what was made with it can still be read. New pseudonyms
   * differ from the old ones: pseudonyms of different versions do not link.
   *
   * @return the new version
   * @param file the key file
   * @param keyId the key id
   */
  public static KeyRef rotate(Path file, String keyId) {
    KeyRef.checkKeyId(keyId);
    return KeyFiles.underLock(file, () -> rotateLocked(file, keyId));
  }

  private static KeyRef rotateLocked(Path file, String keyId) {
    List<KeyFiles.Entry> entries = new ArrayList<>();
    int next = 1;
    for (KeyFiles.Entry e : KeyFiles.read(file)) {
      if (e.key().ref().keyId().equals(keyId)) {
        next = Math.max(next, e.key().ref().version() + 1);
        if (e.key().status() == KeyStatus.PRIMARY) {
          e = new KeyFiles.Entry(e.key().withStatus(KeyStatus.ENABLED), e.created(), e.destroyed());
        }
      }
      entries.add(e);
    }
    KeyRef ref = new KeyRef(keyId, next);
    entries.add(new KeyFiles.Entry(MasterKey.generate(ref, KeyStatus.PRIMARY, new SecureRandom()), Optional.of(now()), Optional.empty()));
    KeyFiles.write(file, entries);
    return ref;
  }

  /**
   * Changes a version's status. Making one primary demotes the current primary to enabled.
   * {@link KeyStatus#DESTROYED} removes the material from the file for good (crypto-shredding);
   * copies in backups are the host's to destroy.
   *
   * @param file the key file
   * @param ref the key id and version
   * @param status the version's new status
   * @throws KeyException if the version is unknown, or already destroyed and asked to come back
   */
  public static void changeStatus(Path file, KeyRef ref, KeyStatus status) {
    KeyFiles.underLock(file, () -> {
      changeStatusLocked(file, ref, status);
      return null;
    });
  }

  private static void changeStatusLocked(Path file, KeyRef ref, KeyStatus status) {
    List<KeyFiles.Entry> entries = new ArrayList<>();
    boolean found = false;
    for (KeyFiles.Entry e : KeyFiles.read(file)) {
      KeyRef r = e.key().ref();
      if (r.equals(ref)) {
        found = true;
        if (e.key().status() == KeyStatus.DESTROYED && status != KeyStatus.DESTROYED) {
          throw new KeyException(KeyException.Reason.DESTROYED, r.keyId(), r.version());
        }
        Optional<Instant> destroyed = status == KeyStatus.DESTROYED ? Optional.of(e.destroyed().orElse(now())) : e.destroyed();
        e = new KeyFiles.Entry(e.key().withStatus(status), e.created(), destroyed);
      } else if (status == KeyStatus.PRIMARY && r.keyId().equals(ref.keyId()) && e.key().status() == KeyStatus.PRIMARY) {
        e = new KeyFiles.Entry(e.key().withStatus(KeyStatus.ENABLED), e.created(), e.destroyed());
      }
      entries.add(e);
    }
    if (!found) {
      throw new KeyException(KeyException.Reason.UNKNOWN_VERSION, ref.keyId(), ref.version());
    }
    KeyFiles.write(file, entries);
  }

  private static Instant now() {
    return Clock.systemUTC().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /** {@return the key file this provider reads and writes} */
  public Path file() {
    return file;
  }

  @Override
  public MasterKey primary(String keyId) {
    return keys.primary(keyId);
  }

  @Override
  public MasterKey key(KeyRef ref) {
    return keys.key(ref);
  }

  @Override
  public List<KeyRef> versions(String keyId) {
    return keys.versions(keyId);
  }

  @Override
  public String toString() {
    return "KeyFileProvider[" + file.getFileName() + ", " + keys.all().size() + " versions]";
  }
}
