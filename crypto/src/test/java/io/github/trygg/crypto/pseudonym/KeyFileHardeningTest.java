package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.testkit.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Key files under concurrent writers, crashes and key material pasted into the wrong place. */
class KeyFileHardeningTest {
  @TempDir Path dir;

  static final String MATERIAL = Base64.getUrlEncoder().withoutPadding().encodeToString(TestKeys.material(0x5a));
  static final String OTHER = Base64.getUrlEncoder().withoutPadding().encodeToString(TestKeys.material(0x6b));

  static String keyFile(String entry) {
    return "{\"format\": \"trygg-keyset\", \"version\": 1, \"keys\": [\n"
        + "  {\"id\": \"export\", \"version\": 1, \"status\": \"enabled\", \"material\": \"" + OTHER + "\"},\n"
        + "  " + entry + "\n]}\n";
  }

  /** Wherever material lands by mistake, the problem names the place and never quotes it. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"export\", \"version\": 2, \"status\": \"primary\", \"created\": \"M\", \"material\": \"" + "M\"}",
      "{\"id\": \"export\", \"version\": 2, \"status\": \"M\", \"material\": \"M\"}",
      "{\"id\": \"export\", \"version\": 2, \"status\": \"primary\", \"M\": \"M\"}",
      "{\"id\": \"export\", \"version\": 2, \"status\": \"primary\", \"destroyed\": \"M\", \"material\": \"M\"}",
      "{\"id\": \"export\", \"version\": \"M\", \"status\": \"primary\", \"material\": \"M\"}",
      "{\"id\": \"M\", \"version\": 2, \"status\": \"primary\", \"material\": \"M\"}, {\"id\": \"M\", \"version\": 2, \"status\": \"primary\", \"material\": \"M\"}",
      "{\"id\": \"M!\", \"version\": 2, \"status\": \"primary\", \"material\": \"M\"}",
      "{\"id\": \"export\", \"version\": 2, \"status\": \"primary\", \"material\": [\"M\"]}",
      "{\"id\": \"export\", \"version\": 2, \"status\": \"primary\", \"material\": \"M!\"}",
      "{\"id\": \"export\", \"version\": 2, \"status\": \"destroyed\", \"material\": \"M\"}",
      "{\"id\": \"export\", \"version\": 1, \"status\": \"enabled\", \"material\": \"M\"}",
      "{\"id\": \"export\", \"version\": 2, \"status\": \"primary\", \"material\": M}",
      "{\"id\": \"export\", \"version\": 2, \"status\": \"primary\", \"material\": \"M\", \"material\": \"M\"}",
      "{\"M\": {\"M\": [\"M\"]}}"})
  void aProblemNeverQuotesAValueOrAPropertyName(String entry) throws Exception {
    Path file = dir.resolve("keys.json");
    Files.writeString(file, keyFile(entry.replace("M", MATERIAL)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeyFileProvider.open(file));
    List<String> shown = new ArrayList<>(List.of(e.getMessage(), String.valueOf(e)));
    for (Problem p : e.problems()) {
      shown.add(p.toString());
      shown.add(p.location().pointer());
      assertEquals("keys.json", p.location().source());
      assertTrue(p.location().line() > 0 || p.location().pointer().startsWith("/"), p::toString);
    }
    for (String s : shown) {
      for (String secret : List.of(MATERIAL, OTHER)) {
        // Not even a fragment: any 12 characters of the material in a row would be too many.
        for (int i = 0; i + 12 <= secret.length(); i += 6) {
          assertFalse(s.contains(secret.substring(i, i + 12)), () -> "material quoted in: " + s);
        }
      }
    }
  }

  @Test
  void anOversizedKeyFileIsRefusedBeforeItIsParsed() throws Exception {
    Path file = dir.resolve("keys.json");
    Files.writeString(file, keyFile("{\"id\": \"x\", \"version\": 1, \"status\": \"primary\", \"material\": \"" + "A".repeat(KeyFiles.MAX_FILE_BYTES) + "\"}"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeyFileProvider.open(file));
    assertEquals("key-file-size", e.problems().get(0).code());
    assertTrue(e.getMessage().contains("1 MiB"), e.getMessage());
  }

  /** Two threads rotating 20 times each: every rotation gets its own version and none is lost. */
  @Test
  void concurrentRotationsTakeTurns() throws Exception {
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "export");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<KeyRef>>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(pool.submit(() -> {
          List<KeyRef> mine = new ArrayList<>();
          for (int i = 0; i < 20; i++) {
            mine.add(KeyFileProvider.rotate(file, "export"));
          }
          return mine;
        }));
      }
      Set<KeyRef> handedOut = new HashSet<>();
      for (Future<List<KeyRef>> run : runs) {
        handedOut.addAll(run.get());
      }
      assertEquals(40, handedOut.size(), "two rotations were handed the same version");
      KeyFileProvider keys = KeyFileProvider.open(file);
      assertEquals(41, keys.versions("export").size());
      assertEquals(new KeyRef("export", 41), keys.primary("export").ref());
      for (KeyRef ref : handedOut) {
        assertTrue(keys.key(ref).bits() > 0, () -> ref + " was handed out and then overwritten");
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Rotations from two processes at once: the lock file serialises them too. */
  @Test
  void concurrentRotationsInTwoProcessesTakeTurns() throws Exception {
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "export");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ChildJvm.Result>> children = new ArrayList<>();
      for (int c = 0; c < 2; c++) {
        children.add(pool.submit(() -> ChildJvm.run(KeyFileRotations.class, List.of("-Xmx64m"), List.of(file.toString(), "10"), 5)));
      }
      for (Future<ChildJvm.Result> child : children) {
        assertEquals(0, child.get().exit(), child.get().output());
      }
      assertEquals(21, KeyFileProvider.open(file).versions("export").size());
    } finally {
      pool.shutdown();
    }
  }

  /** A JVM that dies after writing the new file but before renaming it leaves the key file whole and no material behind. */
  @Test
  void aWriterThatDiesBeforeTheRenameLeavesNoMaterialBehind() throws Exception {
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "export");
    KeyFileProvider.rotate(file, "export");
    String v1 = material(file, 1);
    crash(file, "temp-written", "rotate", "export");
    // The crash left the new file unrenamed: the key file is as before, its rotation never happened.
    assertEquals(2, KeyFileProvider.open(file).versions("export").size());

    KeyFileProvider.changeStatus(file, new KeyRef("export", 1), KeyStatus.DESTROYED);
    for (Path p : files()) {
      assertFalse(Files.readString(p, StandardCharsets.ISO_8859_1).contains(v1), () -> "destroyed material survives in " + p.getFileName());
    }
  }

  /** Once the rename happened the change stands, whatever happens next; a destroyed key stays destroyed. */
  @ParameterizedTest
  @ValueSource(strings = {"renamed", "directory-forced"})
  void aDestroyThatReachedTheRenameStands(String step) throws Exception {
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "export");
    KeyFileProvider.rotate(file, "export");
    String v1 = material(file, 1);
    crash(file, step, "destroy", "export", "1");
    KeyFileProvider keys = KeyFileProvider.open(file);
    assertEquals(KeyStatus.DESTROYED, keys.key(new KeyRef("export", 1)).status());
    for (Path p : files()) {
      assertFalse(Files.readString(p, StandardCharsets.ISO_8859_1).contains(v1), () -> "destroyed material survives in " + p.getFileName());
    }
  }

  /** A crash while destroying, before the rename: the key is not yet destroyed, the file whole, and the next destroy works. */
  @Test
  void aDestroyThatDiedEarlyCanBeRepeated() throws Exception {
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "export");
    KeyFileProvider.rotate(file, "export");
    crash(file, "temp-written", "destroy", "export", "1");
    assertEquals(KeyStatus.ENABLED, KeyFileProvider.open(file).key(new KeyRef("export", 1)).status());
    KeyFileProvider.changeStatus(file, new KeyRef("export", 1), KeyStatus.DESTROYED);
    assertEquals(KeyStatus.DESTROYED, KeyFileProvider.open(file).key(new KeyRef("export", 1)).status());
    assertEquals(List.of("keys.json", "keys.json.lock"), files().stream().map(p -> p.getFileName().toString()).sorted().toList());
  }

  @Test
  void filesAreOwnerOnlyAndTheLockFileIsKept() throws Exception {
    Path file = dir.resolve("new").resolve("deeper").resolve("keys.json");
    KeyFileProvider.create(file, "export");
    KeyFileProvider.rotate(file, "export");
    Path lock = file.resolveSibling("keys.json.lock");
    assertTrue(Files.exists(lock), "the lock file is kept");
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lock)));
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent().getParent())));
    }
  }

  private void crash(Path file, String step, String... action) throws Exception {
    List<String> args = new ArrayList<>(List.of(file.toString(), step));
    args.addAll(List.of(action));
    ChildJvm.Result r = ChildJvm.run(KeyFileCrash.class, List.of("-Xmx64m"), args, 5);
    assertEquals(KeyFileCrash.HALTED, r.exit(), () -> "the child did not stop at " + step + ": " + r.output());
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).toList();
    }
  }

  private static String material(Path file, int version) {
    byte[] m = KeyFileProvider.open(file).key(new KeyRef("export", version)).material();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(m);
  }
}
