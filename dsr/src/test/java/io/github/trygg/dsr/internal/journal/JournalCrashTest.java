package io.github.trygg.dsr.internal.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.dsr.Seeds;
import io.github.trygg.dsr.audit.AuditVerification;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing process with SIGKILL in the middle of its stream, several times over the same
 * journal, and checks that every commit it acknowledged is there after reopening.
 */
class JournalCrashTest {
  @TempDir Path dir;

  @Test
  void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    Path journal = dir.resolve("crash.log");
    Map<String, Long> acked = new HashMap<>();
    int rounds = 5;
    for (int round = 0; round < rounds; round++) {
      int killAfter = 150 + random.nextInt(1500);
      Process child = new ProcessBuilder(javaBin(), "-cp", testClassPath(), JournalCrashWriter.class.getName(),
          journal.toString(), "r" + round, "4")
          .redirectError(dir.resolve("child-" + round + ".err").toFile())
          .start();
      int seen = 0;
      try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith("ACK ")) {
            String[] parts = line.split(" ");
            acked.merge(parts[1], Long.parseLong(parts[2]), Math::max);
            if (++seen == killAfter) {
              // SIGKILL on Unix: no shutdown hooks, no flushing, mid-stream.
              child.destroyForcibly();
              break;
            }
          }
        }
      }
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not die");
      assertEquals(killAfter, seen, "seed " + seed + ": the child stopped early; see child-" + round + ".err");

      try (DsrStore store = DsrStores.fileJournal(journal)) {
        Set<String> missing = new LinkedHashSet<>();
        for (Map.Entry<String, Long> e : acked.entrySet()) {
          long stored = store.request(e.getKey()).map(DataSubjectRequest::version).orElse(0L);
          long task = store.task("t" + e.getKey()).map(SystemTask::version).orElse(0L);
          if (stored < e.getValue() || task < e.getValue()) {
            missing.add(e.getKey() + " acked v" + e.getValue() + " stored v" + stored + "/t" + task);
          }
        }
        assertTrue(missing.isEmpty(), "seed " + seed + ", round " + round + ": lost acknowledged writes " + missing);
        List<io.github.trygg.dsr.audit.AuditEntry> audit = store.audit(0, Integer.MAX_VALUE);
        AuditVerification v = AuditVerification.of(audit, store.auditHead());
        assertTrue(v.intact(), "seed " + seed + ": " + v.findings());
        long ackedCommits = acked.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(audit.size() >= ackedCommits, "seed " + seed + ": fewer audit entries than acknowledged commits");
      }
    }
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The test JVM's class path and module path together, for a child on the class path. */
  static String testClassPath() {
    Set<String> parts = new LinkedHashSet<>();
    for (String key : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(key, "");
      for (String p : value.split(File.pathSeparator)) {
        if (!p.isBlank()) {
          parts.add(p);
        }
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
