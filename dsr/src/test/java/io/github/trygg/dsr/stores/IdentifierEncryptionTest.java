package io.github.trygg.dsr.stores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.Fixtures;
import io.github.trygg.dsr.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identifiers of open requests encrypted at rest in the journal (the PostgreSQL store has its own test). */
public class IdentifierEncryptionTest {
  /** A fixed test key; never a real one. */
  public static final IdentifierKey KEY = IdentifierKey.of("dsr-test", filled(7));
  static final IdentifierKey OTHER = IdentifierKey.of("dsr-other", filled(9));

  @TempDir Path dir;

  static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }

  DataSubjectRequest request(String id) {
    return Fixtures.request(id, 1, RequestStatus.RECEIVED);
  }

  String disk(Path file) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
  }

  @Test
  void theJournalHoldsNoIdentifierAndGivesItBackWithTheKey() throws Exception {
    Path file = dir.resolve("j.log");
    try (DsrStore store = DsrStores.fileJournal(file, JournalOptions.defaults(), KEY)) {
      store.commit(Change.builder().put(request("r1")).build());
      assertEquals("LK-r1", store.request("r1").orElseThrow().identifiers().get(0).value());
    }
    assertFalse(disk(file).contains("LK-r1"), "the identifier is not on disk");
    assertTrue(disk(file).contains("dsr-test"), "the key id is written next to the value");
    try (DsrStore again = DsrStores.fileJournal(file, JournalOptions.defaults(), KEY)) {
      assertEquals(request("r1").identifiers(), again.request("r1").orElseThrow().identifiers());
    }
  }

  @Test
  void withoutTheKeyOrWithAnotherTheJournalDoesNotOpen() {
    Path file = dir.resolve("j.log");
    try (DsrStore store = DsrStores.fileJournal(file, JournalOptions.defaults(), KEY)) {
      store.commit(Change.builder().put(request("r1")).build());
    }
    StoreException none = assertThrows(StoreException.class, () -> DsrStores.fileJournal(file));
    assertTrue(none.getMessage().contains("'dsr-test'"), none.getMessage());
    StoreException other = assertThrows(StoreException.class, () -> DsrStores.fileJournal(file, JournalOptions.defaults(), OTHER));
    assertTrue(other.getMessage().contains("'dsr-test'"), other.getMessage());
    assertFalse(other.getMessage().contains("LK-"), "no identifier in the message");
  }

  @Test
  void aPlainJournalIsReadAndEncryptedFromThenOn() throws Exception {
    Path file = dir.resolve("j.log");
    try (DsrStore plain = DsrStores.fileJournal(file)) {
      plain.commit(Change.builder().put(request("old")).build());
    }
    try (DsrStore store = DsrStores.fileJournal(file, JournalOptions.defaults(), KEY)) {
      assertEquals("LK-old", store.request("old").orElseThrow().identifiers().get(0).value());
      store.commit(Change.builder().put(request("new")).build());
    }
    assertFalse(disk(file).contains("LK-new"));
    // Compaction rewrites the old version with the new one's layout and needs no key.
    try (DsrStore store = DsrStores.fileJournal(file, JournalOptions.defaults(), KEY)) {
      DataSubjectRequest old = store.request("old").orElseThrow();
      store.commit(Change.builder().put(DataSubjectRequest.builder().from(old).version(2).build()).build());
    }
    DsrStores.compactJournal(file);
    assertFalse(disk(file).contains("LK-"), "after compaction no identifier is on disk in the clear");
    try (DsrStore store = DsrStores.fileJournal(file, JournalOptions.defaults(), KEY)) {
      assertEquals("LK-old", store.request("old").orElseThrow().identifiers().get(0).value());
      assertEquals("LK-new", store.request("new").orElseThrow().identifiers().get(0).value());
    }
  }

  @Test
  void aRotatedKeyReadsWhatTheEarlierOneWrote() throws Exception {
    Path file = dir.resolve("j.log");
    try (DsrStore store = DsrStores.fileJournal(file, JournalOptions.defaults(), OTHER)) {
      store.commit(Change.builder().put(request("before")).build());
    }
    IdentifierKey rotated = KEY.readingAlso(OTHER);
    try (DsrStore store = DsrStores.fileJournal(file, JournalOptions.defaults(), rotated)) {
      DataSubjectRequest before = store.request("before").orElseThrow();
      assertEquals("LK-before", before.identifiers().get(0).value());
      store.commit(Change.builder().put(DataSubjectRequest.builder().from(before).version(2).build()).build());
    }
    DsrStores.compactJournal(file);
    assertFalse(disk(file).contains("dsr-other"), "after the rewrite and compaction only the new key's values remain");
    try (DsrStore store = DsrStores.fileJournal(file, JournalOptions.defaults(), KEY)) {
      assertEquals("LK-before", store.request("before").orElseThrow().identifiers().get(0).value());
    }
    assertThrows(IllegalArgumentException.class, () -> KEY.readingAlso(IdentifierKey.of("dsr-test", filled(3))));
  }

  @Test
  void aClearValueThatBeginsWithEncStaysClearAndTheJournalOpensAgain() throws Exception {
    Path file = dir.resolve("j.log");
    DataSubjectRequest odd = DataSubjectRequest.builder().from(request("r1"))
        .identifiers(java.util.List.of(new io.github.trygg.dsr.request.SubjectIdentifier("device-id", "enc:k1:AAAA"),
            new io.github.trygg.dsr.request.SubjectIdentifier("device-id", "enc:dsr-test:" + "A".repeat(40))))
        .build();
    try (DsrStore store = DsrStores.fileJournal(file)) {
      store.commit(Change.builder().put(odd).build());
    }
    try (DsrStore again = DsrStores.fileJournal(file)) {
      assertEquals(odd.identifiers(), again.request("r1").orElseThrow().identifiers());
    }
    try (DsrStore keyed = DsrStores.fileJournal(file, JournalOptions.defaults(), KEY)) {
      assertEquals(odd.identifiers(), keyed.request("r1").orElseThrow().identifiers());
    }
    DsrStores.compactJournal(file);
    try (DsrStore again = DsrStores.fileJournal(file)) {
      assertEquals(odd.identifiers(), again.request("r1").orElseThrow().identifiers());
    }
  }

  @Test
  void keysAreCheckedAndNeverShown() {
    assertEquals("IdentifierKey[dsr-test]", KEY.toString());
    assertThrows(IllegalArgumentException.class, () -> IdentifierKey.of("dsr-test", new byte[16]));
    assertThrows(IllegalArgumentException.class, () -> IdentifierKey.of("no spaces", filled(1)));
  }
}
