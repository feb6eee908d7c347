package io.github.trygg.benchmarks.pseudonym;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.internal.primitive.Ff1;
import io.github.trygg.crypto.pseudonym.IdentityFpeOptions;
import io.github.trygg.crypto.pseudonym.IdentityPseudonymiser;
import io.github.trygg.crypto.pseudonym.Preservation;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.fpe.FPEFF1Engine;
import org.bouncycastle.crypto.params.FPEParameters;
import org.bouncycastle.crypto.params.KeyParameter;
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
 * A format-valid pseudonym of a Swedish personnummer (parse, index, FF1 with cycle-walking, check
 * digit, format) against Bouncy Castle's plain {@link FPEFF1Engine} encrypting the same 8 digits
 * once, in radix 10 with the same kind of tweak. Target: the whole pseudonym at least 3× faster.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class IdentityFpeBenchmark {
  static final int N = 1024;
  final String[] numbers = new String[N];
  final IdentityNumber[] parsed = new IdentityNumber[N];
  final byte[][] digits = new byte[N][];
  IdentityPseudonymiser trygg;
  FPEFF1Engine bouncyCastle;
  Ff1.Prepared ff1;
  final long[] values = new long[N];
  final byte[] out = new byte[8];
  int i;

  @Setup(Level.Trial)
  public void setUp() {
    LocalDate latest = LocalDate.of(2025, 12, 31);
    Pseudonymisation p = Pseudonymisation.builder().keys(BenchKeys.provider()).build();
    trygg = p.identityFpe(BenchKeys.domain("bench-fpe"),
        IdentityFpeOptions.builder().latestBirthDate(latest).acknowledgeRealPersonRisk(true).build());
    SplittableRandom random = new SplittableRandom(42);
    LocalDate start = LocalDate.of(1870, 1, 1);
    for (int k = 0; k < N; k++) {
      LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1920, 1, 1).toEpochDay(), latest.toEpochDay()));
      IdentityNumber n = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, random.nextInt(1, 1000));
      numbers[k] = n.canonical();
      parsed[k] = n;
      // The same 8 digits the pseudonymiser encrypts: the pair's index in the window.
      long x = (birth.toEpochDay() - start.toEpochDay()) * 999 + n.serial() - 1;
      values[k] = x;
      digits[k] = new byte[8];
      for (int d = 7; d >= 0; d--) {
        digits[k][d] = (byte) (x % 10);
        x /= 10;
      }
    }
    byte[] key = new byte[32];
    random.nextBytes(key);
    ff1 = new Ff1(key, 10).prepare(8,
        "trygg/identity-fpe/v1|SE_PERSONNUMMER|1870-01-01|2025-12-31|-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    bouncyCastle = new FPEFF1Engine();
    bouncyCastle.init(true, new FPEParameters(new KeyParameter(key), 10,
        "trygg/identity-fpe/v1|SE_PERSONNUMMER|1870-01-01|2025-12-31|-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }

  @Benchmark
  public String tryggPseudonymFromText() {
    return trygg.pseudonymise(numbers[i++ & (N - 1)]);
  }

  @Benchmark
  public IdentityNumber tryggPseudonymFromParsedNumber() {
    return trygg.pseudonymise(parsed[i++ & (N - 1)]);
  }

  /** The FF1 inside the pseudonymiser alone, on the same digits. */
  @Benchmark
  public long tryggFf1SameDigits() {
    return ff1.encrypt(values[i++ & (N - 1)]);
  }

  @Benchmark
  public byte[] bouncyCastleFf1SameDigits() {
    bouncyCastle.processBlock(digits[i++ & (N - 1)], 0, 8, out, 0);
    return out;
  }
}
