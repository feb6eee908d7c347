package io.github.trygg.dsr.testkit;

import io.github.trygg.dsr.store.DsrStore;

/** What a host does with the test kit: its own store, held to the contract by subclassing it. */
class InMemoryStoreTest extends DsrStoreContract {
  private InMemoryStore.Data data = new InMemoryStore.Data();

  @Override
  protected DsrStore open() {
    data = new InMemoryStore.Data();
    return new InMemoryStore(data, InMemoryStore.Fault.NONE);
  }

  @Override
  protected DsrStore reopen(DsrStore old) {
    old.close();
    return new InMemoryStore(data, InMemoryStore.Fault.NONE);
  }
}
