package io.github.trygg.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/limits.md's raised limits, run: {@link Limits} reads what the defaults refuse. */
class LimitsTest {
  /** Data locations of one system: just over the default limit of 500 000 values in a document. */
  private static final int LOCATIONS = 500_001;

  @TempDir Path dir;

  @Test
  void raisedLimitsReadARegisterTheDefaultsRefuse() throws Exception {
    Path profile = Files.writeString(dir.resolve("profile.yaml"), "format: trygg-register/1\nsystems:\n  - {id: plattform, name: Plattform}\n");
    Path usage = dir.resolve("usage.yaml");
    try (BufferedWriter out = Files.newBufferedWriter(usage, StandardCharsets.UTF_8)) {
      out.write("format: trygg-register/1\nname: Storkommun\norganisation: {name: Storkommun, jurisdiction: sweden}\nsystems:\n"
          + "  - id: arkiv\n    name: Arkiv\n    dataLocations:\n");
      for (int i = 0; i < LOCATIONS; i++) {
        out.write("      - SE\n");
      }
    }
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> RegisterReader.read(profile, usage));
    assertTrue(refused.problems().stream().anyMatch(p -> p.code().equals("too-many-values")), refused.problems().toString());

    Register register = Limits.readLarge(profile, usage);
    assertEquals(2, register.systems().size());
    assertEquals(LOCATIONS, register.system("arkiv").orElseThrow().dataLocations().size());
  }
}
