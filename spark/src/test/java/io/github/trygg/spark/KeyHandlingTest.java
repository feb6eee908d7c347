package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.SparkEnv;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.reflect.ClassTag$;

/**
 * No key bytes — master keys, or the domain keys derived from them — in what Spark serializes into
 * tasks, nor in the event log; and no input value in the event log either.
 */
class KeyHandlingTest {
  @TempDir
  Path dir;

  /** Every form a key's bytes could take on the way: raw, base64, base64url, hex. */
  static List<byte[]> forms(byte[] key) {
    List<byte[]> out = new ArrayList<>();
    out.add(key);
    out.add(Base64.getEncoder().withoutPadding().encode(key));
    out.add(Base64.getUrlEncoder().withoutPadding().encode(key));
    out.add(HexFormat.of().formatHex(key).getBytes(StandardCharsets.US_ASCII));
    out.add(HexFormat.of().withUpperCase().formatHex(key).getBytes(StandardCharsets.US_ASCII));
    return out;
  }

  /** HKDF-SHA-256 (RFC 5869) as the pseudonymisation derives domain keys, computed independently here. */
  static byte[] hkdf(byte[] master, String use, String domain, int length) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("trygg/pseudonymisation/v1".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    byte[] prk = mac.doFinal(master);
    mac.init(new SecretKeySpec(prk, "HmacSHA256"));
    byte[] info = (use + "\u0000" + domain).getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[length];
    byte[] t = new byte[0];
    for (int i = 0, block = 1; i < length; block++) {
      mac.update(t);
      mac.update(info);
      mac.update((byte) block);
      t = mac.doFinal();
      int n = Math.min(t.length, length - i);
      System.arraycopy(t, 0, out, i, n);
      i += n;
    }
    return out;
  }

