package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyStoreAliasesTest {
  static KeyStoreAliases.Version key(int version, String alias) {
    return new KeyStoreAliases.Version(version, Optional.of(alias));
  }

  static KeyStoreAliases.Version destroyed(int version) {
    return new KeyStoreAliases.Version(version, Optional.empty());
  }

  @Test
  void namesVersionsInLowerCase() {
    assertEquals("trygg.export.2", KeyStoreAliases.alias(new KeyRef("Export", 2)));
    assertEquals("trygg.export.2.destroyed", KeyStoreAliases.marker(new KeyRef("export", 2)));
  }

  @Test
  void gapsAndMarkersAreDestroyedAndOtherAliasesAreLeftAlone() {
    Map<String, List<KeyStoreAliases.Version>> layout = KeyStoreAliases.layout(List.of(
        "trygg.export.2", "Trygg.Export.4", "trygg.export.5.destroyed", "trygg.export.3.destroyed", "trygg.export.3",
        "tls-server", "trygg.export.01", "trygg.export.0", "trygg.export.v3", "trygg.export.1000000", "trygg..1",
        "trygg.archive.1.destroyed"), "keys.p12");
    assertEquals(Map.of(
        "export", List.of(destroyed(1), key(2, "trygg.export.2"), destroyed(3), key(4, "Trygg.Export.4"), destroyed(5)),
        "archive", List.of(destroyed(1))), layout);
  }

  @Test
  void twoEntriesForOneVersionAreRefused() {
    KeyStoreAccessException e = assertThrows(KeyStoreAccessException.class,
        () -> KeyStoreAliases.layout(List.of("trygg.export.1", "trygg.EXPORT.1"), "token"));
    assertEquals(KeyStoreAccessException.Reason.INVALID_ENTRY, e.reason());
  }
}
