package io.github.trygg.dsr.stores;

import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.ValueCipher;
import io.github.trygg.dsr.internal.codec.IdentifierCipher;
import io.github.trygg.dsr.internal.jdbc.PostgresStore;
import io.github.trygg.dsr.internal.journal.FileJournalStore;
import io.github.trygg.dsr.internal.journal.SyncMode;
import io.github.trygg.dsr.store.DsrStore;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * Opens the bundled stores.
 *
 * <p><b>Identifiers at rest.</b> Given a {@link KeyProvider} and a key id, a store seals the
 * identifiers of requests with AES-256-GCM under the key id's primary version ({@code
 * trygg-crypto}'s {@link ValueCipher}, keys derived for the domain {@code dsr.identifiers}), with
 * the request id and the identifier type as associated data. Every sealed value records the key id
 * and version it was sealed under, so rotation needs no migration: after {@code
 * KeyFileProvider.rotate} (or {@code KeyStoreProvider.rotate}) new writes use the new version and
 * values sealed under an earlier one are read as long as it is enabled. Destroying a version makes
 * every identifier sealed under it unreadable for good (crypto-shredding): reading such a request
 * is an {@link io.github.trygg.dsr.store.UnreadableIdentifierException} with reason {@code
 * DESTROYED}, while the rest of the store, the audit log included, stays usable. Writing when the
 * key id has no usable primary version is a {@link io.github.trygg.crypto.pseudonym.KeyException},
 * and nothing is written. Give the store a key id of its own, not the subject pseudonyms' one:
 * destroying its versions should shred identifiers, not unlink subjects.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DsrStores {
  private DsrStores() {}

  /**
   * The embedded journal in {@code file}, created when absent. Opening replays it and cuts a torn
   * last record; only one store may have a journal open at a time.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @param options journal options: durability and group commit
   * @return the open store; close it when done
   */
  public static DsrStore fileJournal(Path file, JournalOptions options) {
    return FileJournalStore.open(file, options.groupCommit() ? SyncMode.GROUPED : SyncMode.EVERY_RECORD, options.batchWindow());
  }

  /**
   * The embedded journal in {@code file} with the default options (group commit).
   *
   * @param file the journal file; its directory must exist
   * @return the open store; close it when done
   */
  public static DsrStore fileJournal(Path file) {
    return fileJournal(file, JournalOptions.defaults());
  }

  /**
   * The embedded journal with the identifiers of requests sealed on disk under {@code keyId}'s
   * versions in {@code keys}. In memory they stay sealed too, and are opened on every read. A
   * journal written without keys is read as it is and sealed from then on. Opening a sealed journal
   * without keys, or with another key id, fails with an {@link
   * io.github.trygg.dsr.store.UnreadableIdentifierException} naming the key id it needs.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @param options journal options: durability and group commit
   * @param keys the key provider that holds the key
   * @param keyId the key id in the key provider
   * @return the open store; close it when done
   * @throws IllegalArgumentException if the key id is malformed
   */
  public static DsrStore fileJournal(Path file, JournalOptions options, KeyProvider keys, String keyId) {
    return FileJournalStore.open(file, options.groupCommit() ? SyncMode.GROUPED : SyncMode.EVERY_RECORD, options.batchWindow(), cipher(keys, keyId));
  }

  /**
   * Rewrites a journal that no store has open with only the latest version of each entity and the
   * whole audit chain; sealed identifiers are carried over as they are, so it needs no key. Run it
   * in maintenance windows: the journal is append-only, so until then earlier versions — including
   * identifiers of requests closed since, and values sealed under a version rotated out — stay on
   * disk.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the journal's size before and after, in bytes
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
   *
   * @param dataSource the host's data source; the host brings the driver and the pool
   * @param schema the schema the tables live in, created or migrated on open
   * @return the open store; close it when done
   */
  public static DsrStore postgres(DataSource dataSource, String schema) {
    return PostgresStore.open(dataSource, schema);
  }

  /**
   * PostgreSQL with the identifiers of requests sealed in the database under {@code keyId}'s
   * versions in {@code keys}, as for the journal. A request whose identifiers cannot be opened is
   * an {@link io.github.trygg.dsr.store.UnreadableIdentifierException} when it is read.
   *
   * @param dataSource the host's data source; the host brings the driver and the pool
   * @param schema the schema the tables live in, created or migrated on open
   * @param keys the key provider that holds the key
   * @param keyId the key id in the key provider
   * @return the open store; close it when done
   * @throws IllegalArgumentException if the key id or the schema name is malformed
   */
  public static DsrStore postgres(DataSource dataSource, String schema, KeyProvider keys, String keyId) {
    return PostgresStore.open(dataSource, schema, cipher(keys, keyId));
  }

  private static IdentifierCipher cipher(KeyProvider keys, String keyId) {
    return IdentifierCipher.sealing(ValueCipher.of(keys, keyId, IdentifierCipher.DOMAIN));
  }

  /**
   * PostgreSQL in the schema {@code trygg_dsr}.
   *
   * @param dataSource the host's data source; the host brings the driver and the pool
   * @return the open store; close it when done
   */
  public static DsrStore postgres(DataSource dataSource) {
    return postgres(dataSource, "trygg_dsr");
  }
}
