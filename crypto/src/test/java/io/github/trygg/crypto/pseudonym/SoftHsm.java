package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * SoftHSM2, a real PKCS#11 implementation, for the token tests. Each test initialises its own token
 * in its own directory with its own {@code softhsm2.conf}. SoftHSM reads {@code SOFTHSM2_CONF} once,
 * when the library is initialised in a process, so everything that opens a token runs in a child
 * JVM started with that variable ({@link SoftHsmChild}); OpenSC's {@code pkcs11-tool} reads the
 * token as an independent peer. Without SoftHSM the tests are skipped, unless {@code
 * TRYGG_REQUIRE_SOFTHSM} is set (as in CI), when they fail.
 */
final class SoftHsm {
  static final String PIN = "4711-test-pin";
  static final String SO_PIN = "4712-test-so-pin";
  private static final List<String> LIBRARIES = List.of(
      "/usr/lib/softhsm/libsofthsm2.so",
      "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
      "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
      "/usr/local/lib/softhsm/libsofthsm2.so",
      "/opt/homebrew/lib/softhsm/libsofthsm2.so");
  private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

  private SoftHsm() {}

  static Optional<Path> library() {
    return LIBRARIES.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
  }

  static boolean onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
  }

  /** Skips the calling tests without SoftHSM and OpenSC, or fails them where they are required. */
  static void requireInstalled() {
    List<String> missing = new ArrayList<>();
    if (library().isEmpty()) {
      missing.add("libsofthsm2.so");
    }
    for (String command : List.of("softhsm2-util", "pkcs11-tool")) {
      if (!onPath(command)) {
        missing.add(command);
      }
    }
    if (!missing.isEmpty()) {
      String what = "SoftHSM2 and OpenSC are needed (apt-get install softhsm2 opensc); missing " + missing;
      if (System.getenv("TRYGG_REQUIRE_SOFTHSM") != null) {
        throw new AssertionError(what + ", and TRYGG_REQUIRE_SOFTHSM is set");
      }
      Assumptions.abort(what);
    }
  }

  /** A fresh token in {@code dir}, with its SoftHSM configuration and a SunPKCS11 configuration. */
  static Token initToken(Path dir) throws Exception {
    Path tokens = Files.createDirectories(dir.resolve("tokens"));
    Path conf = dir.resolve("softhsm2.conf");
    Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
    Token token = new Token(dir, conf, dir.resolve("pkcs11.cfg"), library().orElseThrow());
    Result init = token.command(List.of("softhsm2-util", "--init-token", "--free", "--label", "trygg-test", "--pin", PIN, "--so-pin", SO_PIN));
    assertEquals(0, init.exit, init.output);
    Matcher slot = SLOT.matcher(init.output);
    assertTrue(slot.find(), init.output);
    Files.writeString(token.config, "name = trygg-test\nlibrary = " + token.library + "\nslot = " + slot.group(1) + "\n");
    return token;
  }

  record Result(int exit, String output, String errors) {}

  record Token(Path dir, Path softhsmConf, Path config, Path library) {

    Result command(List<String> command) throws IOException, InterruptedException {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("SOFTHSM2_CONF", softhsmConf.toString());
      Path err = Files.createTempFile(dir, "stderr", ".txt");
      builder.redirectError(err.toFile());
      Process p = builder.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), () -> String.join(" ", command) + " timed out");
      String errors = Files.readString(err);
      Files.delete(err);
      return new Result(p.exitValue(), out, errors);
    }

    /** OpenSC's pkcs11-tool, logged in to this token. */
    Result pkcs11Tool(String... args) throws Exception {
      List<String> command = new ArrayList<>(List.of("pkcs11-tool", "--module", library.toString(), "--login", "--pin", PIN));
      command.addAll(List.of(args));
      return command(command);
    }

    /**
     * Runs one {@link SoftHsmChild} scenario in a JVM of its own that sees this token, and returns
     * the {@code key=value} lines it printed.
     */
    Map<String, String> run(String scenario, String... args) throws Exception {
      return runAs(config, PIN, scenario, args);
    }

    /** {@link #run} with another SunPKCS11 configuration or PIN. */
    Map<String, String> runAs(Path sunPkcs11Config, String pin, String scenario, String... args) throws Exception {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", classPath(),
          SoftHsmChild.class.getName(), scenario, sunPkcs11Config.toString(), pin));
      command.addAll(List.of(args));
      Result r = command(command);
      assertEquals(0, r.exit, () -> "scenario " + scenario + " failed:\n" + r.output + r.errors);
      Map<String, String> values = new LinkedHashMap<>();
      for (String line : r.output.split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          values.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      return values;
    }
  }

  /** The test JVM's own class path, module path and the code of this module, as one class path. */
  static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> c : List.of(SoftHsmChild.class, KeyStoreProvider.class, io.github.trygg.core.Problem.class)) {
      try {
        entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property);
      if (value != null && !value.isEmpty()) {
        entries.addAll(List.of(value.split(File.pathSeparator)));
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
