package io.github.trygg.dsr.internal.journal;

import static io.github.trygg.dsr.store.Fixtures.event;
import static io.github.trygg.dsr.store.Fixtures.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.dsr.Seeds;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.StoreException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever point a crash cuts the file at, or whatever garbage it leaves in the last record,
 * opening yields exactly the records that were complete before it — never fewer, never a damaged one;
 * and damage before the last record makes opening fail instead of dropping what follows.
 */
class TornTailPropertyTest {
  @TempDir Path dir;

  @Test
  void anyCutOrGarbledTailRecoversTheCompletePrefix() throws Exception {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    Path file = dir.resolve("j.log");
    List<Long> ends = new ArrayList<>();
    try (FileJournalStore s = FileJournalStore.open(file, SyncMode.GROUPED, Duration.ZERO)) {
      for (int i = 0; i < 40; i++) {
        s.commit(Change.builder().put(request("r" + i, 1, RequestStatus.RECEIVED)).audit(event("r" + i, "RECEIVED")).build());
        ends.add(Files.size(file));
      }
    }
    long size = Files.size(file);
    for (int trial = 0; trial < 60; trial++) {
      long cut = FileJournalStore.HEADER + random.nextLong(size - FileJournalStore.HEADER + 1);
      long complete = ends.stream().filter(e -> e <= cut).count();
      Path copy = dir.resolve("t" + trial + ".log");
      Files.copy(file, copy);
      try (RandomAccessFile raf = new RandomAccessFile(copy.toFile(), "rw")) {
        raf.setLength(cut);
        // Half the time the crash also left garbage where the torn record was being written.
        if (random.nextBoolean() && cut < size) {
          byte[] junk = new byte[1 + random.nextInt(64)];
          random.nextBytes(junk);
          raf.seek(cut);
          raf.write(junk);
        }
      }
      try (FileJournalStore s = FileJournalStore.open(copy, SyncMode.GROUPED, Duration.ZERO)) {
        assertEquals(complete, s.requests().size(), "seed " + seed + ", cut at " + cut);
        assertEquals(complete, s.auditHead().seq(), "seed " + seed + ", cut at " + cut);
      }
      Files.delete(copy);
    }
    // Damage anywhere before the last record is never cut silently: the journal refuses to open.
    long lastStart = ends.get(ends.size() - 2);
    for (int trial = 0; trial < 40; trial++) {
      long at = FileJournalStore.HEADER + random.nextLong(lastStart - FileJournalStore.HEADER);
      Path copy = dir.resolve("d" + trial + ".log");
      Files.copy(file, copy);
      try (RandomAccessFile raf = new RandomAccessFile(copy.toFile(), "rw")) {
        raf.seek(at);
        int b = raf.read();
        raf.seek(at);
        raf.write(b ^ (1 + random.nextInt(255)));
      }
      long where = at;
      assertThrows(StoreException.class, () -> FileJournalStore.open(copy, SyncMode.GROUPED, Duration.ZERO).close(),
          "seed " + seed + ", damage at " + where);
      Files.delete(copy);
    }
  }
}
