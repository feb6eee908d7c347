package io.github.trygg.dsr.stores;

import io.github.trygg.dsr.internal.journal.FileJournalStore;
import io.github.trygg.dsr.internal.journal.SyncMode;
import io.github.trygg.dsr.store.DsrStore;
import java.nio.file.Path;
import org.apiguardian.api.API;

/** Opens the bundled stores. */
@API(status = API.Status.STABLE, since = "0.1")
public final class DsrStores {
  private DsrStores() {}

  /**
   * The embedded journal in {@code file}, created when absent. Opening replays it and cuts a torn
   * last record; only one store may have a journal open at a time.
   */
  public static DsrStore fileJournal(Path file, JournalOptions options) {
    return FileJournalStore.open(file, options.groupCommit() ? SyncMode.GROUPED : SyncMode.EVERY_RECORD, options.batchWindow());
  }

  public static DsrStore fileJournal(Path file) {
    return fileJournal(file, JournalOptions.defaults());
  }
}
