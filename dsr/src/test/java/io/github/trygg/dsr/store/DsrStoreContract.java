package io.github.trygg.dsr.store;

import static io.github.trygg.dsr.store.Fixtures.breach;
import static io.github.trygg.dsr.store.Fixtures.consent;
import static io.github.trygg.dsr.store.Fixtures.event;
import static io.github.trygg.dsr.store.Fixtures.request;
import static io.github.trygg.dsr.store.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.audit.AuditVerification;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DsrStore} must do; each store's test extends this. */
public abstract class DsrStoreContract {
  protected DsrStore store;

  /** A new, empty store. */
  protected abstract DsrStore open() throws Exception;

  /** The same store's data through a new instance, after {@code old} is closed. */
  protected abstract DsrStore reopen(DsrStore old) throws Exception;

  @BeforeEach
  public void openStore() throws Exception {
    store = open();
  }

  @AfterEach
  public void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @Test
  public void writesAreReadBackEqual() throws Exception {
    store.commit(Change.builder().put(request("r1", 1, RequestStatus.RECEIVED)).put(task("t1", "r1", 1, TaskStatus.PENDING))
        .put(consent("c1", "p1.k.r1")).put(breach("b1", 1)).audit(event("r1", "RECEIVED")).build());
    for (DsrStore s : List.of(store, store = reopen(store))) {
      assertEquals(request("r1", 1, RequestStatus.RECEIVED), s.request("r1").orElseThrow());
      assertEquals(task("t1", "r1", 1, TaskStatus.PENDING), s.task("t1").orElseThrow());
      assertEquals(consent("c1", "p1.k.r1"), s.consent("c1").orElseThrow());
      assertEquals(breach("b1", 1), s.breach("b1").orElseThrow());
      assertEquals(1, s.auditHead().seq());
    }
    assertTrue(store.request("nope").isEmpty());
  }

  @Test
  public void updatesAdvanceVersions() {
    store.commit(Change.builder().put(task("t1", "r1", 1, TaskStatus.PENDING)).build());
    store.commit(Change.builder().put(task("t1", "r1", 2, TaskStatus.SENT)).build());
    store.commit(Change.builder().put(task("t1", "r1", 3, TaskStatus.DONE)).build());
    assertEquals(task("t1", "r1", 3, TaskStatus.DONE), store.task("t1").orElseThrow());
  }

  @Test
  public void aStaleWriteFailsAndNothingOfItsChangeIsApplied() {
    store.commit(Change.builder().put(request("r1", 1, RequestStatus.RECEIVED)).put(task("t1", "r1", 1, TaskStatus.PENDING)).build());
    store.commit(Change.builder().put(task("t1", "r1", 2, TaskStatus.SENT)).build());
    StaleVersionException e = assertThrows(StaleVersionException.class, () -> store.commit(Change.builder()
        .put(request("r1", 2, RequestStatus.AWAITING_IDENTITY))
        .put(task("t1", "r1", 2, TaskStatus.SKIPPED))
        .audit(event("r1", "AWAITING_IDENTITY")).build()));
    assertEquals("task", e.entity());
    assertEquals(1, e.expected());
    assertEquals(2, e.actual());
    assertEquals(1, store.request("r1").orElseThrow().version());
    assertEquals(TaskStatus.SENT, store.task("t1").orElseThrow().status());
    assertEquals(AuditCheckpoint.GENESIS, store.auditHead());
  }

  @Test
  public void creatingTwiceIsStale() {
    store.commit(Change.builder().put(breach("b1", 1)).build());
    assertEquals(1, assertThrows(StaleVersionException.class, () -> store.commit(Change.builder().put(breach("b1", 1)).build())).actual());
    assertEquals(0, assertThrows(StaleVersionException.class, () -> store.commit(Change.builder().put(breach("b2", 2)).build())).actual());
  }

