package io.github.trygg.dsr.testkit;

import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyStoreProvider;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.JournalOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against the bundled file journal, in each of its sync modes and with sealed identifiers. */
class FileJournalStoreTest extends DsrStoreContract {
  @TempDir Path dir;

  @Override
  protected DsrStore open() {
    return DsrStores.fileJournal(dir.resolve("journal.log"));
  }

  @Override
  protected DsrStore reopen(DsrStore old) {
    old.close();
    return open();
  }

  /** One fsync per record. */
  @Nested
  class EveryRecord extends DsrStoreContract {
    @Override
    protected DsrStore open() {
      return DsrStores.fileJournal(dir.resolve("every.log"), JournalOptions.syncEveryRecord());
    }

    @Override
    protected DsrStore reopen(DsrStore old) {
      old.close();
      return open();
    }
  }

  /** Group commit with a batch window. */
  @Nested
  class Windowed extends DsrStoreContract {
    @Override
    protected DsrStore open() {
      return DsrStores.fileJournal(dir.resolve("windowed.log"), new JournalOptions(true, Duration.ofMillis(1)));
    }

    @Override
    protected DsrStore reopen(DsrStore old) {
      old.close();
      return open();
    }
  }

  /** Identifiers sealed under a key file's versions. */
  @Nested
  class SealedWithAKeyFile extends DsrStoreContract {
    private KeyProvider keys = KeyProvider.of(List.of());

    @Override
    protected DsrStore open() {
      keys = KeyFileProvider.create(dir.resolve("keys.json"), "dsr-identifiers");
      return DsrStores.fileJournal(dir.resolve("sealed.log"), JournalOptions.defaults(), keys, "dsr-identifiers");
    }

    @Override
    protected DsrStore reopen(DsrStore old) {
      old.close();
      return DsrStores.fileJournal(dir.resolve("sealed.log"), JournalOptions.defaults(), KeyFileProvider.open(dir.resolve("keys.json")), "dsr-identifiers");
    }
  }

  /** Identifiers sealed under a PKCS#12 key store's versions. */
  @Nested
  class SealedWithAPkcs12Store extends DsrStoreContract {
    private final char[] password = "correct horse battery".toCharArray();

    @Override
    protected DsrStore open() {
      KeyStoreProvider keys = KeyStoreProvider.createPkcs12(dir.resolve("keys.p12"), password, "dsr-identifiers");
      return DsrStores.fileJournal(dir.resolve("pkcs12.log"), JournalOptions.defaults(), keys, "dsr-identifiers");
    }

    @Override
    protected DsrStore reopen(DsrStore old) {
      old.close();
      return DsrStores.fileJournal(dir.resolve("pkcs12.log"), JournalOptions.defaults(), KeyStoreProvider.pkcs12(dir.resolve("keys.p12"), password),
          "dsr-identifiers");
    }
  }
}
