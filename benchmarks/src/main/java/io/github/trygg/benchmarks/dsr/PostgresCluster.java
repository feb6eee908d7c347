package io.github.trygg.benchmarks.dsr;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
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
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A throwaway PostgreSQL cluster for the store benchmark, started the way the dsr tests start
 * theirs: {@code initdb} into a temporary directory and {@code pg_ctl start} on a free port of
 * 127.0.0.1 (as the {@code postgres} user when run as root), with PostgreSQL's defaults — {@code
 * fsync} and {@code synchronous_commit} on, so a commit is as durable as the journal's. The server
 * binaries are looked for under {@code /usr/lib/postgresql/<version>/bin}, or in {@code TRYGG_PG_BIN}.
 */
final class PostgresCluster implements AutoCloseable {
  private final Path base;
  private final Path bin;
  private final boolean root;
  private final String url;

  private PostgresCluster(Path base, Path bin, boolean root, int port) {
    this.base = base;
    this.bin = bin;
    this.root = root;
    this.url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  static PostgresCluster start() throws IOException {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path base = Files.createTempDirectory("trygg-pg-bench-");
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
    PostgresCluster cluster = new PostgresCluster(base, bin, root, port);
    Path data = base.resolve("data");
    cluster.run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "trygg", "-A", "trust", "-E", "UTF8", "--no-locale");
    cluster.run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", base.resolve("server.log").toString(), "-w", "-t", "60",
        "-o", "-p " + port + " -k " + socket + " -c listen_addresses=127.0.0.1 -c max_connections=40", "start");
    return cluster;
  }

  /** A pool of {@code size} connections: what a host's pool would hand out, without its bookkeeping. */
  DataSource pool(int size) throws SQLException {
    BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(size);
    List<Connection> all = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Properties p = new Properties();
      p.setProperty("user", "trygg");
      Connection c = DriverManager.getConnection(url, p);
      all.add(c);
      idle.add(c);
    }
    return new PooledDataSource(idle);
  }

  @Override
  public void close() throws IOException {
    try {
      run(bin.resolve("pg_ctl").toString(), "-D", base.resolve("data").toString(), "-m", "fast", "-w", "stop");
    } finally {
      try (Stream<Path> files = Files.walk(base)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Path binaries() throws IOException {
    String given = System.getenv("TRYGG_PG_BIN");
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
          .max(Comparator.comparing(Path::toString))
          .orElseThrow(() -> new IOException("no PostgreSQL server binaries under /usr/lib/postgresql; set TRYGG_PG_BIN"));
    }
  }

  private void run(String... command) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(command));
    Process p = new ProcessBuilder(cmd).directory(base.toFile()).redirectErrorStream(true).start();
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

  /** Hands out idle connections; closing one gives it back. */
  private static final class PooledDataSource implements DataSource {
    private final BlockingQueue<Connection> idle;

    PooledDataSource(BlockingQueue<Connection> idle) {
      this.idle = idle;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection c;
      try {
        c = idle.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted", e);
      }
      Connection real = c;
      boolean[] closed = {false};
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
        if (method.getName().equals("close")) {
          if (!closed[0]) {
            closed[0] = true;
            if (!real.getAutoCommit()) {
              real.setAutoCommit(true);
            }
            idle.add(real);
          }
          return null;
        }
        if (method.getName().equals("isClosed")) {
          return closed[0];
        }
        try {
          return method.invoke(real, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
          throw e.getCause();
        }
      });
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
