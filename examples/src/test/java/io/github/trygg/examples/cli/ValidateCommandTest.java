package io.github.trygg.examples.cli;

import static io.github.trygg.examples.cli.CliRun.PROFILE;
import static io.github.trygg.examples.cli.CliRun.REGISTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path tmp;

  @Test
  void aVendorChecksItsProductProfileOnItsOwn() {
    CliRun alone = CliRun.of("validate", PROFILE);
    assertEquals(Trygg.BAD_INPUT, alone.exitCode(), "without the flag the profile is judged as a whole register: " + alone);

    CliRun run = CliRun.of("validate", "--product-profile", PROFILE);
    assertEquals(Trygg.OK, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("valid product profile: "), run.out());
    assertEquals("", run.err());
  }

  @Test
  void aProductProfileWithItsOwnMistakeStillFails() throws IOException {
    Path profile = tmp.resolve("product.yaml");
    Files.writeString(profile, Files.readString(Path.of(PROFILE)) + "\n# the vendor names a platform that is not one\n");
    Files.writeString(profile, Files.readString(profile).replaceFirst("(?m)^systems:\\n", "systems:\n  - id: flow-loop\n    name: Loop\n    hostedOn: flow-loop\n"));
    CliRun run = CliRun.of("validate", "--product-profile", profile.toString());
    assertEquals(Trygg.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("not-a-platform") || run.err().contains("not a platform"), run.err());
  }

  @Test
  void theFlagAndRegisterFilesDoNotMix() {
    CliRun run = CliRun.of("validate", "--product-profile", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("--product-profile checks one file on its own"), run.err());
  }

  @Test
  void aSyntaxErrorInOneFileIsTheOnlyProblemReported() throws IOException {
    Path broken = tmp.resolve("product.yaml");
    Files.writeString(broken, "format: trygg-register/1\nsystems:\n  - id: larm\n    name: [unclosed\n");
    CliRun run = CliRun.of("validate", broken.toString(), REGISTER);
    assertEquals(Trygg.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("product.yaml:"), run.err());
    assertFalse(run.err().contains("register.yaml"), "no follow-on problems in the file that has none: " + run.err());
  }

  @Test
  void anUnknownLanguageIsAPlainError() {
    CliRun run = CliRun.of("validate", "--lang", "de", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("sv, nb or en"), run.err());
    assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
  }
}
