package io.github.trygg.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error, redrawn in place with a carriage return: how much of
 * the input has been read, how fast, and when it will be done. Redrawn at most every 200 ms, so it
 * costs nothing measurable on a fast run.
 */
final class ProgressBar implements AutoCloseable {
  private static final int WIDTH = 30;
  private static final long EVERY_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final long started = System.nanoTime();
  private long done;
  private long lastDrawn;
  private boolean drawn;

  ProgressBar(PrintWriter err, String label, long total) {
    this.err = err;
    this.label = label;
    this.total = Math.max(total, 1);
  }

  /** The stream, counting what is read from it. */
  InputStream wrap(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          advance(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
          advance(n);
        }
        return n;
      }
    };
  }

  void advance(long bytes) {
    done += bytes;
    long now = System.nanoTime();
    if (!drawn || now - lastDrawn >= EVERY_NANOS) {
      draw(now);
    }
  }

  private void draw(long now) {
    lastDrawn = now;
    drawn = true;
    double fraction = Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    double seconds = Math.max((now - started) / 1e9, 1e-3);
    double rate = done / seconds;
    String eta = rate > 0 && done < total ? String.format(Locale.ROOT, ", %s left", duration((total - done) / rate)) : "";
    err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%%  %s / %s  %s/s%s   ", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
        (int) Math.floor(fraction * 100), size(done), size(total), size((long) rate), eta));
    err.flush();
  }

  /** Draws the final state and ends the line. */
  @Override
  public void close() {
    draw(System.nanoTime());
    err.println();
    err.flush();
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.2f GiB", bytes / (1024.0 * 1024 * 1024));
  }

  private static String duration(double seconds) {
    long s = (long) Math.ceil(seconds);
    return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
  }
}
