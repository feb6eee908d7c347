package io.github.trygg.dsr.testkit;

import static io.github.trygg.dsr.testkit.internal.Samples.event;
import static io.github.trygg.dsr.testkit.internal.Samples.request;
import static io.github.trygg.dsr.testkit.internal.Samples.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.KeyStoreProvider;
import io.github.trygg.dsr.audit.AuditFinding;
import io.github.trygg.dsr.audit.AuditVerification;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.StaleVersionException;
import io.github.trygg.dsr.store.StoreException;
import io.github.trygg.dsr.store.UnreadableIdentifierException;
import io.github.trygg.dsr.stores.DsrStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against a real PostgreSQL server, plus what only a database has. */
class PostgresStoreTest extends DsrStoreContract {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private String schema = "";

  @TempDir Path dir;

  static String newSchema(String prefix) {
    return prefix + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
  }

  static DataSource db() {
    return PostgresServer.shared().dataSource();
  }

  @Override
  protected DsrStore open() {
    schema = newSchema("t");
    return DsrStores.postgres(db(), schema);
  }

  /** Another DataSource, with connections of its own: as a second node would. */
  @Override
  protected DsrStore reopen(DsrStore old) {
    old.close();
    return DsrStores.postgres(db(), schema);
  }

  /** The contract with identifiers sealed in the database under a key file's versions. */
  @Nested
  class Sealed extends DsrStoreContract {
    @TempDir Path keysDir;
    private String sealedSchema = "";
    private KeyProvider keys = KeyProvider.of(List.of());

    @Override
    protected DsrStore open() {
      Path file = keysDir.resolve("keys.json");
      KeyFileProvider.create(file, "dsr-identifiers");
      keys = KeyFileProvider.open(file);
      sealedSchema = newSchema("e");
      return DsrStores.postgres(db(), sealedSchema, keys, "dsr-identifiers");
    }

    @Override
    protected DsrStore reopen(DsrStore old) {
      old.close();
      return DsrStores.postgres(db(), sealedSchema, keys, "dsr-identifiers");
    }
  }

