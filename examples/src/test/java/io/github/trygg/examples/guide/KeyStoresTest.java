package io.github.trygg.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.KeyStoreProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.examples.Docs;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/pseudonymisation.md's key stores, run: {@link KeyStores} in a JVM of its own with the
 * password or PIN in its environment, as the guide has it — against a PKCS#12 file made here, and
 * against a SoftHSM2 token whose first version is made with the guide's pkcs11-tool command. The
 * token test is skipped without SoftHSM2 and OpenSC, unless {@code TRYGG_REQUIRE_SOFTHSM} is set (as
 * in CI), when it fails.
 */
class KeyStoresTest {
  private static final String PASSWORD = "correct horse battery staple";
  private static final String PIN = "4711-guide-pin";
  private static final PseudonymisationDomain PROBE = PseudonymisationDomain.builder()
      .name("keystore-guide").purpose("Shows which version pseudonymises").keyId("export").build();
  private static final List<String> SOFTHSM = List.of("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
      "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so", "/opt/homebrew/lib/softhsm/libsofthsm2.so");

  @TempDir Path dir;

  @Test
  void aPkcs12FileOpensWithThePasswordFromTheEnvironment() throws Exception {
    Path file = dir.resolve("keys.p12");
    KeyStoreProvider made = KeyStoreProvider.createPkcs12(file, PASSWORD.toCharArray(), "export");
    String expected = Pseudonymisation.builder().keys(made).build().hmac(PROBE).pseudonymise("visit-4711");

    Map<String, String> out = child(Map.of("TRYGG_KEYSTORE_PASSWORD", PASSWORD), "pkcs12", file.toString());
    assertEquals("[export v1]", out.get("versions"));
    assertEquals(expected, out.get("pseudonym"), "the child opened the same key");
  }

  @Test
  void aTokenRotatesAndDestroysAsTheGuideSays() throws Exception {
    Path library = requireSoftHsm();
    Path tokens = Files.createDirectories(dir.resolve("tokens"));
    Path conf = Files.writeString(dir.resolve("softhsm2.conf"), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    Map<String, String> env = Map.of("SOFTHSM2_CONF", conf.toString());
    String init = command(env, List.of("softhsm2-util", "--init-token", "--free", "--label", "trygg", "--pin", PIN, "--so-pin", "4712-guide-so-pin"));
    Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(init);
    assertTrue(slot.find(), init);
    Path config = Files.writeString(dir.resolve("pkcs11.cfg"), "name = trygg\nlibrary = " + library + "\nslot = " + slot.group(1) + "\n");

    // Version 1, made by the administrator with the guide's pkcs11-tool command (given the PIN, which it would ask for).
    List<List<String>> keygen = OpenSsl.commands(Docs.snippet("docs/pseudonymisation.md", "pkcs11-tool-keygen"));
    assertEquals(1, keygen.size());
    List<String> command = new ArrayList<>(keygen.get(0));
    command.set(command.indexOf("--module") + 1, library.toString());
    command.addAll(List.of("--pin", PIN));
    command(env, command);

    Map<String, String> child = new LinkedHashMap<>(env);
    child.put("TRYGG_HSM_PIN", PIN);
    Map<String, String> out = child(child, "pkcs11", config.toString());
    assertEquals("export v2", out.get("next"));
    assertEquals("[export v1, export v2]", out.get("versions"));
    assertTrue(out.get("pseudonym").startsWith("export.2."), out.get("pseudonym"));
    assertEquals("DESTROYED", out.get("version1"));
  }

  private static Path requireSoftHsm() {
    Optional<Path> library = SOFTHSM.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
    boolean tools = Stream.of("softhsm2-util", "pkcs11-tool").allMatch(KeyStoresTest::onPath);
    if (library.isEmpty() || !tools) {
      String what = "SoftHSM2 and OpenSC are needed (apt-get install softhsm2 opensc)";
      if (System.getenv("TRYGG_REQUIRE_SOFTHSM") != null) {
        throw new AssertionError(what + ", and TRYGG_REQUIRE_SOFTHSM is set");
      }
      Assumptions.abort(what);
    }
    return library.orElseThrow();
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
  }

  private String command(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), () -> command + " timed out");
    assertEquals(0, p.exitValue(), () -> command.get(0) + " failed: " + out);
    return out;
  }

  /** Runs {@link KeyStores#main} in a JVM of its own with {@code env} added, and returns its key=value lines. */
  private Map<String, String> child(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Set<String> classPath = new LinkedHashSet<>();
    for (Class<?> c : List.of(KeyStores.class, KeyStoreProvider.class, io.github.trygg.core.Problem.class)) {
      try {
        classPath.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    classPath.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, classPath), KeyStores.class.getName()));
    command.addAll(List.of(args));
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : command(env, command).split("\n")) {
      Matcher m = Pattern.compile("^(\\w+)=(.*)$").matcher(line);
      if (m.matches()) {
        values.put(m.group(1), m.group(2));
      }
    }
    return values;
  }
}
