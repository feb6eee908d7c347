package io.github.trygg.benchmarks.message;

import io.github.trygg.crypto.seal.SecureEnvelopes;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Sealing and opening a stream of several GiB — more than one Java array holds — against the JDK's
 * AES-256-GCM over the same number of bytes, in alternating rounds timed in the thread's CPU time.
 * The content is a random MiB repeated (the cipher does not care); the sealed stream goes to a
 * file once, and opening reads it back from there. Reading, not the disk, is what the CPU time
 * counts.
 *
 * <pre>{@code
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.trygg.benchmarks.message.LargeStreamRatio /tmp 2048 3
 * }</pre>
 *
 * Arguments: a directory for the sealed file, MiB, rounds.
 */
public final class LargeStreamRatio {
  private static final int MIB = 1 << 20;
  private static final int PIECE = 64 * 1024;

  private LargeStreamRatio() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
    long mib = args.length > 1 ? Long.parseLong(args[1]) : 2048;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    StreamSealBenchmark b = new StreamSealBenchmark();
    b.size = 1; // its keys and certificates; the content here is generated
    b.setUp();
    SecureEnvelopes envelopes = b.envelopes;
    byte[] block = new byte[MIB];
    new SecureRandom().nextBytes(block);
    long bytes = mib * MIB;
    Path sealed = Files.createTempFile(dir, "trygg-large-stream", ".p7m");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(sealed), 1 << 16)) {
        envelopes.sealUnsigned(repeated(block, bytes), out, b.recipients);
      }
      System.out.printf("%d MiB, sealed file %d MiB, %d rounds (one more to warm up), CPU time of the benchmark thread%n", mib,
          Files.size(sealed) >> 20, rounds);
      Callable<Object> seal = () -> envelopes.sealUnsigned(repeated(block, bytes), OutputStream.nullOutputStream(), b.recipients);
      Callable<Object> rawEncrypt = () -> rawEncrypt(b, block, bytes);
      Callable<Object> open = () -> {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(sealed), 1 << 16)) {
          return envelopes.open(in, OutputStream.nullOutputStream(), b.recipient);
        }
      };
      Callable<Object> rawDecrypt = () -> rawDecrypt(b, block, mib, sealed);
      report("seal", seal, "raw GCM encrypt", rawEncrypt, mib, rounds);
      report("open", open, "read file + raw GCM decrypt", rawDecrypt, mib, rounds);
    } finally {
      Files.deleteIfExists(sealed);
    }
  }

  private static void report(String name, Callable<Object> op, String baselineName, Callable<Object> baseline, long mib, int rounds) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> ours = new ArrayList<>();
    List<Double> theirs = new ArrayList<>();
    for (int round = -1; round < rounds; round++) {
      long t0 = threads.getCurrentThreadCpuTime();
      op.call();
      long t1 = threads.getCurrentThreadCpuTime();
      baseline.call();
      long t2 = threads.getCurrentThreadCpuTime();
      if (round >= 0) {
        ours.add(mib * 1.048576 / ((t1 - t0) / 1e9));
        theirs.add(mib * 1.048576 / ((t2 - t1) / 1e9));
      }
    }
    double a = median(ours);
    double r = median(theirs);
    System.out.printf("%-6s %8.0f MB/s   %-34s %8.0f MB/s   ratio %.2f×%n", name, a, baselineName, r, a / r);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** The JDK's GCM takes at most 2^31 - 1 bytes per message, so the baseline starts a new message every GiB (two for 2 GiB). */
  private static int rawEncrypt(StreamSealBenchmark b, byte[] block, long bytes) throws Exception {
    byte[] nonce = new byte[12];
    byte[] out = new byte[PIECE + 32];
    long done = 0;
    int sink = 0;
    Cipher cipher = null;
    while (done < bytes) {
      if (done % (1L << 30) == 0) {
        if (cipher != null) {
          sink += cipher.doFinal(out, 0);
        }
        b.random.nextBytes(nonce);
        cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, b.rawKey, new GCMParameterSpec(128, nonce));
      }
      int at = (int) (done % MIB);
      sink += cipher.update(block, at, PIECE, out, 0);
      done += PIECE;
    }
    return sink + cipher.doFinal(out, 0);
  }

  /**
   * The JDK holds a GCM message until its tag, so it decrypts at most what it can hold: one-MiB
   * messages, as the JMH baseline does. Opening reads the sealed file, so the baseline reads it too,
   * through the same buffering, a MiB per message.
   */
  private static int rawDecrypt(StreamSealBenchmark b, byte[] block, long mib, Path sealed) throws Exception {
    byte[] nonce = new byte[12];
    b.random.nextBytes(nonce);
    Cipher enc = Cipher.getInstance("AES/GCM/NoPadding");
    enc.init(Cipher.ENCRYPT_MODE, b.rawKey, new GCMParameterSpec(128, nonce));
    byte[] message = enc.doFinal(block);
    byte[] out = new byte[MIB + 32];
    byte[] read = new byte[MIB];
    int sink = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(sealed), 1 << 16)) {
      for (long m = 0; m < mib; m++) {
        sink += in.readNBytes(read, 0, MIB);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, b.rawKey, new GCMParameterSpec(128, nonce));
        sink += cipher.doFinal(message, 0, message.length, out, 0);
      }
    }
    return sink;
  }

  /** {@code bytes} of {@code block} repeated, read as a stream. */
  static InputStream repeated(byte[] block, long bytes) {
    return new InputStream() {
      long left = bytes;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        return block[(int) ((bytes - left--) % block.length)] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int at = (int) ((bytes - left) % block.length);
        int n = (int) Math.min(Math.min(len, left), block.length - at);
        System.arraycopy(block, at, b, off, n);
        left -= n;
        return n;
      }
    };
  }
}