  /** Two nodes, each with its own DataSource and connections, both read version 1 of a task. */
  @Test
  void twoNodesCannotBothAdvanceTheSameTask() {
    DsrStore a = DsrStores.postgres(db(), schema);
    DsrStore b = DsrStores.postgres(db(), schema);
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
    DsrStores.postgres(db(), schema).close();
    try (Connection c = db().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT version), max(version) FROM " + schema + ".schema_version")) {
      rs.next();
      assertTrue(rs.getInt(1) >= 1);
      assertEquals(rs.getInt(1), rs.getInt(2), "no script recorded twice");
      assertEquals(rs.getInt(1), rs.getInt(3), "versions 1 to n, each once");
    }
  }

  @Test
  void aDatabaseNewerThanTheLibraryIsRefused() throws Exception {
    try (Connection c = db().getConnection(); Statement st = c.createStatement()) {
      st.execute("INSERT INTO " + schema + ".schema_version (version, script) VALUES (99, 'V99__future.sql')");
    }
    StoreException e = assertThrows(StoreException.class, () -> DsrStores.postgres(db(), schema));
    assertTrue(e.getMessage().contains("newer"), e.getMessage());
  }

  /** Editing a stored audit row is found by verification. */
  @Test
  void tamperingWithTheAuditTableIsFound() throws Exception {
    DsrStore s = DsrStores.postgres(db(), schema);
    for (int i = 0; i < 5; i++) {
      s.commit(Change.builder().audit(event("r" + i, "RECEIVED")).build());
    }
    try (Connection c = db().getConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM " + schema + ".audit WHERE seq = 3");
    }
    AuditVerification v = AuditVerification.of(s.audit(0, 100), s.auditHead());
    assertTrue(v.findings().stream().anyMatch(f -> f.kind() == AuditFinding.Kind.DELETED), v.findings().toString());
    try (Connection c = db().getConnection(); Statement st = c.createStatement()) {
      st.execute("DELETE FROM " + schema + ".audit WHERE seq = 5");
    }
    assertTrue(AuditVerification.of(s.audit(0, 100), s.auditHead()).findings().stream().anyMatch(f -> f.kind() == AuditFinding.Kind.TRUNCATED));
  }

  /** A clear value that begins like an encrypted one of the pre-release layout is read back as it was written. */
  @Test
  void aClearValueThatBeginsWithEncStaysClear() {
    String s = newSchema("c");
    DataSubjectRequest odd = DataSubjectRequest.builder().from(request("r8", 1, RequestStatus.RECEIVED))
        .identifiers(List.of(new SubjectIdentifier("device-id", "enc:k1:AAAA"))).build();
    DsrStores.postgres(db(), s).commit(Change.builder().put(odd).build());
    assertEquals(odd.identifiers(), DsrStores.postgres(db(), s).request("r8").orElseThrow().identifiers());
    KeyProvider keys = KeyFileProvider.create(dir.resolve("keys.json"), "dsr-identifiers");
    assertEquals(odd.identifiers(), DsrStores.postgres(db(), s, keys, "dsr-identifiers").request("r8").orElseThrow().identifiers());
  }

  /** What the database holds names no identifier, but the key id and version; without the keys the store says which it needs. */
  @Test
  void sealedIdentifiersAreNotInTheDatabase() throws Exception {
    String s = newSchema("k");
    KeyProvider keys = KeyFileProvider.create(dir.resolve("keys.json"), "dsr-identifiers");
    DsrStore sealed = DsrStores.postgres(db(), s, keys, "dsr-identifiers");
    sealed.commit(Change.builder().put(request("r9", 1, RequestStatus.RECEIVED)).build());
    assertEquals("LK-r9", sealed.request("r9").orElseThrow().identifiers().get(0).value());
    String raw = payload(s, "r9");
    assertTrue(!raw.contains("LK-r9") && raw.contains("dsr-identifiers.1."), "the payload holds the identifier sealed, with its key id and version");
    UnreadableIdentifierException e = assertThrows(UnreadableIdentifierException.class, () -> DsrStores.postgres(db(), s).request("r9"));
    assertEquals(UnreadableIdentifierException.Reason.NO_KEYS, e.reason());
    assertTrue(e.getMessage().contains("dsr-identifiers v1"), e.getMessage());
  }

  /** Write under v1, rotate, read both, new writes under v2; then destroying v1 shreds only what it sealed. */
  @Test
  void rotationAndCryptoShreddingInTheDatabase() throws Exception {
    String s = newSchema("r");
    Path file = dir.resolve("keys.json");
    KeyFileProvider.create(file, "dsr-identifiers");
    DsrStores.postgres(db(), s, KeyFileProvider.open(file), "dsr-identifiers").commit(Change.builder().put(request("old", 1, RequestStatus.RECEIVED)).build());
    KeyFileProvider.rotate(file, "dsr-identifiers");
    DsrStore rotated = DsrStores.postgres(db(), s, KeyFileProvider.open(file), "dsr-identifiers");
    rotated.commit(Change.builder().put(request("new", 1, RequestStatus.RECEIVED)).build());
    assertEquals("LK-old", rotated.request("old").orElseThrow().identifiers().get(0).value());
    assertEquals("LK-new", rotated.request("new").orElseThrow().identifiers().get(0).value());
    assertTrue(payload(s, "old").contains("dsr-identifiers.1.") && payload(s, "new").contains("dsr-identifiers.2."));
    KeyFileProvider.changeStatus(file, new KeyRef("dsr-identifiers", 1), KeyStatus.DESTROYED);
    DsrStore shredded = DsrStores.postgres(db(), s, KeyFileProvider.open(file), "dsr-identifiers");
    UnreadableIdentifierException e = assertThrows(UnreadableIdentifierException.class, () -> shredded.request("old"));
    assertEquals(UnreadableIdentifierException.Reason.DESTROYED, e.reason());
    assertEquals("old", e.requestId());
    assertEquals("LK-new", shredded.request("new").orElseThrow().identifiers().get(0).value());
  }

  /** A PKCS#12 key store serves the database store as the key file does; another store's key of the same id does not open it. */
  @Test
  void aPkcs12KeyStoreSealsAndAnotherKeyIsATypedError() throws Exception {
    String s = newSchema("p");
    char[] password = "correct horse battery".toCharArray();
    KeyStoreProvider keys = KeyStoreProvider.createPkcs12(dir.resolve("keys.p12"), password, "dsr-identifiers");
    DsrStores.postgres(db(), s, keys, "dsr-identifiers").commit(Change.builder().put(request("r1", 1, RequestStatus.RECEIVED)).build());
    assertEquals("LK-r1", DsrStores.postgres(db(), s, KeyStoreProvider.pkcs12(dir.resolve("keys.p12"), password), "dsr-identifiers")
        .request("r1").orElseThrow().identifiers().get(0).value());
    KeyStoreProvider other = KeyStoreProvider.createPkcs12(dir.resolve("other.p12"), password, "dsr-identifiers");
    UnreadableIdentifierException e = assertThrows(UnreadableIdentifierException.class,
        () -> DsrStores.postgres(db(), s, other, "dsr-identifiers").request("r1"));
    assertEquals(UnreadableIdentifierException.Reason.NOT_AUTHENTIC, e.reason());
    assertFalse(e.getMessage().contains("LK-r1") || e.getMessage().contains("horse"), e.getMessage());
  }

  private static String payload(String schema, String id) throws Exception {
    try (Connection c = db().getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT payload FROM " + schema + ".request WHERE id = '" + id + "'")) {
      assertTrue(rs.next(), id);
      return new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void badSchemaNamesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> DsrStores.postgres(db(), "x; drop table y"));
  }
}
