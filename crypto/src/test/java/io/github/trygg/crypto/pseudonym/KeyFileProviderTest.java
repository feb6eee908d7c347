package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileProviderTest {
  @TempDir Path dir;

  static final String M1 = Base64.getUrlEncoder().withoutPadding().encodeToString(TestKeys.material(0x5a));
  static final String M2 = Base64.getUrlEncoder().withoutPadding().encodeToString(TestKeys.material(0x6b));

  Path write(String json) throws Exception {
    Path file = dir.resolve("keys.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void createsRotatesAndKeepsOldVersionsReadable() throws Exception {
    Path file = dir.resolve("keys.json");
    KeyFileProvider created = KeyFileProvider.create(file, "export");
    assertEquals(new KeyRef("export", 1), created.primary("export").ref());
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
    PseudonymisationDomain domain = TestKeys.domain("care-export");
    String before = Pseudonymisation.builder().keys(created).build().hmac(domain).pseudonymise("kund-4711");

    assertEquals(new KeyRef("export", 2), KeyFileProvider.rotate(file, "export"));
    KeyFileProvider rotated = KeyFileProvider.open(file);
    assertEquals(KeyStatus.PRIMARY, rotated.key(new KeyRef("export", 2)).status());
    assertEquals(KeyStatus.ENABLED, rotated.key(new KeyRef("export", 1)).status());
    assertEquals(List.of(new KeyRef("export", 1), new KeyRef("export", 2)), rotated.versions("export"));
    String after = Pseudonymisation.builder().keys(rotated).build().hmac(domain).pseudonymise("kund-4711");
    assertTrue(before.startsWith("export.1."), before);
    assertTrue(after.startsWith("export.2."), after);
    assertNotEquals(before.substring(9), after.substring(9));

    // A new id in the same file.
    assertEquals(new KeyRef("backup", 1), KeyFileProvider.rotate(file, "backup"));
    assertEquals(KeyStatus.PRIMARY, KeyFileProvider.open(file).primary("backup").status());
    assertThrows(IllegalStateException.class, () -> KeyFileProvider.create(file, "export"));
  }

  @Test
  void destroyingRemovesTheMaterialFromTheFile() throws Exception {
    Path file = write("{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":["
        + "{\"id\":\"export\",\"version\":1,\"status\":\"enabled\",\"material\":\"" + M1 + "\"},"
        + "{\"id\":\"export\",\"version\":2,\"status\":\"primary\",\"material\":\"" + M2 + "\"}]}");
    KeyFileProvider.changeStatus(file, new KeyRef("export", 1), KeyStatus.DESTROYED);
    String text = Files.readString(file);
    assertFalse(text.contains(M1), "destroyed material is still in the file");
    assertTrue(text.contains(M2));
    KeyFileProvider keys = KeyFileProvider.open(file);
    assertEquals(KeyStatus.DESTROYED, keys.key(new KeyRef("export", 1)).status());
    assertEquals(0, keys.key(new KeyRef("export", 1)).bits());
    KeyException e = assertThrows(KeyException.class,
        () -> KeyFileProvider.changeStatus(file, new KeyRef("export", 1), KeyStatus.ENABLED));
    assertEquals(KeyException.Reason.DESTROYED, e.reason());

    // Promoting v1 is impossible; disabling v2 leaves no primary.
    KeyFileProvider.changeStatus(file, new KeyRef("export", 2), KeyStatus.DISABLED);
    KeyException none = assertThrows(KeyException.class, () -> KeyFileProvider.open(file).primary("export"));
    assertEquals(KeyException.Reason.NO_PRIMARY, none.reason());
    KeyFileProvider.changeStatus(file, new KeyRef("export", 2), KeyStatus.PRIMARY);
    assertEquals(2, KeyFileProvider.open(file).primary("export").ref().version());
  }

  @Test
  void malformedFilesAreRejectedWithLocationsAndWithoutTheMaterial() throws Exception {
    String notBase64 = "this-is-!!-secret-material-that-must-not-leak";
    Path file = write("{\n"
        + "  \"format\": \"trygg-keyset\",\n"
        + "  \"version\": 1,\n"
        + "  \"keys\": [\n"
        + "    {\"id\": \"export\", \"version\": 1, \"status\": \"primary\", \"material\": \"" + notBase64 + "\"},\n"
        + "    {\"id\": \"export\", \"version\": 2, \"status\": \"primary\", \"material\": \"" + M1 + "\"},\n"
        + "    {\"id\": \"export\", \"version\": 2, \"status\": \"enabled\", \"material\": \"" + M2 + "\"},\n"
        + "    {\"id\": \"old\", \"version\": 1, \"status\": \"destroyed\", \"material\": \"" + M2 + "\"},\n"
        + "    {\"id\": \"short\", \"version\": 1, \"status\": \"primary\", \"material\": \"AAAA\"},\n"
        + "    {\"id\": \"typo\", \"version\": 1, \"staus\": \"primary\", \"material\": \"" + M1 + "\"}\n"
        + "  ]\n"
        + "}\n");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeyFileProvider.open(file));
    List<String> codes = e.problems().stream().map(Problem::code).toList();
    assertTrue(codes.contains("key-material"), codes.toString());
    assertTrue(codes.contains("two-primaries"), codes.toString());
    assertTrue(codes.contains("duplicate-key-version"), codes.toString());
    assertTrue(codes.contains("destroyed-with-material"), codes.toString());
    assertTrue(codes.contains("unknown-property"), codes.toString());
    Problem material = e.problems().stream().filter(p -> p.code().equals("key-material")).findFirst().orElseThrow();
    assertEquals("keys.json", material.location().source());
    assertEquals(5, material.location().line());
    assertEquals("/keys/0/material", material.location().pointer());
    assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("did you mean 'status'")), e.getMessage());
    assertFalse(e.getMessage().contains(notBase64));
    assertFalse(e.getMessage().contains(M1));
    assertFalse(e.getMessage().contains(M2));
  }

  @Test
  void aSyntaxErrorNeverQuotesTheFile() throws Exception {
    Path file = write("{\"format\":\"trygg-keyset\",\"keys\":[{\"material\": Zm9vYmFyc2VjcmV0}]}");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeyFileProvider.open(file));
    assertEquals("syntax", e.problems().get(0).code());
    assertTrue(e.problems().get(0).location().line() > 0);
    assertFalse(e.getMessage().contains("Zm9v"), e.getMessage());
  }

  @Test
  void notAKeyFile() throws Exception {
    Path file = write("{\"format\":\"register\",\"keys\":[]}");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeyFileProvider.open(file));
    assertEquals("key-file-format", e.problems().get(0).code());
  }

  @Test
  void unknownKeysAndVersionsAreTypedErrors() throws Exception {
    Path file = dir.resolve("k.json");
    KeyFileProvider keys = KeyFileProvider.create(file, "export");
    assertEquals(KeyException.Reason.UNKNOWN_KEY, assertThrows(KeyException.class, () -> keys.primary("nope")).reason());
    assertEquals(KeyException.Reason.UNKNOWN_VERSION,
        assertThrows(KeyException.class, () -> keys.key(new KeyRef("export", 9))).reason());
    assertTrue(keys.versions("nope").isEmpty());
    assertEquals(KeyException.Reason.UNKNOWN_VERSION,
        assertThrows(KeyException.class, () -> KeyFileProvider.changeStatus(file, new KeyRef("export", 7), KeyStatus.DISABLED)).reason());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"status\" : \"primary\"") || text.contains("\"status\": \"primary\""), text);
  }
}
