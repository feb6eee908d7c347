package io.github.trygg.dsr.internal.journal;

import static io.github.trygg.dsr.store.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's files on disk: who may read them, and what compaction does to them. */
class JournalFilesTest {
  @TempDir Path dir;

  static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aNewJournalAndTheDirectoriesMadeForItAreTheOwnersAlone() throws Exception {
    Path file = dir.resolve("a/b/journal.log");
    try (DsrStore store = FileJournalStore.open(file, SyncMode.EVERY_RECORD, Duration.ZERO)) {
      store.commit(Change.builder().put(request("r1", 1, RequestStatus.RECEIVED)).build());
    }
    assertEquals("rw-------", mode(file));
    assertEquals("rwx------", mode(dir.resolve("a/b")));
    assertEquals("rwx------", mode(dir.resolve("a")));
    FileJournalStore.compact(file);
    assertEquals("rw-------", mode(file), "the compacted journal too");
  }

  @Test
  void compactionHoldsTheLockUntilTheNewJournalIsInPlace() throws Exception {
    Path file = dir.resolve("journal.log");
    try (DsrStore store = FileJournalStore.open(file, SyncMode.EVERY_RECORD, Duration.ZERO)) {
      store.commit(Change.builder().put(request("r1", 1, RequestStatus.RECEIVED)).build());
    }
    AtomicBoolean checked = new AtomicBoolean();
    FileJournalStore.compact(file, () -> {
      // A store that opened now could write a change the rename is about to replace.
      assertThrows(StoreException.class, () -> FileJournalStore.open(file, SyncMode.EVERY_RECORD, Duration.ZERO));
      checked.set(true);
    });
    assertTrue(checked.get());
    try (DsrStore store = FileJournalStore.open(file, SyncMode.EVERY_RECORD, Duration.ZERO)) {
      assertTrue(store.request("r1").isPresent());
    }
    assertFalse(Files.exists(dir.resolve("journal.log.compacting")));
  }

  @Test
  void aFileLeftByACrashedCompactionIsReplaced() throws Exception {
    Path file = dir.resolve("journal.log");
    try (DsrStore store = FileJournalStore.open(file, SyncMode.EVERY_RECORD, Duration.ZERO)) {
      store.commit(Change.builder().put(request("r1", 1, RequestStatus.RECEIVED)).build());
    }
    Files.writeString(dir.resolve("journal.log.compacting"), "left over");
    FileJournalStore.compact(file);
    try (DsrStore store = FileJournalStore.open(file, SyncMode.EVERY_RECORD, Duration.ZERO)) {
      assertTrue(store.request("r1").isPresent());
    }
  }
}
