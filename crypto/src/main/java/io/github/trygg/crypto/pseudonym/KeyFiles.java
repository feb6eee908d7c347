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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes key files. Every problem carries file, line, column and JSON Pointer; none ever
 * quotes a value, since the value may be key material.
 */
final class KeyFiles {
  static final String FORMAT = "trygg-keyset";
  static final int FORMAT_VERSION = 1;

  private KeyFiles() {}

  /** A key as written in the file: the key itself and its dates. */
  record Entry(MasterKey key, Optional<Instant> created, Optional<Instant> destroyed) {}

  static List<Entry> read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    SourceObject root;
    try (InputStream in = Files.newInputStream(file)) {
      root = SourceReader.readObject(name, in, Format.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read key file " + file, e);
    } catch (InvalidInputException e) {
      throw withoutQuotes(e);
    }
    Problems problems = new Problems();
    root.allowOnly(problems, "format", "version", "keys");
    if (!FORMAT.equals(root.requireString("format", problems))) {
      problems.add("key-file-format", root.keyLocation("format"), "not a Trygg key file", "\"format\": \"" + FORMAT + "\"");
    }
    root.optionalLong("version", FORMAT_VERSION, FORMAT_VERSION, problems);
    List<Entry> entries = new ArrayList<>();
    Map<String, Location> primaries = new HashMap<>();
    Map<String, Location> seen = new HashMap<>();
    for (SourceObject o : root.objects("keys", problems)) {
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
        problems.add("key-id", o.keyLocation("id"), "invalid key id", "1–64 letters, digits, '-' or '_'");
        continue;
      }
      String unique = id + "#" + version;
      if (seen.putIfAbsent(unique, o.location()) != null) {
        problems.add("duplicate-key-version", o.location(), "key " + ref + " appears twice", "each version once");
      }
      if (status.isEmpty() || version < 1) {
        continue;
      }
      if (status.get() == KeyStatus.PRIMARY && primaries.putIfAbsent(id, o.location()) != null) {
        problems.add("two-primaries", o.keyLocation("status"), "key '" + id + "' has two primary versions", "one primary version per key id");
      }
      if (status.get() == KeyStatus.DESTROYED) {
        if (o.has("material")) {
          problems.add("destroyed-with-material", o.keyLocation("material"), "a destroyed key still has material", "no 'material' on a destroyed key");
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
        problems.add("key-material", o.get("material").orElseThrow().location(), "the key material is not base64url", "base64url (RFC 4648 §5) of 32–64 bytes");
        continue;
      }
      try {
        if (material.length < MasterKey.MIN_BYTES || material.length > MasterKey.MAX_BYTES) {
          problems.add("key-material", o.get("material").orElseThrow().location(), "the key material has " + material.length + " bytes", "32–64 bytes (256–512 bits)");
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

  /** Writes the whole file anew and moves it into place, so a reader never sees half a file. */
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
    Path dir = file.toAbsolutePath().getParent();
    try {
      Path temp = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
          ? Files.createTempFile(dir, ".keys", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
          : Files.createTempFile(dir, ".keys", ".tmp");
      try {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          ByteBuffer buffer = ByteBuffer.wrap(bytes);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
          channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write key file " + file, e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** The parser's own wording may quote a fragment of the file, which may be key material. */
  private static InvalidInputException withoutQuotes(InvalidInputException e) {
    List<Problem> clean = new ArrayList<>();
    for (Problem p : e.problems()) {
      clean.add("syntax".equals(p.code())
          ? new Problem(p.code(), p.location(), "the key file is not well-formed JSON", "a JSON key file")
          : p);
    }
    return new InvalidInputException(clean);
  }
}
