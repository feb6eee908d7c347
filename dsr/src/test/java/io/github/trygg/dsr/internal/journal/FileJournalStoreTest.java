package io.github.trygg.dsr.internal.journal;

import static io.github.trygg.dsr.store.Fixtures.event;
import static io.github.trygg.dsr.store.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.StoreException;
import io.github.trygg.dsr.stores.DsrStores;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the file journal does: torn and damaged records, one opener, compaction. The store
 * contract runs against it in trygg-dsr-testkit's build.
 */
class FileJournalStoreTest {
  @TempDir Path dir;
  DsrStore store;

  DsrStore open() {
    return DsrStores.fileJournal(dir.resolve("journal.log"));
  }

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private long fill(Path file, int n) {
    try (DsrStore s = DsrStores.fileJournal(file)) {
      for (int i = 0; i < n; i++) {
        s.commit(Change.builder().put(request("r" + i, 1, RequestStatus.RECEIVED)).audit(event("r" + i, "RECEIVED")).build());
      }
    }
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aTornLastRecordIsCutAndEverythingBeforeItKept() throws Exception {
    Path file = dir.resolve("torn.log");
    store.close();
    long full = fill(file, 10);
    for (long cut : new long[] {full - 1, full - 20, full - 60}) {
      Path copy = dir.resolve("torn-" + cut + ".log");
      Files.copy(file, copy);
      try (RandomAccessFile raf = new RandomAccessFile(copy.toFile(), "rw")) {
        raf.setLength(cut);
      }
      FileJournalStore s = FileJournalStore.open(copy, SyncMode.GROUPED, Duration.ZERO);
      try {
        assertEquals(9, s.recovery().records());
        assertTrue(s.recovery().bytesTruncated() > 0);
        assertEquals(9, s.requests().size());
        assertEquals(9, s.auditHead().seq());
        // Writing goes on where the good records end.
        s.commit(Change.builder().put(request("r9", 1, RequestStatus.RECEIVED)).audit(event("r9", "RECEIVED")).build());
      } finally {
        s.close();
      }
      try (FileJournalStore again = FileJournalStore.open(copy, SyncMode.GROUPED, Duration.ZERO)) {
        assertEquals(10, again.requests().size());
        assertEquals(0, again.recovery().bytesTruncated());
      }
    }
    store = open();
  }

  @Test
  void aCorruptLastRecordIsCutButCorruptionInTheMiddleRefusesToOpen() throws Exception {
    Path file = dir.resolve("corrupt.log");
    store.close();
    long full = fill(file, 10);
    Path last = dir.resolve("last.log");
    Files.copy(file, last);
    flip(last, full - 3);
    try (FileJournalStore s = FileJournalStore.open(last, SyncMode.GROUPED, Duration.ZERO)) {
      assertEquals(9, s.requests().size());
    }
    Path middle = dir.resolve("middle.log");
    Files.copy(file, middle);
    flip(middle, FileJournalStore.HEADER + 40);
    StoreException e = assertThrows(StoreException.class, () -> FileJournalStore.open(middle, SyncMode.GROUPED, Duration.ZERO));
    assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    store = open();
  }

  @Test
  void aJournalIsOpenOnlyOnce() {
    StoreException e = assertThrows(StoreException.class, () -> DsrStores.fileJournal(dir.resolve("journal.log")));
    assertTrue(e.getMessage().contains("open in another"), e.getMessage());
  }

  @Test
  void notAJournal() throws Exception {
    Path other = dir.resolve("other.log");
    Files.writeString(other, "hello, world: not a journal");
    assertThrows(StoreException.class, () -> DsrStores.fileJournal(other));
  }

  @Test
  void aClosedStoreRefusesWrites() {
    store.close();
    assertThrows(StoreException.class, () -> store.commit(Change.builder().audit(event("x", "y")).build()));
  }

  private static void flip(Path file, long at) throws Exception {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(at);
      int b = raf.read();
      raf.seek(at);
      raf.write(b ^ 0x5A);
    }
  }

  @Test
  void compactionKeepsTheLatestVersionsAndTheWholeChainAndDropsOldIdentifiers() throws Exception {
    store.commit(Change.builder().put(request("keep", 1, RequestStatus.RECEIVED)).audit(event("keep", "RECEIVED")).build());
    io.github.trygg.dsr.request.DataSubjectRequest closing = request("gone", 1, RequestStatus.RESPONDED);
    store.commit(Change.builder().put(closing).audit(event("gone", "RESPONDED")).build());
    store.commit(Change.builder().put(io.github.trygg.dsr.request.DataSubjectRequest.builder().from(request("gone", 2, RequestStatus.CLOSED))
        .identifiers(java.util.List.of()).build()).audit(event("gone", "CLOSED")).build());
    for (int v = 1; v <= 20; v++) {
      store.commit(Change.builder().put(io.github.trygg.dsr.store.Fixtures.task("t1", "keep", v, io.github.trygg.dsr.request.TaskStatus.PENDING))
          .audit(event("t1", "v" + v)).build());
    }
    io.github.trygg.dsr.audit.AuditCheckpoint head = store.auditHead();
    store.close();
    Path file = dir.resolve("journal.log");
    assertTrue(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains("LK-gone"));
    io.github.trygg.dsr.stores.JournalCompaction c = DsrStores.compactJournal(file);
    assertTrue(c.bytesAfter() < c.bytesBefore(), c.toString());
    assertTrue(!new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains("LK-gone"),
        "the closed request's identifier has left the disk");
    store = open();
    assertEquals(request("keep", 1, RequestStatus.RECEIVED), store.request("keep").orElseThrow());
    assertEquals(20, store.task("t1").orElseThrow().version());
    assertEquals(head, store.auditHead());
    assertTrue(io.github.trygg.dsr.audit.AuditVerification.of(store.audit(0, 1000), head).intact());
    assertEquals(24, store.commit(Change.builder().audit(event("x", "after")).build()).get(0).seq());
  }
}
