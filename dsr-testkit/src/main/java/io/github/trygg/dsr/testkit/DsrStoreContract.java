package io.github.trygg.dsr.testkit;

import static io.github.trygg.dsr.testkit.internal.Samples.SUBJECT;
import static io.github.trygg.dsr.testkit.internal.Samples.breach;
import static io.github.trygg.dsr.testkit.internal.Samples.consent;
import static io.github.trygg.dsr.testkit.internal.Samples.event;
import static io.github.trygg.dsr.testkit.internal.Samples.request;
import static io.github.trygg.dsr.testkit.internal.Samples.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.audit.AuditVerification;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DsrStore} must do — the contract in {@link DsrStore}'s javadoc — as JUnit 5
 * tests. The bundled file journal and PostgreSQL store pass it; a host that brings its own store
 * proves it behaves like them by subclassing this class in its test sources and saying how to open
 * the store:
 *
 * <pre>{@code
 * class CaseDatabaseStoreTest extends DsrStoreContract {
 *   private String schema;
 *
 *   @Override
 *   protected DsrStore open() {
 *     schema = "dsr_" + UUID.randomUUID().toString().replace("-", "");   // a new, empty store
 *     return CaseDatabaseStore.create(dataSource, schema);
 *   }
 *
 *   @Override
 *   protected DsrStore reopen(DsrStore old) {
 *     old.close();                                                         // the same data, a new instance
 *     return CaseDatabaseStore.create(dataSource, schema);
 *   }
 * }
 * }</pre>
 *
 * <p>with the test kit in test scope ({@code io.github.trygg:trygg-dsr-testkit}, version from
 * {@code trygg-bom}) and JUnit Jupiter's engine on the test runtime. Every test method of this class
 * then runs against the host's store: reading back what was written, optimistic versions, atomic
 * changes, one gapless audit chain under concurrent writers, ordered reads, and that what was
 * written survives closing and {@link #reopen reopening}. A store shared by several nodes should
 * also be run with {@link #reopen} returning an instance with connections of its own, as a second
 * node would have.
 *
 * <p>The entities the tests write hold made-up device ids and pseudonyms, never identity numbers.
 * Each test opens a store of its own; the contract closes it afterwards. The tests use no timing
 * assertions; the concurrent ones wait at most a minute for their writers.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class DsrStoreContract {
  /** The store under test, opened before each test by {@link #open()} and closed after it. */
  protected @Nullable DsrStore store;

  /** For subclasses. */
  protected DsrStoreContract() {}

  /**
   * {@return a new, empty store, for one test}
   *
   * @throws Exception if it cannot be opened; the test fails with it
   */
  protected abstract DsrStore open() throws Exception;

  /**
   * The same store's data through a new instance: close {@code old} (the contract does not close
   * it for you) and open what it held again, as after a restart.
   *
   * @param old the store the test used so far
   * @return a new instance over the same data
   * @throws Exception if it cannot be opened; the test fails with it
   */
  protected abstract DsrStore reopen(DsrStore old) throws Exception;

  /**
   * Opens the store for the next test.
   *
   * @throws Exception from {@link #open()}
   */
  @BeforeEach
  public void openStore() throws Exception {
    store = open();
  }

  /** Closes the store the test left open. */
  @AfterEach
  public void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  /** {@return the store under test; it is open from {@link #openStore} on} */
  private DsrStore store() {
    DsrStore s = store;
    if (s == null) {
      throw new IllegalStateException("open() returned no store");
    }
    return s;
  }

  /**
   * Every kind of entity comes back equal to what was written, before and after a reopen.
   *
   * @throws Exception from {@link #reopen}
   */
  @Test
  public void writesAreReadBackEqual() throws Exception {
    store().commit(Change.builder().put(request("r1", 1, RequestStatus.RECEIVED)).put(task("t1", "r1", 1, TaskStatus.PENDING))
        .put(consent("c1", SUBJECT + "r1")).put(breach("b1", 1)).audit(event("r1", "RECEIVED")).build());
    store = reopen(store());
    assertEquals(request("r1", 1, RequestStatus.RECEIVED), store().request("r1").orElseThrow());
    assertEquals(task("t1", "r1", 1, TaskStatus.PENDING), store().task("t1").orElseThrow());
    assertEquals(consent("c1", SUBJECT + "r1"), store().consent("c1").orElseThrow());
    assertEquals(breach("b1", 1), store().breach("b1").orElseThrow());
    assertEquals(1, store().auditHead().seq());
    assertTrue(store().request("nope").isEmpty());
    assertTrue(store().task("nope").isEmpty());
    assertTrue(store().breach("nope").isEmpty());
  }

  /**
   * What was written is readable at once through the same instance.
   */
  @Test
  public void aCommitIsVisibleToTheNextRead() {
    store().commit(Change.builder().put(request("r1", 1, RequestStatus.RECEIVED)).put(task("t1", "r1", 1, TaskStatus.PENDING))
        .put(consent("c1", SUBJECT + "r1")).put(breach("b1", 1)).audit(event("r1", "RECEIVED")).build());
    assertEquals(request("r1", 1, RequestStatus.RECEIVED), store().request("r1").orElseThrow());
    assertEquals(task("t1", "r1", 1, TaskStatus.PENDING), store().task("t1").orElseThrow());
    assertEquals(consent("c1", SUBJECT + "r1"), store().consent("c1").orElseThrow());
    assertEquals(breach("b1", 1), store().breach("b1").orElseThrow());
    assertEquals(1, store().auditHead().seq());
  }

  /** Each update carries the next version and replaces what was there. */
  @Test
  public void updatesAdvanceVersions() {
    store().commit(Change.builder().put(task("t1", "r1", 1, TaskStatus.PENDING)).build());
    store().commit(Change.builder().put(task("t1", "r1", 2, TaskStatus.SENT)).build());
    store().commit(Change.builder().put(task("t1", "r1", 3, TaskStatus.DONE)).build());
    assertEquals(task("t1", "r1", 3, TaskStatus.DONE), store().task("t1").orElseThrow());
  }

  /** A change with one stale entity fails with {@link StaleVersionException}, and none of it is applied. */
  @Test
  public void aStaleWriteFailsAndNothingOfItsChangeIsApplied() {
    store().commit(Change.builder().put(request("r1", 1, RequestStatus.RECEIVED)).put(task("t1", "r1", 1, TaskStatus.PENDING)).build());
    store().commit(Change.builder().put(task("t1", "r1", 2, TaskStatus.SENT)).build());
    StaleVersionException e = assertThrows(StaleVersionException.class, () -> store().commit(Change.builder()
        .put(request("r1", 2, RequestStatus.AWAITING_IDENTITY))
        .put(task("t1", "r1", 2, TaskStatus.SKIPPED))
        .audit(event("r1", "AWAITING_IDENTITY")).build()));
    assertEquals("task", e.entity());
    assertEquals(1, e.expected());
    assertEquals(2, e.actual());
    assertEquals(1, store().request("r1").orElseThrow().version());
    assertEquals(TaskStatus.SENT, store().task("t1").orElseThrow().status());
    assertEquals(AuditCheckpoint.GENESIS, store().auditHead());
  }

  /** Version 1 creates; creating again, or starting at another version, is stale. */
  @Test
  public void creatingTwiceIsStale() {
    store().commit(Change.builder().put(breach("b1", 1)).build());
    assertEquals(1, assertThrows(StaleVersionException.class, () -> store().commit(Change.builder().put(breach("b1", 1)).build())).actual());
    assertEquals(0, assertThrows(StaleVersionException.class, () -> store().commit(Change.builder().put(breach("b2", 2)).build())).actual());
  }

  /** Lists are ordered by id, and look-ups by subject or request find exactly theirs. */
  @Test
  public void listsAreOrderedById() {
    store().commit(Change.builder().put(request("r2", 1, RequestStatus.RECEIVED)).put(request("r1", 1, RequestStatus.RECEIVED))
        .put(task("t3", "r1", 1, TaskStatus.PENDING)).put(task("t1", "r1", 1, TaskStatus.PENDING)).put(task("t2", "r2", 1, TaskStatus.PENDING))
        .put(consent("c2", SUBJECT + "s")).put(consent("c1", SUBJECT + "s")).put(consent("c3", SUBJECT + "other"))
        .put(breach("b2", 1)).put(breach("b1", 1)).build());
    assertEquals(List.of("r1", "r2"), store().requests().stream().map(DataSubjectRequest::id).toList());
    assertEquals(List.of("r2"), store().requestsOf(SUBJECT + "r2").stream().map(DataSubjectRequest::id).toList());
    assertTrue(store().requestsOf(SUBJECT + "nobody").isEmpty());
    assertEquals(List.of("t1", "t3"), store().tasks("r1").stream().map(SystemTask::id).toList());
    assertEquals(List.of("c1", "c2"), store().consents(SUBJECT + "s").stream().map(ConsentRecord::id).toList());
    assertEquals(List.of("b1", "b2"), store().breaches().stream().map(b -> b.id()).toList());
    assertTrue(store().tasks("r9").isEmpty());
  }

  /** A subject's requests are found by their pseudonym whatever their status; a withdrawn consent stays listed. */
  @Test
  public void aSubjectsHistoryIsKept() {
    DataSubjectRequest open = DataSubjectRequest.builder().from(request("r1", 1, RequestStatus.RECEIVED)).subjectRef(SUBJECT + "anna").build();
    DataSubjectRequest closed = DataSubjectRequest.builder().from(request("r2", 1, RequestStatus.CLOSED)).subjectRef(SUBJECT + "anna")
        .identifiers(List.of()).build();
    ConsentRecord given = consent("c1", SUBJECT + "anna");
    store().commit(Change.builder().put(open).put(closed).put(given).build());
    store().commit(Change.builder().put(given.withdrawn(Instant.parse("2026-02-15T10:00:00Z"))).build());
    assertEquals(List.of(open, closed), store().requestsOf(SUBJECT + "anna"));
    assertEquals(List.of(given.withdrawn(Instant.parse("2026-02-15T10:00:00Z"))), store().consents(SUBJECT + "anna"));
  }

  /**
   * Identifiers come back exactly as written, whatever they hold; a request with none is allowed (a
   * closed request forgets them).
   *
   * @throws Exception from {@link #reopen}
   */
  @Test
  public void identifiersComeBackExactly() throws Exception {
    List<SubjectIdentifier> odd = List.of(new SubjectIdentifier("device-id", "LK-ÅÄÖ-øæ-😀"), new SubjectIdentifier("email-ref", "enc:k1:AAAA"),
        new SubjectIdentifier("device-id", " spaced "), new SubjectIdentifier("case-ref", "subjects.1.looks-like-a-pseudonym"));
    DataSubjectRequest r = DataSubjectRequest.builder().from(request("r1", 1, RequestStatus.RECEIVED)).identifiers(odd).build();
    DataSubjectRequest none = DataSubjectRequest.builder().from(request("r2", 1, RequestStatus.CLOSED)).identifiers(List.of()).build();
    store().commit(Change.builder().put(r).put(none).build());
    store = reopen(store());
    assertEquals(odd, store().request("r1").orElseThrow().identifiers());
    assertEquals(List.of(), store().request("r2").orElseThrow().identifiers());
  }

  /**
   * The audit chain pages in order, verifies, and goes on across a reopen.
   *
   * @throws Exception from {@link #reopen}
   */
  @Test
  public void auditEntriesAreChainedPagedAndVerifiable() throws Exception {
    for (int i = 0; i < 30; i++) {
      List<AuditEntry> e = store().commit(Change.builder().audit(event("r" + i, "A")).audit(event("r" + i, "B")).build());
      assertEquals(List.of(2L * i + 1, 2L * i + 2), e.stream().map(AuditEntry::seq).toList());
    }
    store = reopen(store());
    List<AuditEntry> all = new ArrayList<>();
    for (List<AuditEntry> page = store().audit(0, 7); !page.isEmpty(); page = store().audit(all.get(all.size() - 1).seq(), 7)) {
      all.addAll(page);
    }
    assertEquals(60, all.size());
    AuditVerification v = AuditVerification.of(all, store().auditHead());
    assertTrue(v.intact(), v.findings().toString());
    assertEquals(60, store().auditHead().seq());
    assertEquals(List.of(59L, 60L), store().audit(58, 10).stream().map(AuditEntry::seq).toList());
    assertEquals(61, store().commit(Change.builder().audit(event("x", "C")).build()).get(0).seq());
  }

  /**
   * Eight writers at once: every change lands, and the audit log is one gapless, verifiable chain.
   *
   * @throws Exception if a writer fails or does not finish within a minute
   */
  @Test
  public void concurrentWritersGetOneGaplessChain() throws Exception {
    int threads = 8;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int n = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            store().commit(Change.builder().put(request("w" + n + "-" + i, 1, RequestStatus.RECEIVED)).audit(event("w" + n + "-" + i, "RECEIVED")).build());
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(threads * perThread, store().requests().size());
    List<AuditEntry> all = store().audit(0, Integer.MAX_VALUE);
    assertEquals(threads * perThread, all.size());
    assertTrue(AuditVerification.of(all, store().auditHead()).intact());
  }

  /**
   * Six writers start from the same version of a task; exactly one may advance it, the others get
   * {@link StaleVersionException}, and only the winner's audit entry is chained.
   *
   * @throws Exception if a writer fails otherwise or does not finish within a minute
   */
  @Test
  public void onlyOneOfTwoWritersAdvancesATask() throws Exception {
    store().commit(Change.builder().put(task("t1", "r1", 1, TaskStatus.PENDING)).build());
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    AtomicInteger won = new AtomicInteger();
    AtomicInteger stale = new AtomicInteger();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          try {
            store().commit(Change.builder().put(task("t1", "r1", 2, TaskStatus.SENT)).audit(event("t1", "SENT")).build());
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
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, won.get());
    assertEquals(writers - 1, stale.get());
    assertEquals(1, store().auditHead().seq());
  }

  /** A new store is empty, and its audit head is {@link AuditCheckpoint#GENESIS}. */
  @Test
  public void anEmptyStore() {
    assertTrue(store().requests().isEmpty());
    assertTrue(store().breaches().isEmpty());
    assertTrue(store().audit(0, 10).isEmpty());
    assertEquals(AuditCheckpoint.GENESIS, store().auditHead());
    assertFalse(store().consent("c").isPresent());
  }
}
