package io.github.trygg.dsr.stores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.KeyException;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.KeyStoreProvider;
import io.github.trygg.dsr.TestKeys;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.Fixtures;
import io.github.trygg.dsr.store.UnreadableIdentifierException;
import io.github.trygg.dsr.store.UnreadableIdentifierException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identifiers of requests sealed at rest in the journal under crypto's key model: key files, PKCS#12
 * stores, versions, rotation and crypto-shredding (the PostgreSQL store has the same in
 * trygg-dsr-testkit's tests).
 */
class IdentifierEncryptionTest {
  static final String ID = "dsr-identifiers";

  @TempDir Path dir;

  static DataSubjectRequest request(String id) {
    return Fixtures.request(id, 1, RequestStatus.RECEIVED);
  }

  static DataSubjectRequest next(DataSubjectRequest r) {
    return DataSubjectRequest.builder().from(r).version(r.version() + 1).build();
  }

  static String disk(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }

  static DsrStore journal(Path file, KeyProvider keys) {
    return DsrStores.fileJournal(file, JournalOptions.defaults(), keys, ID);
  }

  @Test
  void theJournalHoldsNoIdentifierAndGivesItBackWithTheKey() throws Exception {
    Path file = dir.resolve("j.log");
    Path keys = dir.resolve("keys.json");
    try (DsrStore store = journal(file, KeyFileProvider.create(keys, ID))) {
      store.commit(Change.builder().put(request("r1")).build());
      assertEquals("LK-r1", store.request("r1").orElseThrow().identifiers().get(0).value());
    }
    assertFalse(disk(file).contains("LK-r1"), "the identifier is not on disk");
    assertTrue(disk(file).contains(ID + ".1."), "the key id and version are written next to the value");
    try (DsrStore again = journal(file, KeyFileProvider.open(keys))) {
      assertEquals(request("r1").identifiers(), again.request("r1").orElseThrow().identifiers());
      assertEquals(List.of(request("r1")), again.requestsOf(request("r1").subjectRef()));
      assertEquals(List.of(request("r1")), again.requests());
    }
  }

  /** Write under v1, rotate, read both, new writes under v2 — and a request written again moves to v2. */
  @Test
  void rotationReadsBothVersionsAndWritesTheNewOne() throws Exception {
    Path file = dir.resolve("j.log");
    Path keys = dir.resolve("keys.json");
    try (DsrStore store = journal(file, KeyFileProvider.create(keys, ID))) {
      store.commit(Change.builder().put(request("before")).build());
    }
    assertEquals(new KeyRef(ID, 2), KeyFileProvider.rotate(keys, ID));
    try (DsrStore store = journal(file, KeyFileProvider.open(keys))) {
      assertEquals("LK-before", store.request("before").orElseThrow().identifiers().get(0).value());
      store.commit(Change.builder().put(request("after")).build());
      assertEquals("LK-after", store.request("after").orElseThrow().identifiers().get(0).value());
      store.commit(Change.builder().put(next(store.request("before").orElseThrow())).build());
    }
    assertTrue(disk(file).contains(ID + ".1.") && disk(file).contains(ID + ".2."));
    DsrStores.compactJournal(file);
    assertFalse(disk(file).contains(ID + ".1."), "after the rewrite and compaction only the new version's values remain");
    try (DsrStore store = journal(file, KeyFileProvider.open(keys))) {
      assertEquals("LK-before", store.request("before").orElseThrow().identifiers().get(0).value());
      assertEquals("LK-after", store.request("after").orElseThrow().identifiers().get(0).value());
    }
  }

  /**
   * Destroying a version shreds what it sealed: those requests' identifiers can never be read, the
   * rest of the journal opens and works, and versions of a request written again since are not
   * affected.
   */
  @Test
  void aDestroyedVersionMakesItsIdentifiersUnreadable() throws Exception {
    Path file = dir.resolve("j.log");
    Path keys = dir.resolve("keys.json");
    try (DsrStore store = journal(file, KeyFileProvider.create(keys, ID))) {
      store.commit(Change.builder().put(request("left")).put(request("moved")).build());
    }
    KeyFileProvider.rotate(keys, ID);
    try (DsrStore store = journal(file, KeyFileProvider.open(keys))) {
      store.commit(Change.builder().put(next(store.request("moved").orElseThrow())).put(request("new")).build());
    }
    KeyFileProvider.changeStatus(keys, new KeyRef(ID, 1), KeyStatus.DESTROYED);
    try (DsrStore store = journal(file, KeyFileProvider.open(keys))) {
      UnreadableIdentifierException e = assertThrows(UnreadableIdentifierException.class, () -> store.request("left"));
      assertEquals(Reason.DESTROYED, e.reason());
      assertEquals("left", e.requestId());
      assertEquals(new KeyRef(ID, 1), e.key().orElseThrow());
      assertEquals("the identifiers of request left are sealed under key dsr-identifiers v1: the key version has been destroyed", e.getMessage());
      assertEquals(Reason.DESTROYED, assertThrows(UnreadableIdentifierException.class, store::requests).reason());
      assertEquals("LK-moved", store.request("moved").orElseThrow().identifiers().get(0).value(), "its v1 version is superseded and never opened");
      assertEquals("LK-new", store.request("new").orElseThrow().identifiers().get(0).value());
      store.commit(Change.builder().put(request("later")).build());
      assertEquals("LK-later", store.request("later").orElseThrow().identifiers().get(0).value(), "the rest of the journal works");
    }
    // A suspended version is refused the same way, and reads again once enabled.
    Path keys2 = dir.resolve("keys2.json");
    Path file2 = dir.resolve("j2.log");
    try (DsrStore store = journal(file2, KeyFileProvider.create(keys2, ID))) {
      store.commit(Change.builder().put(request("r1")).build());
    }
    KeyFileProvider.rotate(keys2, ID);
    KeyFileProvider.changeStatus(keys2, new KeyRef(ID, 1), KeyStatus.DISABLED);
    try (DsrStore store = journal(file2, KeyFileProvider.open(keys2))) {
      assertEquals(Reason.DISABLED, assertThrows(UnreadableIdentifierException.class, () -> store.request("r1")).reason());
    }
    KeyFileProvider.changeStatus(keys2, new KeyRef(ID, 1), KeyStatus.ENABLED);
    try (DsrStore store = journal(file2, KeyFileProvider.open(keys2))) {
      assertEquals("LK-r1", store.request("r1").orElseThrow().identifiers().get(0).value());
    }
  }

  /** A PKCS#12 key store serves the journal as a key file does, rotation and crypto-shredding included. */
  @Test
  void aPkcs12KeyStoreServesTheJournal() throws Exception {
    Path file = dir.resolve("j.log");
    Path p12 = dir.resolve("keys.p12");
    char[] password = "correct horse battery".toCharArray();
    KeyStoreProvider keys = KeyStoreProvider.createPkcs12(p12, password, ID);
    try (DsrStore store = journal(file, keys)) {
      store.commit(Change.builder().put(request("r1")).build());
    }
    KeyStoreProvider reopened = KeyStoreProvider.pkcs12(p12, password);
    assertEquals(new KeyRef(ID, 2), reopened.rotate(ID));
    try (DsrStore store = journal(file, reopened)) {
      assertEquals("LK-r1", store.request("r1").orElseThrow().identifiers().get(0).value());
      store.commit(Change.builder().put(request("r2")).build());
      reopened.destroy(new KeyRef(ID, 1));
      // The provider knows at once; the open journal refuses v1 from the next read on.
      assertEquals(Reason.DESTROYED, assertThrows(UnreadableIdentifierException.class, () -> store.request("r1")).reason());
      assertEquals("LK-r2", store.request("r2").orElseThrow().identifiers().get(0).value());
    }
    assertFalse(disk(file).contains("LK-r") || disk(file).contains("horse"));
  }

  /** Another key — a key file made again, or another key id — is a typed error that names no secret. */
  @Test
  void aWrongKeyIsATypedErrorThatNamesNoSecret() throws Exception {
    Path file = dir.resolve("j.log");
    try (DsrStore store = journal(file, KeyFileProvider.create(dir.resolve("keys.json"), ID))) {
      store.commit(Change.builder().put(request("r1")).build());
    }
    String material = Files.readString(dir.resolve("keys.json"));
    // The same key id and version, other material (a key file made again): the journal does not open.
    KeyFileProvider impostor = KeyFileProvider.create(dir.resolve("other.json"), ID);
    UnreadableIdentifierException e = assertThrows(UnreadableIdentifierException.class, () -> journal(file, impostor));
    assertEquals(Reason.NOT_AUTHENTIC, e.reason());
    assertEquals(new KeyRef(ID, 1), e.key().orElseThrow());
    assertEquals("r1", e.requestId());
    String otherMaterial = Files.readString(dir.resolve("other.json"));
    for (String secret : List.of(field(material), field(otherMaterial), "LK-r1")) {
      assertFalse(e.getMessage().contains(secret), e.getMessage());
      assertFalse(String.valueOf(e.getCause()).contains(secret));
    }
    try (DsrStore store = journal(file, KeyFileProvider.open(dir.resolve("keys.json")))) {
      assertEquals("LK-r1", store.request("r1").orElseThrow().identifiers().get(0).value(), "the refused opening left the journal as it was");
    }
    // Another key id, or no keys at all: the journal does not open, and says which key it needs.
    UnreadableIdentifierException other = assertThrows(UnreadableIdentifierException.class,
        () -> DsrStores.fileJournal(file, JournalOptions.defaults(), TestKeys.provider(), TestKeys.IDENTIFIERS));
    assertEquals(Reason.UNKNOWN_KEY, other.reason());
    assertTrue(other.getMessage().contains("'" + ID + "'"), other.getMessage());
    UnreadableIdentifierException none = assertThrows(UnreadableIdentifierException.class, () -> DsrStores.fileJournal(file));
    assertEquals(Reason.NO_KEYS, none.reason());
    assertTrue(none.getMessage().contains(ID + " v1"), none.getMessage());
    // A key provider without the key id refuses to write, and nothing is written.
    Path fresh = dir.resolve("fresh.log");
    try (DsrStore store = DsrStores.fileJournal(fresh, JournalOptions.defaults(), TestKeys.provider(), "absent")) {
      long size = Files.size(fresh);
      assertEquals(KeyException.Reason.UNKNOWN_KEY,
          assertThrows(KeyException.class, () -> store.commit(Change.builder().put(request("r9")).build())).reason());
      assertTrue(store.request("r9").isEmpty());
      assertEquals(size, Files.size(fresh));
    }
  }

  /** The base64url material of a key file's one entry. */
  static String field(String keyFile) {
    int at = keyFile.indexOf("\"material\"");
    int start = keyFile.indexOf('"', keyFile.indexOf(':', at) + 1) + 1;
    String material = keyFile.substring(start, keyFile.indexOf('"', start));
    assertEquals(32, Base64.getUrlDecoder().decode(material).length);
    return material.substring(0, 16);
  }

  @Test
  void aPlainJournalIsReadAndSealedFromThenOn() throws Exception {
    Path file = dir.resolve("j.log");
    try (DsrStore plain = DsrStores.fileJournal(file)) {
      plain.commit(Change.builder().put(request("old")).build());
    }
    KeyProvider keys = KeyFileProvider.create(dir.resolve("keys.json"), ID);
    try (DsrStore store = journal(file, keys)) {
      assertEquals("LK-old", store.request("old").orElseThrow().identifiers().get(0).value());
      store.commit(Change.builder().put(request("new")).build());
      store.commit(Change.builder().put(next(store.request("old").orElseThrow())).build());
    }
    assertFalse(disk(file).contains("LK-new"));
    DsrStores.compactJournal(file);
    assertFalse(disk(file).contains("LK-"), "after compaction no identifier is on disk in the clear");
    try (DsrStore store = journal(file, keys)) {
      assertEquals("LK-old", store.request("old").orElseThrow().identifiers().get(0).value());
      assertEquals("LK-new", store.request("new").orElseThrow().identifiers().get(0).value());
    }
  }

  @Test
  void aClearValueThatBeginsWithEncStaysClearAndTheJournalOpensAgain() throws Exception {
    Path file = dir.resolve("j.log");
    DataSubjectRequest odd = DataSubjectRequest.builder().from(request("r1"))
        .identifiers(List.of(new SubjectIdentifier("device-id", "enc:k1:AAAA"), new SubjectIdentifier("device-id", "enc:dsr-test:" + "A".repeat(40)),
            new SubjectIdentifier("device-id", ID + ".1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), new SubjectIdentifier("device-id", "\u0000s")))
        .build();
    try (DsrStore store = DsrStores.fileJournal(file)) {
      store.commit(Change.builder().put(odd).build());
    }
    try (DsrStore again = DsrStores.fileJournal(file)) {
      assertEquals(odd.identifiers(), again.request("r1").orElseThrow().identifiers());
    }
    KeyProvider keys = KeyFileProvider.create(dir.resolve("keys.json"), ID);
    try (DsrStore keyed = journal(file, keys)) {
      assertEquals(odd.identifiers(), keyed.request("r1").orElseThrow().identifiers());
    }
    DsrStores.compactJournal(file);
    try (DsrStore again = DsrStores.fileJournal(file)) {
      assertEquals(odd.identifiers(), again.request("r1").orElseThrow().identifiers());
    }
  }
}
