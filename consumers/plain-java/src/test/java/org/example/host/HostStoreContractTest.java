package org.example.host;

import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.testkit.DsrStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a host proves a store with the published test kit: subclass the contract and say how to open
 * and reopen the store. A host with its own store opens that; this one holds Trygg's journal to it.
 */
class HostStoreContractTest extends DsrStoreContract {
  @TempDir Path dir;

  @Override
  protected DsrStore open() {
    return DsrStores.fileJournal(dir.resolve("host.journal"));
  }

  @Override
  protected DsrStore reopen(DsrStore old) {
    old.close();
    return open();
  }
}