  @Test
  public void listsAreOrderedById() {
    store.commit(Change.builder().put(request("r2", 1, RequestStatus.RECEIVED)).put(request("r1", 1, RequestStatus.RECEIVED))
        .put(task("t3", "r1", 1, TaskStatus.PENDING)).put(task("t1", "r1", 1, TaskStatus.PENDING)).put(task("t2", "r2", 1, TaskStatus.PENDING))
        .put(consent("c2", "p1.k.s")).put(consent("c1", "p1.k.s")).put(consent("c3", "p1.k.other"))
        .put(breach("b2", 1)).put(breach("b1", 1)).build());
    assertEquals(List.of("r1", "r2"), store.requests().stream().map(r -> r.id()).toList());
    assertEquals(List.of("r2"), store.requestsOf("p1.k.r2").stream().map(r -> r.id()).toList());
    assertTrue(store.requestsOf("p1.k.nobody").isEmpty());
    assertEquals(List.of("t1", "t3"), store.tasks("r1").stream().map(SystemTask::id).toList());
    assertEquals(List.of("c1", "c2"), store.consents("p1.k.s").stream().map(c -> c.id()).toList());
    assertEquals(List.of("b1", "b2"), store.breaches().stream().map(b -> b.id()).toList());
    assertTrue(store.tasks("r9").isEmpty());
  }

  @Test
  public void auditEntriesAreChainedPagedAndVerifiable() throws Exception {
    for (int i = 0; i < 30; i++) {
      List<AuditEntry> e = store.commit(Change.builder().audit(event("r" + i, "A")).audit(event("r" + i, "B")).build());
      assertEquals(List.of(2L * i + 1, 2L * i + 2), e.stream().map(AuditEntry::seq).toList());
    }
    store = reopen(store);
    List<AuditEntry> all = new ArrayList<>();
    for (List<AuditEntry> page = store.audit(0, 7); !page.isEmpty(); page = store.audit(all.get(all.size() - 1).seq(), 7)) {
      all.addAll(page);
    }
    assertEquals(60, all.size());
    AuditVerification v = AuditVerification.of(all, store.auditHead());
    assertTrue(v.intact(), v.findings().toString());
    assertEquals(60, store.auditHead().seq());
    assertEquals(List.of(59L, 60L), store.audit(58, 10).stream().map(AuditEntry::seq).toList());
    // The chain goes on across a reopen.
    assertEquals(61, store.commit(Change.builder().audit(event("x", "C")).build()).get(0).seq());
  }

  @Test
  public void concurrentWritersGetOneGaplessChain() throws Exception {
    int threads = 8;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int n = t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < perThread; i++) {
          store.commit(Change.builder().put(request("w" + n + "-" + i, 1, RequestStatus.RECEIVED)).audit(event("w" + n + "-" + i, "RECEIVED")).build());
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(threads * perThread, store.requests().size());
    List<AuditEntry> all = store.audit(0, Integer.MAX_VALUE);
    assertEquals(threads * perThread, all.size());
    assertTrue(AuditVerification.of(all, store.auditHead()).intact());
  }

  /** Two writers start from the same version of a task; exactly one may advance it. */
  @Test
  public void onlyOneOfTwoWritersAdvancesATask() throws Exception {
    store.commit(Change.builder().put(task("t1", "r1", 1, TaskStatus.PENDING)).build());
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger won = new AtomicInteger();
    AtomicInteger stale = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      futures.add(pool.submit(() -> {
        start.await();
        try {
          store.commit(Change.builder().put(task("t1", "r1", 2, TaskStatus.SENT)).audit(event("t1", "SENT")).build());
          won.incrementAndGet();
        } catch (StaleVersionException e) {
          stale.incrementAndGet();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(1, won.get());
    assertEquals(writers - 1, stale.get());
    assertEquals(1, store.auditHead().seq());
  }

  @Test
  public void anEmptyStore() {
    assertTrue(store.requests().isEmpty());
    assertTrue(store.breaches().isEmpty());
    assertTrue(store.audit(0, 10).isEmpty());
    assertEquals(AuditCheckpoint.GENESIS, store.auditHead());
    assertFalse(store.consent("c").isPresent());
  }
}
