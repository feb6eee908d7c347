package io.github.trygg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * One local[2] session for every test class in the JVM (Spark allows one context per JVM, and
 * starting one costs seconds). Its event log goes to a directory the key test reads.
 */
final class TestSpark {
  private static SparkSession session;
  private static Path eventLog;

  private TestSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      try {
        eventLog = Files.createTempDirectory("trygg-spark-events");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      session = SparkSession.builder()
          .master("local[2]")
          .appName("trygg-spark-tests")
          .config("spark.ui.enabled", false)
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", 4)
          .config("spark.eventLog.enabled", true)
          .config("spark.eventLog.dir", eventLog.toUri().toString())
          .config("spark.eventLog.compress", false)
          .config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
    }
    return session;
  }

  /** Waits until the listener bus has handed every event so far to the event log. */
  static void flushEventLog() {
    try {
      session().sparkContext().listenerBus().waitUntilEmpty();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the listener bus did not drain", e);
    }
  }

  /** The event log's files with events in them (not checksums or status markers), flushed first. */
  static List<Path> eventLogFiles() {
    flushEventLog();
    try (Stream<Path> files = Files.walk(eventLog())) {
      return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static synchronized Path eventLog() {
    session();
    return eventLog;
  }
}
