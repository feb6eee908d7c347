package io.github.trygg.dsr.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for the tests: initdb into target/, pg_ctl start on a free port on
 * 127.0.0.1 with its socket directory in target/, stopped when the test JVM exits. As root it runs
 * the server as the {@code postgres} user, which PostgreSQL requires. Without server binaries the
 * tests are skipped — unless {@code TRYGG_REQUIRE_POSTGRES=1}, as in CI, where that is a failure.
 */
final class PostgresServer {
  private static PostgresServer shared;

  private final int port;
  private final String url;

  private PostgresServer(int port) {
    this.port = port;
    this.url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  static synchronized PostgresServer shared() {
    if (shared == null) {
      shared = start();
    }
    return shared;
  }

  /** A DataSource that opens a new connection per call, like a pool would hand out different ones. */
  DataSource dataSource() {
    return new SimpleDataSource(url);
  }

  int port() {
    return port;
  }

  private static PostgresServer start() {
    Optional<Path> bin = binaries();
    if (bin.isEmpty()) {
      String message = "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin or TRYGG_PG_BIN";
      if ("1".equals(System.getenv("TRYGG_REQUIRE_POSTGRES"))) {
        fail(message + ", and TRYGG_REQUIRE_POSTGRES=1");
      }
      Assumptions.abort(message);
    }
    try {
      boolean root = "root".equals(System.getProperty("user.name"));
      Path base = Path.of("target", "pg-" + ProcessHandle.current().pid()).toAbsolutePath();
      // The server user must reach the directory, and a Unix socket path is limited to ~107 bytes;
      // a checkout under /root or a very deep path falls back to a directory under /tmp.
      if ((root && !traversableByOthers(base.getParent())) || base.toString().length() > 80) {
        base = Files.createTempDirectory("trygg-pg-");
      }
      Path data = base.resolve("data");
      Path socket = base.resolve("sock");
      Files.createDirectories(socket);
      if (root) {
        UserPrincipal postgres = base.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(base, postgres);
        Files.setOwner(socket, postgres);
      }
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      Path dir = base;
      run(root, base, bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", "trygg", "-A", "trust", "-E", "UTF8", "--no-locale");
      run(root, base, bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-l", base.resolve("server.log").toString(), "-w", "-t", "60",
          "-o", "-p " + port + " -k " + socket + " -c listen_addresses=127.0.0.1", "start");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          run(root, dir, bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop");
        } catch (IOException e) {
          // The JVM is exiting; the directory under target/ goes with the next clean.
        }
      }));
      PostgresServer server = new PostgresServer(port);
      try (Connection c = server.dataSource().getConnection()) {
        c.isValid(5);
      }
      return server;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("starting the test PostgreSQL cluster failed: " + e.getMessage(), e);
    }
  }

  /** Whether every directory from the root down to {@code dir} lets other users pass. */
  private static boolean traversableByOthers(Path dir) {
    try {
      for (Path p = dir; p != null; p = p.getParent()) {
        if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
          return false;
        }
      }
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static Optional<Path> binaries() {
    String given = System.getenv("TRYGG_PG_BIN");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given)).filter(p -> Files.isExecutable(p.resolve("pg_ctl")));
    }
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions.map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int versionOf(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void run(boolean root, Path dir, String... command) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The smallest DataSource: a new driver connection per call. */
  private static final class SimpleDataSource implements DataSource {
    private final String url;

    SimpleDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Properties p = new Properties();
      p.setProperty("user", "trygg");
      return DriverManager.getConnection(url, p);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  }
}
