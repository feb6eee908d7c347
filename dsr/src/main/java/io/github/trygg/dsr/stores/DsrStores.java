package io.github.trygg.dsr.stores;

import io.github.trygg.dsr.internal.codec.IdentifierCipher;
import io.github.trygg.dsr.internal.jdbc.PostgresStore;
import io.github.trygg.dsr.internal.journal.FileJournalStore;
import io.github.trygg.dsr.internal.journal.SyncMode;
import io.github.trygg.dsr.store.DsrStore;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/** Opens the bundled stores. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
   * The embedded journal with the identifiers of requests encrypted on disk under {@code key}
   * (AES-256-GCM; in memory they are plain). A journal written without a key is read as it is and
   * encrypted from then on; opening an encrypted journal without its key fails with a {@link
   * io.github.trygg.dsr.store.StoreException} naming the key id.
   */
  public static DsrStore fileJournal(Path file, JournalOptions options, IdentifierKey key) {
    return FileJournalStore.open(file, options.groupCommit() ? SyncMode.GROUPED : SyncMode.EVERY_RECORD, options.batchWindow(), cipher(key));
  }

  /**
   * Rewrites a journal that no store has open with only the latest version of each entity and the
   * whole audit chain; encrypted identifiers are carried over as they are, so it needs no key. Run it in maintenance windows: the journal is append-only, so until then
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

  /** PostgreSQL with the identifiers of requests encrypted in the database under {@code key}, as for the journal. */
  public static DsrStore postgres(DataSource dataSource, String schema, IdentifierKey key) {
    return PostgresStore.open(dataSource, schema, cipher(key));
  }

  private static IdentifierCipher cipher(IdentifierKey key) {
    return IdentifierCipher.aesGcm(key.keyId(), key.bytes(), key.previousBytes());
  }

  /** PostgreSQL in the schema {@code trygg_dsr}. */
  public static DsrStore postgres(DataSource dataSource) {
    return postgres(dataSource, "trygg_dsr");
  }
}