  static List<byte[]> secrets(Path keyFile) throws GeneralSecurityException {
    List<byte[]> out = new ArrayList<>();
    for (byte[] master : Fixtures.materials(keyFile)) {
      out.addAll(forms(master));
      out.addAll(forms(hkdf(master, "hmac-sha256", "care-export-2026", 32)));
      out.addAll(forms(hkdf(master, "aes-siv", "care-export-2026", 64)));
      out.addAll(forms(hkdf(master, "ff1-aes256", "care-export-2026", 32)));
    }
    return out;
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static byte[] closureSerialized(Object o) {
    SerializerInstance serializer = SparkEnv.get().closureSerializer().newInstance();
    @SuppressWarnings("unchecked")
    ByteBuffer b = serializer.serialize(o, (scala.reflect.ClassTag<Object>) (Object) ClassTag$.MODULE$.AnyRef());
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  @Test
  void theHkdfHereIsTheOneThePseudonymsUse() throws Exception {
    // Without this, a wrong derivation here would make the scan below find nothing and pass.
    Path keys = Fixtures.keyFile(dir);
    byte[] master = Fixtures.materials(keys).get(0);
    byte[] hmacKey = hkdf(master, "hmac-sha256", "care-export-2026", 32);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
    byte[] tag = mac.doFinal("K-4711".getBytes(StandardCharsets.UTF_8));
    String expected = "export.1." + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(tag, 16));
    String actual = Fixtures.pseudonymisation(keys).hmac(Fixtures.policy().domain("care-export-2026").orElseThrow()).pseudonymise("K-4711");
    assertEquals(expected, actual);
  }

  @Test
  void noKeyBytesInTheSerializedTaskOrTheEventLog() throws Exception {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    List<byte[]> secrets = secrets(keys);
    Path csv = Fixtures.visitsCsv(dir.resolve("visits.csv"), 500, 99L, 50);
    SparkPseudonymiser trygg = SparkPseudonymiser.builder().policy(Fixtures.policy()).keys(ExecutorKeys.keyFile(keys.toString())).clock(Fixtures.CLOCK).build();
    PseudonymisedDataset result = trygg.pseudonymise(DatasetFormat.CSV.read(spark, csv.toString()), "visits.csv");
    Dataset<Row> ds = result.dataset();

    // What the scheduler serializes into each task: the RDD lineage with the plan's closures.
    byte[] rdd = closureSerialized(ds.queryExecution().toRdd());
    byte[] plan = closureSerialized(ds.queryExecution().executedPlan());
    String planText = new String(plan, StandardCharsets.ISO_8859_1);
    assertTrue(planText.contains("LeafFunction") && planText.contains("care-export-2026"), "the serialized plan holds the pseudonymising functions");
    for (byte[] secret : secrets) {
      assertFalse(contains(rdd, secret), "key bytes in the serialized RDD");
      assertFalse(contains(plan, secret), "key bytes in the serialized plan");
    }
    // The scan finds key bytes where they are.
    assertTrue(contains(Files.readAllBytes(keys), secrets.get(2)));

    DatasetFormat.PARQUET.write(ds, dir.resolve("out").toString());
    assertEquals(500, result.report().records());
    TestSpark.flushEventLog();
    List<String> values = Files.readAllLines(csv).stream().skip(1).filter(l -> l.length() > 13).map(l -> l.substring(0, l.indexOf(','))).toList();
    List<Path> logs = TestSpark.eventLogFiles();
    assertFalse(logs.isEmpty());
    StringBuilder all = new StringBuilder();
    for (Path f : logs) {
      byte[] log = Files.readAllBytes(f);
      all.append(new String(log, StandardCharsets.UTF_8));
      for (byte[] secret : secrets) {
        assertFalse(contains(log, secret), "key bytes in the event log");
      }
    }
    String text = all.toString();
    assertTrue(text.contains("trygg visits.csv values"), "the event log holds this job's accumulators");
    for (String v : values) {
      assertFalse(v.length() > 9 && text.contains(v), "an input identity number in the event log");
    }
  }

  @Test
  void anExecutorWhoseKeysAreAtAnotherVersionRefusesToRun() {
    Path keys = Fixtures.keyFile(dir);
    SparkPseudonymiser trygg = SparkPseudonymiser.builder().policy(Fixtures.policy()).keys(ExecutorKeys.keyFile(keys.toString())).clock(Fixtures.CLOCK).build();
    io.github.trygg.crypto.pseudonym.KeyFileProvider.rotate(keys, "export");
    io.github.trygg.spark.internal.EngineSpec spec = new io.github.trygg.spark.internal.EngineSpec("rotated-" + java.util.UUID.randomUUID(),
        io.github.trygg.spark.internal.PolicyCopy.of(trygg.policy()), ExecutorKeys.keyFile(keys.toString()), Fixtures.CLOCK.millis(), "d",
        java.util.Map.of("care-export-2026", 1));
    IllegalStateException e = assertThrows(IllegalStateException.class, spec::values);
    assertTrue(e.getMessage().contains("export v2") && e.getMessage().contains("version 1"), e.getMessage());
  }

  @Test
  void keysCapturedInAClosureFailTheJobInsteadOfTravelling() throws IOException {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    KeyProvider opened = KeyFileProvider.open(keys);
    ExecutorKeys careless = () -> opened;
    SparkPseudonymiser trygg = SparkPseudonymiser.builder().policy(Fixtures.policy()).keys(careless).clock(Fixtures.CLOCK).build();
    Path csv = Fixtures.visitsCsv(dir.resolve("visits.csv"), 10, 1L, 0);
    Dataset<Row> ds = trygg.pseudonymise(DatasetFormat.CSV.read(spark, csv.toString())).dataset();
    Exception e = assertThrows(Exception.class, ds::collectAsList);
    boolean notSerializable = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      notSerializable |= t instanceof java.io.NotSerializableException || String.valueOf(t.getMessage()).contains("not serializable");
    }
    assertTrue(notSerializable, "a key provider cannot be shipped: " + e);
  }
}
