package io.github.trygg.dsr.internal.jdbc;

import io.github.trygg.dsr.audit.AuditChain;
import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.audit.AuditEvent;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.internal.codec.Codec;
import io.github.trygg.dsr.internal.codec.IdentifierCipher;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.StaleVersionException;
import io.github.trygg.dsr.store.StoreException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * The store for hosts that run several nodes: PostgreSQL through plain java.sql and the host's
 * {@link DataSource}. Each commit is one transaction. A write names the version it starts from in
 * its {@code UPDATE … WHERE version = ?} (or inserts version 1 only when the row is absent); when
 * another node got there first no row matches and the whole transaction is rolled back with a
 * {@link StaleVersionException}. Audit entries are chained under a row lock on the chain's head.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PostgresStore implements DsrStore {
  private final DataSource dataSource;
  private final String schema;
  private final IdentifierCipher cipher;

  private PostgresStore(DataSource dataSource, String schema, IdentifierCipher cipher) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.cipher = cipher;
  }

  /** Opens the store in {@code schema}, creating or migrating its tables first. */
  public static PostgresStore open(DataSource dataSource, String schema) {
    return open(dataSource, schema, IdentifierCipher.NONE);
  }

  /** With the identifiers of requests encrypted in the database by {@code cipher}. */
  public static PostgresStore open(DataSource dataSource, String schema, IdentifierCipher cipher) {
    if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("a schema name is lower-case letters, digits and '_' (at most 63)");
    }
    try (Connection c = dataSource.getConnection()) {
      Migrations.migrate(c, schema);
    } catch (SQLException e) {
      throw failure("migrating schema " + schema, e);
    }
    return new PostgresStore(dataSource, schema, cipher);
  }

  public String schema() {
    return schema;
  }

  /** The schema version now in the database. */
  public int schemaVersion() {
    return query("SELECT max(version) FROM " + schema + ".schema_version", ps -> {}, rs -> rs.getInt(1)).get(0);
  }

  // ---- writing ------------------------------------------------------------------------------

  @Override
  public List<AuditEntry> commit(Change change) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (DataSubjectRequest r : change.requests()) {
          write(c, "request", r.id(), r.version(),
              "INSERT INTO " + schema + ".request (version, status, subject_ref, due, payload, id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
              "UPDATE " + schema + ".request SET version = ?, status = ?, subject_ref = ?, due = ?, payload = ? WHERE id = ? AND version = ?",
              ps -> {
                ps.setLong(1, r.version());
                ps.setString(2, r.status().name());
                ps.setString(3, r.subjectRef());
                ps.setDate(4, Date.valueOf(r.deadline().due()));
                ps.setBytes(5, Codec.encodeRequest(r, cipher));
                ps.setString(6, r.id());
                return 7;
              });
        }
        for (SystemTask t : change.tasks()) {
          write(c, "task", t.id(), t.version(),
              "INSERT INTO " + schema + ".task (version, status, request_id, payload, id) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
              "UPDATE " + schema + ".task SET version = ?, status = ?, request_id = ?, payload = ? WHERE id = ? AND version = ?",
              ps -> {
                ps.setLong(1, t.version());
                ps.setString(2, t.status().name());
                ps.setString(3, t.requestId());
                ps.setBytes(4, Codec.encodeTask(t));
                ps.setString(5, t.id());
                return 6;
              });
        }
        for (ConsentRecord r : change.consents()) {
          write(c, "consent", r.id(), r.version(),
              "INSERT INTO " + schema + ".consent (version, subject_ref, payload, id) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
              "UPDATE " + schema + ".consent SET version = ?, subject_ref = ?, payload = ? WHERE id = ? AND version = ?",
              ps -> {
                ps.setLong(1, r.version());
                ps.setString(2, r.subjectRef());
                ps.setBytes(3, Codec.encodeConsent(r));
                ps.setString(4, r.id());
                return 5;
              });
        }
        for (PersonalDataBreach b : change.breaches()) {
          write(c, "breach", b.id(), b.version(),
              "INSERT INTO " + schema + ".breach (version, aware_at, payload, id) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
              "UPDATE " + schema + ".breach SET version = ?, aware_at = ?, payload = ? WHERE id = ? AND version = ?",
              ps -> {
                ps.setLong(1, b.version());
                ps.setTimestamp(2, Timestamp.from(b.awareAt()));
                ps.setBytes(3, Codec.encodeBreach(b));
                ps.setString(4, b.id());
                return 5;
              });
        }
        List<AuditEntry> entries = appendAudit(c, change.audit());
        c.commit();
        return entries;
      } catch (StaleVersionException e) {
        c.rollback();
        throw e;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      throw failure("committing a change", e);
    }
  }

  private interface Binder {
    /** Binds the shared parameters; returns the index of the next one. */
    int bind(PreparedStatement ps) throws SQLException;
  }

  private void write(Connection c, String entity, String id, long version, String insert, String update, Binder binder) throws SQLException {
    int rows;
    if (version == 1) {
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        binder.bind(ps);
        rows = ps.executeUpdate();
      }
    } else {
      try (PreparedStatement ps = c.prepareStatement(update)) {
        int next = binder.bind(ps);
        ps.setLong(next, version - 1);
        rows = ps.executeUpdate();
      }
    }
    if (rows != 1) {
      long actual;
      try (PreparedStatement ps = c.prepareStatement("SELECT version FROM " + schema + "." + entity + " WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          actual = rs.next() ? rs.getLong(1) : 0;
        }
      }
      throw new StaleVersionException(entity, id, version - 1, actual);
    }
  }

  private List<AuditEntry> appendAudit(Connection c, List<AuditEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return List.of();
    }
    AuditCheckpoint head;
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM " + schema + ".audit_head FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new StoreException("the audit head row is missing from schema " + schema);
      }
      head = new AuditCheckpoint(rs.getLong(1), rs.getString(2));
    }
    List<AuditEntry> entries = new ArrayList<>(events.size());
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO " + schema + ".audit (seq, at, previous_hash, hash, event) VALUES (?, ?, ?, ?, ?)")) {
      for (AuditEvent e : events) {
        AuditEntry entry = AuditChain.append(head, e);
        ps.setLong(1, entry.seq());
        ps.setTimestamp(2, Timestamp.from(e.at()));
        ps.setString(3, entry.previousHash());
        ps.setString(4, entry.hash());
        ps.setBytes(5, Codec.encodeAuditEvent(e));
        ps.addBatch();
        entries.add(entry);
        head = entry.checkpoint();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + schema + ".audit_head SET seq = ?, hash = ?")) {
      ps.setLong(1, head.seq());
      ps.setString(2, head.hash());
      ps.executeUpdate();
    }
    return entries;
  }

  // ---- reading ------------------------------------------------------------------------------

  @Override
  public Optional<DataSubjectRequest> request(String id) {
    return one("SELECT payload FROM " + schema + ".request WHERE id = ?", id, b -> Codec.decodeRequest(b, cipher));
  }

  @Override
  public List<DataSubjectRequest> requests() {
    return query("SELECT payload FROM " + schema + ".request ORDER BY id", ps -> {}, rs -> Codec.decodeRequest(rs.getBytes(1), cipher));
  }

  @Override
  public List<DataSubjectRequest> requestsOf(String subjectRef) {
    return query("SELECT payload FROM " + schema + ".request WHERE subject_ref = ? ORDER BY id", ps -> ps.setString(1, subjectRef),
        rs -> Codec.decodeRequest(rs.getBytes(1), cipher));
  }

  @Override
  public Optional<SystemTask> task(String id) {
    return one("SELECT payload FROM " + schema + ".task WHERE id = ?", id, Codec::decodeTask);
  }

  @Override
  public List<SystemTask> tasks(String requestId) {
    return query("SELECT payload FROM " + schema + ".task WHERE request_id = ? ORDER BY id", ps -> ps.setString(1, requestId),
        rs -> Codec.decodeTask(rs.getBytes(1)));
  }

  @Override
  public Optional<ConsentRecord> consent(String id) {
    return one("SELECT payload FROM " + schema + ".consent WHERE id = ?", id, Codec::decodeConsent);
  }

  @Override
  public List<ConsentRecord> consents(String subjectRef) {
    return query("SELECT payload FROM " + schema + ".consent WHERE subject_ref = ? ORDER BY id", ps -> ps.setString(1, subjectRef),
        rs -> Codec.decodeConsent(rs.getBytes(1)));
  }

  @Override
  public Optional<PersonalDataBreach> breach(String id) {
    return one("SELECT payload FROM " + schema + ".breach WHERE id = ?", id, Codec::decodeBreach);
  }

  @Override
  public List<PersonalDataBreach> breaches() {
    return query("SELECT payload FROM " + schema + ".breach ORDER BY id", ps -> {}, rs -> Codec.decodeBreach(rs.getBytes(1)));
  }

  @Override
  public List<AuditEntry> audit(long afterSeq, int limit) {
    return query("SELECT seq, previous_hash, hash, event FROM " + schema + ".audit WHERE seq > ? ORDER BY seq LIMIT ?", ps -> {
      ps.setLong(1, afterSeq);
      ps.setInt(2, limit);
    }, rs -> new AuditEntry(rs.getLong(1), Codec.decodeAuditEvent(rs.getBytes(4)), rs.getString(2), rs.getString(3)));
  }

  @Override
  public AuditCheckpoint auditHead() {
    return query("SELECT seq, hash FROM " + schema + ".audit_head", ps -> {}, rs -> new AuditCheckpoint(rs.getLong(1), rs.getString(2))).get(0);
  }

  /** The host owns the DataSource and its pool; nothing to release here. */
  @Override
  public void close() {}

  private interface Params {
    void set(PreparedStatement ps) throws SQLException;
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> Optional<T> one(String sql, String id, Function<byte[], T> decode) {
    List<T> rows = query(sql, ps -> ps.setString(1, id), rs -> decode.apply(rs.getBytes(1)));
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private <T> List<T> query(String sql, Params params, Row<T> row) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      params.set(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.read(rs));
        }
        return out;
      }
    } catch (SQLException e) {
      throw failure("reading", e);
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The original failure is what the caller needs to see.
    }
  }

  private static StoreException failure(String what, SQLException e) {
    // SQL state and class only: messages may quote parameter values.
    return new StoreException("PostgreSQL failed while " + what + " (SQL state " + e.getSQLState() + ")", e);
  }

  @Override
  public String toString() {
    return "PostgresStore[" + schema + "]";
  }
}
