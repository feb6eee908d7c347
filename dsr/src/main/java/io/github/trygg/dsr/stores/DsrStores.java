package io.github.trygg.dsr.stores;

import io.github.trygg.dsr.internal.jdbc.PostgresStore;
import io.github.trygg.dsr.internal.journal.FileJournalStore;
import io.github.trygg.dsr.internal.journal.SyncMode;
import io.github.trygg.dsr.store.DsrStore;
import java.nio.file.Path;
import javax.sql.DataSource;
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

  /**
   * Rewrites a journal that no store has open with only the latest version of each entity and the
   * whole audit chain. Run it in maintenance windows: the journal is append-only, so until then
   * earlier versions — including identifiers of requests closed since — stay on disk.
   *
   */
  public static JournalCompaction compactJournal(Path file) {
    FileJournalStore.Compaction c = FileJournalStore.compact(file);
    return new JournalCompaction(c.bytesBefore(), c.bytesAfter());
  }

  /**
   * PostgreSQL through the host's {@link DataSource} (the host brings the driver, for example
   * {@code org.postgresql:postgresql}, and its pool). Tables live in {@code schema}, which is
   * created or migrated on opening. Several nodes may open the same schema: optimistic versions
   * keep them from advancing the same task twice.
   */
  public static DsrStore postgres(DataSource dataSource, String schema) {
    return PostgresStore.open(dataSource, schema);
  }

  /** PostgreSQL in the schema {@code trygg_dsr}. */
  public static DsrStore postgres(DataSource dataSource) {
    return postgres(dataSource, "trygg_dsr");
  }
}
