package io.github.trygg.benchmarks.pseudonym;

import io.github.trygg.crypto.internal.primitive.HmacSha256;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.Pseudonymiser;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole HMAC pseudonym (UTF-8, HMAC-SHA-256, truncation to 128 bits, base64url, key prefix)
 * against the bare JCA {@code HmacSHA256} over the same strings' UTF-8 bytes. Target: at least 0.8×
 * the bare MAC's throughput.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class HmacPseudonymBenchmark {
  static final int N = 1024;
  final String[] values = new String[N];
  Pseudonymiser trygg;
  Mac jca;
  HmacSha256 primitive;
  int i;

  @Setup(Level.Trial)
  public void setUp() throws GeneralSecurityException {
    SplittableRandom random = new SplittableRandom(42);
    for (int k = 0; k < N; k++) {
      values[k] = k % 2 == 0 ? "kund-" + random.nextInt(10_000_000) : "förnamn.efternamn" + random.nextInt(100_000) + "@exempel.se";
    }
    trygg = Pseudonymisation.builder().keys(BenchKeys.provider()).build().hmac(BenchKeys.domain("bench-hmac"));
    byte[] key = new byte[32];
    random.nextBytes(key);
    jca = Mac.getInstance("HmacSHA256");
    jca.init(new SecretKeySpec(key, "HmacSHA256"));
    primitive = new HmacSha256(key);
  }

  @Benchmark
  public String tryggHmacPseudonym() {
    return trygg.pseudonymise(values[i++ & (N - 1)]);
  }

  /** The MAC inside the pseudonymiser alone (precomputed pad states), to separate it from the formatting. */
  @Benchmark
  public byte[] tryggHmacPrimitive() {
    return primitive.mac(values[i++ & (N - 1)].getBytes(StandardCharsets.UTF_8));
  }

  @Benchmark
  public byte[] jcaHmacSha256SameInput() {
    return jca.doFinal(values[i++ & (N - 1)].getBytes(StandardCharsets.UTF_8));
  }
}
