package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyStoreProvider;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keys in a PKCS#11 token through {@code trygg.keys.pkcs11-config}, against SoftHSM2, a real
 * PKCS#11 implementation. SoftHSM reads {@code SOFTHSM2_CONF} once per process, so the build sets
 * it for this JVM and the token is initialised here before the library is first loaded. Without
 * SoftHSM the tests are skipped, unless {@code TRYGG_REQUIRE_SOFTHSM} is set (as in CI).
 */
class Pkcs11Test {
  private static final String PIN = "4711-starter-pin";
  private static final String SO_PIN = "4712-starter-so-pin";
  private static final List<String> LIBRARIES = List.of(
      "/usr/lib/softhsm/libsofthsm2.so",
      "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
      "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
      "/usr/local/lib/softhsm/libsofthsm2.so",
      "/opt/homebrew/lib/softhsm/libsofthsm2.so");
  private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

  private static Path sunPkcs11Config;
  private static Path otherToken;

  private static Path initToken(Path dir, Path library, String label) throws Exception {
    Process p = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", SO_PIN)
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    Matcher slot = SLOT.matcher(output);
    assertThat(slot.find()).as(output).isTrue();
    return Files.writeString(dir.resolve(label + ".cfg"), "name = " + label + "\nlibrary = " + library + "\nslot = " + slot.group(1) + "\n");
  }

  @BeforeAll
  static void initialiseToken() throws Exception {
    Optional<Path> library = LIBRARIES.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
    boolean tool = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "softhsm2-util")));
    String conf = System.getenv("SOFTHSM2_CONF");
    if (library.isEmpty() || !tool || conf == null) {
      String what = "SoftHSM2 (libsofthsm2.so, softhsm2-util) and SOFTHSM2_CONF set by the build are needed; library " + library
          + ", softhsm2-util " + tool + ", SOFTHSM2_CONF " + conf;
      if (System.getenv("TRYGG_REQUIRE_SOFTHSM") != null) {
        throw new AssertionError(what + ", and TRYGG_REQUIRE_SOFTHSM is set");
      }
      Assumptions.abort(what);
    }
    Path dir = Path.of(conf).getParent();
    Path tokens = dir.resolve("tokens");
    if (Files.exists(tokens)) {
      try (Stream<Path> old = Files.walk(tokens)) {
        old.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(tokens);
    Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
    sunPkcs11Config = initToken(dir, library.get(), "trygg-starter");
    // A second token nobody logs in to in this JVM: PKCS#11 keeps a login per token and process,
    // so a wrong PIN is refused only by a token that is not logged in already.
    otherToken = initToken(dir, library.get(), "trygg-other");
    // Version 1 of the policy's key, generated in the token: its master key never exists outside it.
    KeyStoreProvider.pkcs11(sunPkcs11Config, PIN.toCharArray()).rotate(Fixtures.KEY_ID);
  }

  @Test
  void aTokenIsTheKeyProviderOfTheRecordPolicyAndTheHealthIndicatorUsesItsKey() {
    Starter.runner().withPropertyValues("trygg.keys.pkcs11-config=" + sunPkcs11Config, "trygg.keys.password=" + PIN,
        "trygg.pseudonymisation.policy=" + Fixtures.POLICY).run(context -> {
          assertThat(context).hasNotFailed();
          KeyProvider keys = context.getBean(KeyProvider.class);
          assertThat(keys).isInstanceOf(KeyStoreProvider.class);
          assertThat(keys.primary(Fixtures.KEY_ID).ref().version()).isEqualTo(1);

          List<String> numbers = new ArrayList<>();
          byte[] csv = Fixtures.visitsCsv(numbers).getBytes(StandardCharsets.UTF_8);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          context.getBean(RecordPseudonymiser.class).csv(new ByteArrayInputStream(csv), out, "visits.csv", CsvFormat.rfc4180());
          String result = out.toString(StandardCharsets.UTF_8);
          numbers.forEach(n -> assertThat(result).doesNotContain(n));

          Starter.Health health = Starter.health(context);
          assertThat(health.status()).isEqualTo("UP");
          assertThat(health.detail("keys")).containsEntry("source", "key-store")
              .containsEntry("checked", Map.of(Fixtures.KEY_ID, "usable (primary version 1)"));
          assertThat(health.details().toString()).doesNotContain(PIN);
        });
  }

  @Test
  void aWrongPinStopsTheStartWithoutQuotingEitherPin() {
    String wrong = "0000-wrong-pin";
    Starter.runner().withPropertyValues("trygg.keys.pkcs11-config=" + otherToken, "trygg.keys.password=" + wrong).run(context -> {
      TryggConfigurationException e = MisconfigurationTest.find(context.getStartupFailure());
      assertThat(e).isNotNull();
      assertThat(e.property()).isEqualTo("trygg.keys.pkcs11-config");
      assertThat(e.getMessage()).contains("cannot open the token configured in " + otherToken);
      for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain(wrong).doesNotContain(PIN);
      }
    });
  }
}
