package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.internal.json.TreeWriter;
import io.github.trygg.core.internal.json.WireNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes key files. Every problem carries file, line, column and a JSON Pointer made only
 * of the format's own names and array positions; none ever quotes a value or an unknown property
 * name, since either may be key material pasted into the wrong place.
 *
 * <p>Writers change a file only under {@link #underLock}: an in-process lock per file and an
 * exclusive lock on a kept {@code .lock} file beside it, so threads and processes take turns at a
 * read-modify-write. A write goes to a new temporary file (created, never reused, owner-only),
 * which is forced to disk, renamed over the key file, and followed by a force of the directory, so
 * a change that returned survives a crash; a temporary file left by a crashed writer is removed
 * by the next one, so it cannot keep a destroyed key's material.
 */
final class KeyFiles {
  static final String FORMAT = "trygg-keyset";
  static final int FORMAT_VERSION = 1;
  /** The largest key file read: about ten thousand key versions. */
  static final int MAX_FILE_BYTES = 1 << 20;
  /** The most key versions in one file. */
  static final int MAX_KEYS = 10_000;

  private static final Set<String> NAMES = Set.of("format", "version", "keys", "id", "status", "created", "destroyed", "material");
  private static final Pattern HINT = Pattern.compile("did you mean '([a-z]+)'");
  private static final Pattern MISSING = Pattern.compile("^missing required property '([a-z]+)'$");
  /** What a problem of each code says; a code not listed says only that something is wrong there. */
  private static final Map<String, String> MESSAGES = Map.ofEntries(
      Map.entry("syntax", "the key file is not well-formed JSON"),
      Map.entry("unknown-property", "an unknown property"),
      Map.entry("missing-property", "a required property is missing"),
      Map.entry("wrong-type", "a value of the wrong type"),
      Map.entry("unknown-value", "a value that is not one of the allowed ones"),
      Map.entry("out-of-range", "a number out of range"),
      Map.entry("bad-instant", "a value that is not a point in time"),
      Map.entry("bad-date", "a value that is not a date"),
      Map.entry("key-file-format", "not a Trygg key file"),
      Map.entry("key-file-size", "the key file is larger than " + (MAX_FILE_BYTES >> 20) + " MiB"),
      Map.entry("key-file-keys", "the key file has more than " + MAX_KEYS + " key versions"),
      Map.entry("key-id", "an invalid key id"),
      Map.entry("duplicate-key-version", "a key version that appears twice"),
      Map.entry("two-primaries", "a second primary version of the same key id"),
      Map.entry("destroyed-with-material", "a destroyed key still has material"),
      Map.entry("key-material", "the key material is not base64url of 32–64 bytes"));
  /** Codes whose expectation is built only from the reader's own names and ranges. */
  private static final Set<String> SAFE_EXPECTED = MESSAGES.keySet();

  /** Called between the steps of a write; the crash tests stop the JVM there. */
  static volatile Consumer<String> step = s -> {};

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyFiles() {}

  /** A key as written in the file: the key itself and its dates. */
  record Entry(MasterKey key, Optional<Instant> created, Optional<Instant> destroyed) {}

  static List<Entry> read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read key file " + file, e);
    }
    try {
      if (bytes.length > MAX_FILE_BYTES) {
        throw new InvalidInputException(problem("key-file-size", new Location(name, 0, 0, ""), "a key file of at most " + (MAX_FILE_BYTES >> 20) + " MiB"));
      }
      return read(name, bytes);
    } catch (InvalidInputException e) {
      throw withoutValues(e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static List<Entry> read(String name, byte[] bytes) {
    SourceObject root = SourceReader.readObject(name, new ByteArrayInputStream(bytes), Format.JSON);
    Problems problems = new Problems();
    root.allowOnly(problems, "format", "version", "keys");
    if (!FORMAT.equals(root.requireString("format", problems))) {
      add(problems, "key-file-format", root.keyLocation("format"), "\"format\": \"" + FORMAT + "\"");
    }
    root.optionalLong("version", FORMAT_VERSION, FORMAT_VERSION, problems);
    List<Entry> entries = new ArrayList<>();
    Map<String, Location> primaries = new HashMap<>();
    Map<String, Location> seen = new HashMap<>();
    List<SourceObject> keys = root.objects("keys", problems);
    if (keys.size() > MAX_KEYS) {
      add(problems, "key-file-keys", root.keyLocation("keys"), "at most " + MAX_KEYS + " key versions in one file");
      problems.throwIfAny();
    }
    for (SourceObject o : keys) {
      o.allowOnly(problems, "id", "version", "status", "created", "destroyed", "material");
      String id = o.requireString("id", problems);
      long version = o.optionalLong("version", 1, Integer.MAX_VALUE, problems).orElse(0L);
      if (!o.has("version")) {
        problems.add("missing-property", o.location(), "missing required property 'version'", "a whole number from 1");
      }
      Optional<KeyStatus> status = o.requireEnum("status", KeyStatus.class, problems);
      Optional<Instant> created = o.optionalInstant("created", problems);
      Optional<Instant> destroyed = o.optionalInstant("destroyed", problems);
      if (id.isEmpty()) {
        continue;
      }
      KeyRef ref;
      try {
        ref = new KeyRef(id, (int) Math.max(1, version));
      } catch (IllegalArgumentException e) {
        add(problems, "key-id", o.keyLocation("id"), "1–64 letters, digits, '-' or '_'");
        continue;
      }
      String unique = id + "#" + version;
      if (seen.putIfAbsent(unique, o.location()) != null) {
        add(problems, "duplicate-key-version", o.location(), "each version once");
      }
      if (status.isEmpty() || version < 1) {
        continue;
      }
      if (status.get() == KeyStatus.PRIMARY && primaries.putIfAbsent(id, o.location()) != null) {
        add(problems, "two-primaries", o.keyLocation("status"), "one primary version per key id");
      }
      if (status.get() == KeyStatus.DESTROYED) {
        if (o.has("material")) {
          add(problems, "destroyed-with-material", o.keyLocation("material"), "no 'material' on a destroyed key");
        }
        entries.add(new Entry(MasterKey.destroyed(ref), created, destroyed));
        continue;
      }
      Optional<String> text = o.optionalString("material", problems);
      if (text.isEmpty()) {
        if (!o.has("material")) {
          problems.add("missing-property", o.location(), "missing required property 'material'", "the key in base64url");
        }
        continue;
      }
      byte[] material;
      try {
        material = Base64.getUrlDecoder().decode(text.get().trim());
      } catch (IllegalArgumentException e) {
        add(problems, "key-material", o.get("material").orElseThrow().location(), "base64url (RFC 4648 §5) of 32–64 bytes");
        continue;
      }
      try {
        if (material.length < MasterKey.MIN_BYTES || material.length > MasterKey.MAX_BYTES) {
          add(problems, "key-material", o.get("material").orElseThrow().location(), "base64url (RFC 4648 §5) of 32–64 bytes (256–512 bits)");
          continue;
        }
        entries.add(new Entry(MasterKey.of(ref, status.get(), material), created, destroyed));
      } finally {
        Arrays.fill(material, (byte) 0);
      }
    }
    problems.throwIfAny();
    return entries;
  }

  private static void add(Problems problems, String code, Location at, String expected) {
    problems.add(code, at, message(code), expected);
  }

  private static Problem problem(String code, Location at, String expected) {
    return new Problem(code, at, message(code), expected);
  }

  private static String message(String code) {
    String message = MESSAGES.get(code);
    if (message == null) {
      throw new IllegalArgumentException("no message for problem code " + code);
    }
    return message;
  }

  /**
   * The same problems with messages chosen by code and pointers cut to the format's own names: the
   * reader's wording quotes values ("'…' is not a point in time") and unknown property names, and
   * either may be key material.
   */
  static InvalidInputException withoutValues(InvalidInputException e) {
    List<Problem> clean = new ArrayList<>(e.problems().size());
    for (Problem p : e.problems()) {
      Location l = p.location();
      Location at = new Location(l.source(), l.line(), l.column(), pointer(l.pointer()));
      String message = MESSAGES.getOrDefault(p.code(), "the key file is not valid here");
      Matcher missing = MISSING.matcher(p.message());
      if ("missing-property".equals(p.code()) && missing.matches() && NAMES.contains(missing.group(1))) {
        message = p.message();
      }
      if ("unknown-property".equals(p.code())) {
        Matcher hint = HINT.matcher(p.message());
        if (hint.find() && NAMES.contains(hint.group(1))) {
          message += " (did you mean '" + hint.group(1) + "'?)";
        }
      }
      clean.add(new Problem(p.code(), at, message, SAFE_EXPECTED.contains(p.code()) && !"syntax".equals(p.code()) ? p.expected() : "a JSON key file"));
    }
    return new InvalidInputException(clean);
  }

  /** A JSON Pointer with every segment that is not one of the format's names or an index replaced by {@code *}. */
  private static String pointer(String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder sb = new StringBuilder();
    for (String segment : pointer.substring(1).split("/", -1)) {
      sb.append('/').append(NAMES.contains(segment) || (!segment.isEmpty() && segment.length() <= 6 && segment.chars().allMatch(c -> c >= '0' && c <= '9')) ? segment : "*");
    }
    return sb.toString();
  }

  // ---- writing ------------------------------------------------------------------------------

  /**
   * Runs {@code change} holding the file's locks: first this JVM's lock for the file, then an
   * exclusive lock on {@code <file>.lock}, which is created owner-only and never deleted (deleting
   * it would let a process that opened the old one and a process that created a new one both hold
   * "the" lock).
   */
  @SuppressWarnings("try") // the lock is held for the body of the try, never read
  static <T> T underLock(Path file, Supplier<T> change) {
    Path key = canonical(file);
    ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
    local.lock();
    try {
      Path lockFile = key.resolveSibling(key.getFileName() + ".lock");
      try {
        createDirectories(directoryOf(key));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the directory of key file " + file, e);
      }
      try (FileChannel channel = FileChannel.open(lockFile, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), ownerOnly(lockFile));
          FileLock lock = channel.lock()) {
        return change.get();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lock key file " + file, e);
      }
    } finally {
      local.unlock();
    }
  }

  /** The file with its directory's real path, so that two spellings of one file share a lock. */
  private static Path canonical(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return directoryOf(absolute).toRealPath().resolve(absolute.getFileName());
    } catch (IOException e) {
      return absolute;
    }
  }

  /** Creates missing directories owner-only ({@code rwx------}) where the file system has POSIX permissions. */
  /** The directory a file lives in; a file path always has one once made absolute. */
  static Path directoryOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      throw new IllegalArgumentException("a file path is needed, not the root directory");
    }
    return parent;
  }

  static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (posix(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  /**
   * Writes the whole file anew: a fresh temporary file (owner-only), forced, renamed over the key
   * file, then the directory forced so that the rename itself is on disk. Call under {@link #underLock}.
   */
  static void write(Path file, List<Entry> entries) {
    List<Object> keys = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("id", e.key().ref().keyId());
      k.put("version", e.key().ref().version());
      k.put("status", WireNames.of(e.key().status()));
      e.created().ifPresent(t -> k.put("created", t.toString()));
      e.destroyed().ifPresent(t -> k.put("destroyed", t.toString()));
      if (e.key().status() != KeyStatus.DESTROYED) {
        byte[] material = e.key().material();
        k.put("material", Base64.getUrlEncoder().withoutPadding().encodeToString(material));
        Arrays.fill(material, (byte) 0);
      }
      keys.add(k);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("version", FORMAT_VERSION);
    root.put("keys", keys);
    byte[] bytes = TreeWriter.write(root, Format.JSON).getBytes(StandardCharsets.UTF_8);
    Path target = file.toAbsolutePath();
    Path dir = directoryOf(target);
    String name = target.getFileName().toString();
    Path temp = null;
    try {
      createDirectories(dir);
      removeLeftovers(dir, name);
      temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(randomBytes(8)) + ".tmp");
      try (FileChannel channel = FileChannel.open(temp, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(temp))) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      step.accept("temp-written");
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      step.accept("renamed");
      forceDirectory(dir);
      step.accept("directory-forced");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write key file " + file, e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // removed by the next writer
        }
      }
    }
  }

  /** Temporary files of this key file left by a writer that crashed: they may hold material since destroyed. */
  private static void removeLeftovers(Path dir, String name) throws IOException {
    String prefix = "." + name + ".";
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, p -> isTemporary(p.getFileName().toString(), prefix))) {
      for (Path leftover : files) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  private static boolean isTemporary(String fileName, String prefix) {
    if (!fileName.startsWith(prefix) || !fileName.endsWith(".tmp") || fileName.length() != prefix.length() + 16 + 4) {
      return false;
    }
    return fileName.substring(prefix.length(), prefix.length() + 16).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  /**
   * Forces a directory's entries to disk (an fsync of the directory), so that a rename in it
   * survives a crash. File systems that cannot open a directory (Windows) make their renames
   * durable themselves.
   */
  static void forceDirectory(Path dir) throws IOException {
    if (!posix(dir)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  private static boolean posix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  /** rw------- where the file system has POSIX permissions. */
  static FileAttribute<?>[] ownerOnly(Path p) {
    return posix(p) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
