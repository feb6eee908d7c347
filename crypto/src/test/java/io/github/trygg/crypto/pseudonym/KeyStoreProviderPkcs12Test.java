package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link KeyStoreProvider} over a PKCS#12 file: nothing external needed but the JDK's keytool. */
class KeyStoreProviderPkcs12Test {
  static final char[] PASSWORD = "correct horse battery".toCharArray();
  static final String VALUE = "kund-4711";

  @TempDir Path dir;

  static PseudonymisationDomain domain() {
    return TestKeys.domain("care-export");
  }

  static String hmac(KeyProvider keys) {
    return Pseudonymisation.builder().keys(keys).build().hmac(domain()).pseudonymise(VALUE);
  }

  static String siv(KeyProvider keys) {
    return Pseudonymisation.builder().keys(keys).build().siv(domain()).pseudonymise(VALUE);
  }

  static String reidentify(KeyProvider keys, String pseudonym) {
    return Pseudonymisation.builder().keys(keys).build()
        .reidentifier(domain(), Technique.AES_SIV)
        .reidentify(pseudonym, new Authorisation("anna", "dpo", "a request for access", "DSR-2026-17"));
  }

  static KeyStore load(Path file) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD);
    }
    return store;
  }

  static void save(KeyStore store, Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }
  }

  @Test
  void createsRotatesAndKeepsEarlierVersionsReadable() throws Exception {
    Path file = dir.resolve("keys.p12");
    KeyStoreProvider keys = KeyStoreProvider.createPkcs12(file, PASSWORD, "export");
    assertEquals(new KeyRef("export", 1), keys.primary("export").ref());
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
    String v1 = siv(keys);
    assertTrue(v1.startsWith("export.1."), v1);

    assertEquals(new KeyRef("export", 2), keys.rotate("export"));
    assertEquals(KeyStatus.PRIMARY, keys.primary("export").status());
    assertEquals(2, keys.primary("export").ref().version());
    assertEquals(KeyStatus.ENABLED, keys.key(new KeyRef("export", 1)).status());

    KeyStoreProvider reopened = KeyStoreProvider.pkcs12(file, PASSWORD);
    assertEquals(List.of(new KeyRef("export", 1), new KeyRef("export", 2)), reopened.versions("export"));
    String v2 = siv(reopened);
    assertTrue(v2.startsWith("export.2."), v2);
    assertEquals(VALUE, reidentify(reopened, v1));
    assertEquals(VALUE, reidentify(reopened, v2));
    assertEquals(256, reopened.primary("export").bits());
    assertEquals(List.of("trygg.export.1", "trygg.export.2"), aliases(file));
    assertThrows(IllegalStateException.class, () -> KeyStoreProvider.createPkcs12(file, PASSWORD, "export"));
    assertEquals(List.of(), reopened.versions("other"));
    assertEquals(KeyException.Reason.UNKNOWN_KEY, assertThrows(KeyException.class, () -> reopened.primary("other")).reason());
    assertEquals(KeyException.Reason.UNKNOWN_VERSION,
        assertThrows(KeyException.class, () -> reopened.key(new KeyRef("export", 3))).reason());
  }

  static List<String> aliases(Path file) throws Exception {
    List<String> aliases = new ArrayList<>(Collections.list(load(file).aliases()));
    Collections.sort(aliases);
    return aliases;
  }

  @Test
  void aMasterKeyCopiedFromAKeyFileGivesTheSamePseudonyms() throws Exception {
    Path keyFile = dir.resolve("keys.json");
    KeyFileProvider.create(keyFile, "export");
    KeyFileProvider.rotate(keyFile, "export");
    KeyFileProvider.rotate(keyFile, "export");
    KeyFileProvider.changeStatus(keyFile, new KeyRef("export", 1), KeyStatus.DESTROYED);
    KeyFileProvider fromFile = KeyFileProvider.open(keyFile);
    String madeWithV2 = siv(KeyProvider.of(List.of(fromFile.key(new KeyRef("export", 2)).withStatus(KeyStatus.PRIMARY))));

    Path file = dir.resolve("keys.p12");
    KeyStoreProvider store = KeyStoreProvider.createPkcs12(file, PASSWORD, "unrelated");
    KeyExport permit = KeyExport.permit("move the export key from the key file into the PKCS#12 store");
    for (KeyRef ref : fromFile.versions("export")) {
      assertEquals(ref, store.importKey(fromFile.key(ref), permit));
    }
    KeyStoreProvider reopened = KeyStoreProvider.pkcs12(file, PASSWORD);
    for (KeyProvider keys : List.of(store, reopened)) {
      assertEquals(KeyStatus.DESTROYED, keys.key(new KeyRef("export", 1)).status());
      assertEquals(KeyStatus.ENABLED, keys.key(new KeyRef("export", 2)).status());
      assertEquals(KeyStatus.PRIMARY, keys.primary("export").status());
      assertEquals(hmac(fromFile), hmac(keys));
      assertEquals(siv(fromFile), siv(keys));
      Pseudonymisation a = Pseudonymisation.builder().keys(fromFile).build();
      Pseudonymisation b = Pseudonymisation.builder().keys(keys).build();
      IdentityFpeOptions fpe = IdentityFpeOptions.builder()
          .preservation(Preservation.DECADE).latestBirthDate(LocalDate.of(2025, 12, 31)).acknowledgeRealPersonRisk(true).build();
      assertEquals(a.identityFpe(domain(), fpe).pseudonymise("19640823-3234"), b.identityFpe(domain(), fpe).pseudonymise("19640823-3234"));
      assertEquals(a.identityHmac(domain()).pseudonymise("19640823-3234"), b.identityHmac(domain()).pseudonymise("19640823-3234"));
      assertEquals(VALUE, reidentify(keys, madeWithV2));
    }
    assertTrue(aliases(file).containsAll(List.of("trygg.export.1.destroyed", "trygg.export.2", "trygg.export.3")), aliases(file).toString());
    assertFalse(aliases(file).contains("trygg.export.1"));
    // Versions are imported oldest first, each once; a disabled one is not silently enabled.
    assertThrows(IllegalStateException.class, () -> store.importKey(fromFile.key(new KeyRef("export", 3)), permit));
    assertThrows(IllegalArgumentException.class,
        () -> store.importKey(TestKeys.key("suspended", 1, KeyStatus.DISABLED, 0x44), permit));
    assertEquals(List.of(), store.versions("suspended"));
  }

  @Test
  void destroyingDeletesTheEntryAndLeavesAMarker() throws Exception {
    Path file = dir.resolve("keys.p12");
    KeyStoreProvider keys = KeyStoreProvider.createPkcs12(file, PASSWORD, "export");
    byte[] v1 = keys.key(new KeyRef("export", 1)).export(KeyExport.permit("check that destroying removes it"));
    String madeWithV1 = siv(keys);
    keys.rotate("export");
    keys.rotate("export");

    keys.destroy(new KeyRef("export", 1));
    assertEquals(KeyStatus.DESTROYED, keys.key(new KeyRef("export", 1)).status());
    assertEquals(0, keys.key(new KeyRef("export", 1)).bits());
    KeyException shredded = assertThrows(KeyException.class, () -> reidentify(keys, madeWithV1));
    assertEquals(KeyException.Reason.DESTROYED, shredded.reason());
    assertEquals(List.of("trygg.export.1.destroyed", "trygg.export.2", "trygg.export.3"), aliases(file));
    KeyStore store = load(file);
    for (String alias : Collections.list(store.aliases())) {
      Key key = store.getKey(alias, PASSWORD);
      assertFalse(java.util.Arrays.equals(v1, key.getEncoded()), "the destroyed key is still in the file under " + alias);
    }
    assertEquals(KeyStatus.DESTROYED, KeyStoreProvider.pkcs12(file, PASSWORD).key(new KeyRef("export", 1)).status());

    // Destroying the primary leaves no primary until the next rotation: no silent return to v2.
    keys.destroy(new KeyRef("export", 3));
    assertEquals(KeyException.Reason.NO_PRIMARY, assertThrows(KeyException.class, () -> keys.primary("export")).reason());
    assertEquals(KeyStatus.ENABLED, keys.key(new KeyRef("export", 2)).status());
    assertEquals(new KeyRef("export", 4), keys.rotate("export"));
    assertEquals(4, keys.primary("export").ref().version());
    assertEquals(KeyException.Reason.UNKNOWN_VERSION,
        assertThrows(KeyException.class, () -> keys.destroy(new KeyRef("export", 5))).reason());
    assertEquals(KeyException.Reason.UNKNOWN_KEY,
        assertThrows(KeyException.class, () -> keys.destroy(new KeyRef("other", 1))).reason());
  }

  @Test
  void anEntryDeletedByHandBelowTheNewestIsDestroyedAfterReload() throws Exception {
    Path file = dir.resolve("keys.p12");
    KeyStoreProvider keys = KeyStoreProvider.createPkcs12(file, PASSWORD, "export");
    keys.rotate("export");
    KeyStore store = load(file);
    store.deleteEntry("trygg.export.1");
    save(store, file);
    assertEquals(KeyStatus.ENABLED, keys.key(new KeyRef("export", 1)).status(), "read before the deletion");
    keys.reload();
    assertEquals(KeyStatus.DESTROYED, keys.key(new KeyRef("export", 1)).status());
    assertEquals(KeyStatus.PRIMARY, keys.key(new KeyRef("export", 2)).status());
  }

  @Test
  void readsAStoreMadeWithKeytoolAndIgnoresOtherAliases() throws Exception {
    Path file = dir.resolve("made-by-keytool.p12");
    keytool(file, "-genseckey", "-alias", "trygg.export.1", "-keyalg", "HmacSHA256", "-keysize", "256");
    keytool(file, "-genseckey", "-alias", "trygg.export.2", "-keyalg", "HmacSHA256", "-keysize", "512");
    keytool(file, "-genseckey", "-alias", "backup-aes", "-keyalg", "AES", "-keysize", "128");
    KeyStoreProvider keys = KeyStoreProvider.pkcs12(file, PASSWORD);
    assertEquals(List.of(new KeyRef("export", 1), new KeyRef("export", 2)), keys.versions("export"));
    assertEquals(512, keys.primary("export").bits());
    String pseudonym = siv(keys);
    assertTrue(pseudonym.startsWith("export.2."), pseudonym);
    assertEquals(VALUE, reidentify(KeyStoreProvider.pkcs12(file, PASSWORD), pseudonym));

    // Key ids are compared without regard to case (PKCS#12 keeps aliases in lower case); the
    // pseudonym carries the id as the domain spells it.
    PseudonymisationDomain upper = PseudonymisationDomain.builder().name("care-export").purpose("statistics").keyId("EXPORT").build();
    String shouted = Pseudonymisation.builder().keys(keys).build().siv(upper).pseudonymise(VALUE);
    assertTrue(shouted.startsWith("EXPORT.2."), shouted);
    assertEquals(pseudonym.substring("export".length()), shouted.substring("EXPORT".length()));

    // A 128-bit key under a Trygg alias is refused with its alias, never read as a short master key.
    keytool(file, "-genseckey", "-alias", "trygg.export.3", "-keyalg", "AES", "-keysize", "128");
    KeyStoreAccessException e = assertThrows(KeyStoreAccessException.class, () -> KeyStoreProvider.pkcs12(file, PASSWORD));
    assertEquals(KeyStoreAccessException.Reason.INVALID_ENTRY, e.reason());
    assertEquals("trygg.export.3", e.alias().orElseThrow());
  }

  static void keytool(Path file, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD)));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "keytool timed out");
    assertEquals(0, p.exitValue(), () -> "keytool printed: " + out);
  }

  @Test
  void aWrongPasswordADamagedFileAndAMissingOneAreTypedErrorsWithoutSecrets() throws Exception {
    Path file = dir.resolve("keys.p12");
    KeyStoreProvider keys = KeyStoreProvider.createPkcs12(file, PASSWORD, "export");
    byte[] material = keys.primary("export").export(KeyExport.permit("compare with what is printed"));
    String password = new String(PASSWORD);

    KeyStoreAccessException refused = assertThrows(KeyStoreAccessException.class,
        () -> KeyStoreProvider.pkcs12(file, "wrong password".toCharArray()));
    assertEquals(KeyStoreAccessException.Reason.LOGIN_REFUSED, refused.reason());
    assertEquals("keys.p12", refused.store());
    assertFalse(refused.getMessage().contains("wrong password"));

    Path damaged = dir.resolve("damaged.p12");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    KeyStoreAccessException unreadable = assertThrows(KeyStoreAccessException.class, () -> KeyStoreProvider.pkcs12(damaged, PASSWORD));
    assertEquals(KeyStoreAccessException.Reason.UNREADABLE, unreadable.reason());

    assertThrows(UncheckedIOException.class, () -> KeyStoreProvider.pkcs12(dir.resolve("missing.p12"), PASSWORD));

    for (String text : List.of(keys.toString(), keys.primary("export").toString(), refused.getMessage(), unreadable.getMessage())) {
      assertFalse(text.contains(password), text);
      SecretHygieneTest.assertNoMaterial(text);
      assertFalse(text.contains(java.util.HexFormat.of().formatHex(material)), text);
    }
    assertEquals("KeyStoreProvider[PKCS#12 keys.p12, 1 versions]", keys.toString());
  }

  @Test
  void readersSeeAConsistentPrimaryWhileAnotherThreadRotates() throws Exception {
    Path file = dir.resolve("keys.p12");
    KeyStoreProvider keys = KeyStoreProvider.createPkcs12(file, PASSWORD, "export");
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> {
      try {
        int seen = 1;
        for (int i = 0; i < 500; i++) {
          MasterKey primary = keys.primary("export");
          assertEquals(KeyStatus.PRIMARY, primary.status());
          assertTrue(primary.ref().version() >= seen, "the primary went back");
          seen = primary.ref().version();
          assertTrue(keys.versions("export").contains(primary.ref()));
        }
      } catch (Throwable t) {
        failures.add(t);
      }
    });
    reader.start();
    for (int i = 0; i < 5; i++) {
      keys.rotate("export");
    }
    reader.join();
    assertEquals(List.of(), failures);
    assertEquals(6, keys.primary("export").ref().version());
    String v5 = siv(KeyProvider.of(List.of(keys.key(new KeyRef("export", 5)).withStatus(KeyStatus.PRIMARY))));
    assertNotEquals(siv(keys).substring("export.6.".length()), v5.substring("export.5.".length()));
  }
}
