package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.seal.TestPki.Ca;
import io.github.trygg.crypto.seal.TestPki.Issued;
import io.github.trygg.crypto.seal.TestPki.Type;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32C;

/**
 * Signs and seals generated content of the given size in MiB into a pipe, and opens and verifies it
 * from the pipe at the same time: nothing of the message is ever held whole, so a heap far smaller
 * than the message proves both directions stream. Prints the sizes, checksums, time and heap limit.
 * Run by {@link LargeStreamTest} in a JVM with a small {@code -Xmx}; by hand for other sizes.
 */
public final class LargeStreamRun {
  private LargeStreamRun() {}

  /** Content made on the fly from a seed: xorshift, fast enough not to be what is measured. */
  static final class Generated extends InputStream {
    private long left;
    private long state;
    final CRC32C crc = new CRC32C();

    Generated(long bytes, long seed) {
      this.left = bytes;
      this.state = seed | 1;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left) & ~7;
      if (n == 0) {
        n = (int) Math.min(len, left);
      }
      for (int i = 0; i < n; i++) {
        if ((i & 7) == 0) {
          state ^= state << 13;
          state ^= state >>> 7;
          state ^= state << 17;
        }
        b[off + i] = (byte) (state >>> ((i & 7) * 8));
      }
      crc.update(b, off, n);
      left -= n;
      return n;
    }
  }

  /** A pipe of whole chunks between two threads, bounded to a few of them. */
  static final class Pipe {
    private static final byte[] END = new byte[0];
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);

    OutputStream out() {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          put(java.util.Arrays.copyOfRange(b, off, off + len));
        }

        @Override
        public void close() throws IOException {
          put(END);
        }
      };
    }

    private void put(byte[] chunk) throws IOException {
      try {
        chunks.put(chunk);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }

    InputStream in() {
      return new InputStream() {
        private byte[] current = new byte[0];
        private int at;

        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          while (at == current.length) {
            if (current == END) {
              return -1;
            }
            try {
              current = chunks.take();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException(e);
            }
            at = 0;
          }
          int n = Math.min(len, current.length - at);
          System.arraycopy(current, at, b, off, n);
          at += n;
          return n;
        }
      };
    }
  }

  /** Counts and checksums what it is given, keeping nothing. */
  static final class Sink extends OutputStream {
    final CRC32C crc = new CRC32C();
    long bytes;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      crc.update(b, off, len);
      bytes += len;
    }
  }

  public static void main(String[] args) throws Exception {
    long bytes = Long.parseLong(args[0]) << 20;
    Ca ca = new Ca("Trygg Large Stream CA");
    Issued sender = ca.issue("large-sender", Type.EC_P256);
    Issued recipient = ca.issue("large-recipient", Type.EC_P256);
    SecureEnvelopes envelopes = SecureEnvelopes.builder().addTrustAnchor(ca.certificate).build();
    Generated content = new Generated(bytes, 0x5eed);
    Pipe pipe = new Pipe();
    Sink sink = new Sink();
    long start = System.nanoTime();
    CompletableFuture<SealedStream> sealing = CompletableFuture.supplyAsync(() -> {
      try (OutputStream out = pipe.out()) {
        return envelopes.seal(content, out, SenderCredential.of(sender.handle(), sender.certificate()), List.of(recipient.certificate()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    VerifiedStream verified;
    try {
      verified = envelopes.openAndVerify(pipe.in(), sink, recipient.recipient());
    } catch (RuntimeException e) {
      // The sealing side's failure, if any, is the one that explains this.
      try {
        sealing.get();
      } catch (java.util.concurrent.ExecutionException sealingFailed) {
        sealingFailed.getCause().addSuppressed(e);
        throw sealingFailed;
      }
      throw e;
    }
    SealedStream sealed = sealing.get();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("contentBytes=%d sealedBytes=%d openedBytes=%d crcIn=%08x crcOut=%08x intended=%b seconds=%.1f MBps=%.0f maxHeapMB=%d%n",
        sealed.contentBytes(), sealed.sealedBytes(), verified.contentLength(), content.crc.getValue(), sink.crc.getValue(),
        verified.intendedFor(recipient.certificate()), seconds, bytes / 1048576.0 / seconds, Runtime.getRuntime().maxMemory() >> 20);
  }
}
