package io.github.trygg.dsr.internal.jdbc;

import io.github.trygg.dsr.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a schema to the newest version: a {@code schema_version} table records what was applied;
 * missing scripts run in order in one transaction under an advisory lock, so nodes starting together
 * migrate once. A database newer than this library is refused.
 */
final class Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  /** In order; the index + 1 is the version. */
  static final List<String> SCRIPTS = List.of("V1__dsr_tables.sql");

  private Migrations() {}

  static int migrate(Connection c, String schema) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
        lock.setString(1, "trygg-dsr-migration:" + schema);
        lock.execute();
      }
      st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
      st.execute("CREATE TABLE IF NOT EXISTS " + schema + ".schema_version ("
          + "version integer PRIMARY KEY, script text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
      int current;
      try (ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM " + schema + ".schema_version")) {
        rs.next();
        current = rs.getInt(1);
      }
      if (current > SCRIPTS.size()) {
        throw new StoreException("the database schema " + schema + " is at version " + current
            + ", newer than this library knows (" + SCRIPTS.size() + "); upgrade the library");
      }
      for (int v = current + 1; v <= SCRIPTS.size(); v++) {
        String script = SCRIPTS.get(v - 1);
        for (String sql : statements(load(script).replace("${schema}", schema))) {
          st.execute(sql);
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + schema + ".schema_version (version, script) VALUES (?, ?)")) {
          ins.setInt(1, v);
          ins.setString(2, script);
          ins.executeUpdate();
        }
        LOG.info("schema {} migrated to version {} ({})", schema, v, script);
      }
      c.commit();
      return SCRIPTS.size();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static String load(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream(script)) {
      if (in == null) {
        throw new IllegalStateException("migration " + script + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + script, e);
    }
  }

  /** Splits on ';' at line ends, dropping comment lines (the scripts use no ';' inside strings). */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (t.endsWith(";")) {
        String sql = current.toString().strip();
        out.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
