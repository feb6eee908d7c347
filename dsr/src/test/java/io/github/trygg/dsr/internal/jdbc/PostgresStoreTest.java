package io.github.trygg.dsr.internal.jdbc;

import static io.github.trygg.dsr.store.Fixtures.event;
import static io.github.trygg.dsr.store.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.dsr.audit.AuditVerification;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.DsrStoreContract;
import io.github.trygg.dsr.store.StaleVersionException;
import io.github.trygg.dsr.store.StoreException;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.IdentifierEncryptionTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The store contract against a real PostgreSQL server, plus what only a database has. */
class PostgresStoreTest extends DsrStoreContract {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private String schema;

  @Override
  protected DsrStore open() {
    schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    return DsrStores.postgres(PostgresServer.shared().dataSource(), schema);
  }

  @Override
  protected DsrStore reopen(DsrStore old) {
    old.close();
    return DsrStores.postgres(PostgresServer.shared().dataSource(), schema);
  }

  /** Two nodes, each with its own DataSource and connections, both read version 1 of a task. */
  @Test
  void twoNodesCannotBothAdvanceTheSameTask() {
    DataSource nodeA = PostgresServer.shared().dataSource();
    DataSource nodeB = PostgresServer.shared().dataSource();
    DsrStore a = DsrStores.postgres(nodeA, schema);
    DsrStore b = DsrStores.postgres(nodeB, schema);
    a.commit(Change.builder().put(task("t1", "r1", 1, TaskStatus.PENDING)).build());
    SystemTask seenByA = a.task("t1").orElseThrow();
    SystemTask seenByB = b.task("t1").orElseThrow();
    assertEquals(seenByA, seenByB);
    a.commit(Change.builder().put(task("t1", "r1", seenByA.version() + 1, TaskStatus.SENT)).audit(event("t1", "SENT")).build());
    StaleVersionException e = assertThrows(StaleVersionException.class,
        () -> b.commit(Change.builder().put(task("t1", "r1", seenByB.version() + 1, TaskStatus.SKIPPED)).audit(event("t1", "SKIPPED")).build()));
    assertEquals(2, e.actual());
    assertEquals(TaskStatus.SENT, b.task("t1").orElseThrow().status());
    assertEquals(1, b.auditHead().seq());
  }

  @Test
  void migrationIsRecordedAndRunsOnce() throws Exception {
    PostgresStore again = PostgresStore.open(PostgresServer.shared().dataSource(), schema);
    assertEquals(Migrations.SCRIPTS.size(), again.schemaVersion());
    try (Connection c = PostgresServer.shared().dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + schema + ".schema_version")) {
      rs.next();
      assertEquals(Migrations.SCRIPTS.size(), rs.getInt(1));
    }
  }

  @Test
  void aDatabaseNewerThanTheLibraryIsRefused() throws Exception {
    try (Connection c = PostgresServer.shared().dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO " + schema + ".schema_version (version, script) VALUES (99, 'V99__future.sql')");
    }
    StoreException e = assertThrows(StoreException.class, () -> PostgresStore.open(PostgresServer.shared().dataSource(), schema));
    assertTrue(e.getMessage().contains("newer"), e.getMessage());
  }

  /** Editing a stored audit row is found by verification. */
  @Test
  void tamperingWithTheAuditTableIsFound() throws Exception {
    for (int i = 0; i < 5; i++) {
      store.commit(Change.builder().audit(event("r" + i, "RECEIVED")).build());
    }
    try (Connection c = PostgresServer.shared().dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM " + schema + ".audit WHERE seq = 3");
    }
    AuditVerification v = AuditVerification.of(store.audit(0, 100), store.auditHead());
    assertTrue(v.findings().stream().anyMatch(f -> f.kind() == io.github.trygg.dsr.audit.AuditFinding.Kind.DELETED), v.findings().toString());
    try (Connection c = PostgresServer.shared().dataSource().getConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM " + schema + ".audit WHERE seq = 5");
    }
    assertTrue(AuditVerification.of(store.audit(0, 100), store.auditHead()).findings().stream()
        .anyMatch(f -> f.kind() == io.github.trygg.dsr.audit.AuditFinding.Kind.TRUNCATED));
  }

  /** The same contract with identifiers encrypted in the database. */
  @org.junit.jupiter.api.Nested
  class Encrypted extends DsrStoreContract {
    private String encryptedSchema;

    @Override
    protected DsrStore open() {
      encryptedSchema = "e" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
      return DsrStores.postgres(PostgresServer.shared().dataSource(), encryptedSchema, IdentifierEncryptionTest.KEY);
    }

    @Override
    protected DsrStore reopen(DsrStore old) {
      old.close();
      return DsrStores.postgres(PostgresServer.shared().dataSource(), encryptedSchema, IdentifierEncryptionTest.KEY);
    }
  }

  /** A clear value that begins like an encrypted one of the old layout is read back as it was written. */
  @Test
  void aClearValueThatBeginsWithEncStaysClear() {
    String s = "e" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    io.github.trygg.dsr.request.DataSubjectRequest odd = io.github.trygg.dsr.request.DataSubjectRequest.builder()
        .from(io.github.trygg.dsr.store.Fixtures.request("r8", 1, io.github.trygg.dsr.request.RequestStatus.RECEIVED))
        .identifiers(List.of(new io.github.trygg.dsr.request.SubjectIdentifier("device-id", "enc:k1:AAAA"))).build();
    DsrStores.postgres(PostgresServer.shared().dataSource(), s).commit(Change.builder().put(odd).build());
    assertEquals(odd.identifiers(), DsrStores.postgres(PostgresServer.shared().dataSource(), s).request("r8").orElseThrow().identifiers());
    assertEquals(odd.identifiers(),
        DsrStores.postgres(PostgresServer.shared().dataSource(), s, IdentifierEncryptionTest.KEY).request("r8").orElseThrow().identifiers());
  }

  /** What the database holds names no identifier; without the key the store says which key it needs. */
  @Test
  void encryptedIdentifiersAreNotInTheDatabase() throws Exception {
    String s = "k" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
    DsrStore encrypted = DsrStores.postgres(PostgresServer.shared().dataSource(), s, IdentifierEncryptionTest.KEY);
    encrypted.commit(Change.builder().put(io.github.trygg.dsr.store.Fixtures.request("r9", 1, io.github.trygg.dsr.request.RequestStatus.RECEIVED)).build());
    assertEquals("LK-r9", encrypted.request("r9").orElseThrow().identifiers().get(0).value());
    try (Connection c = PostgresServer.shared().dataSource().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT payload FROM " + s + ".request")) {
      rs.next();
      String raw = new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1);
      assertTrue(!raw.contains("LK-r9") && raw.contains("dsr-test"), "the payload holds the identifier encrypted, with its key id");
    }
    DsrStore plain = DsrStores.postgres(PostgresServer.shared().dataSource(), s);
    StoreException e = assertThrows(StoreException.class, () -> plain.request("r9"));
    assertTrue(e.getMessage().contains("'dsr-test'"), e.getMessage());
  }

  @Test
  void badSchemaNamesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> DsrStores.postgres(PostgresServer.shared().dataSource(), "x; drop table y"));
  }
}
