package io.github.trygg.dsr.stores;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * How the file journal syncs.
 *
 * @param groupCommit commits waiting at the same time share one fsync; every commit still returns
 *     only after an fsync that covers it. Off: one fsync per commit.
 * @param batchWindow with group commit, how long the syncing thread waits for more commits before
 *     it forces the file (zero: it syncs at once, and batches form while it runs)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JournalOptions(boolean groupCommit, Duration batchWindow) {
  /**
   * Checks the batch window.
   *
   * @param groupCommit commits waiting at the same time share one fsync; every commit still returns
   *     only after an fsync that covers it. Off: one fsync per commit.
   * @param batchWindow with group commit, how long the syncing thread waits for more commits before
   *     it forces the file (zero: it syncs at once, and batches form while it runs)
   * @throws IllegalArgumentException if the window is negative or longer than 100 ms
   */
  public JournalOptions {
    if (batchWindow.isNegative() || batchWindow.compareTo(Duration.ofMillis(100)) > 0) {
      throw new IllegalArgumentException("a batch window is 0–100 ms");
    }
  }

  /** {@return group commit without a window: the default} */
  public static JournalOptions defaults() {
    return new JournalOptions(true, Duration.ZERO);
  }

  /** {@return one fsync per commit} */
  public static JournalOptions syncEveryRecord() {
    return new JournalOptions(false, Duration.ZERO);
  }
}
