package io.github.trygg.crypto.internal.seal;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Work handed to another thread while the caller does something independent, and taken back by the
 * caller if no thread has started it by the time its result is needed. So it never waits on a busy
 * or saturated executor, never deadlocks on one, and costs one task submission when no thread is
 * free: at worst the caller does the work itself, as it would have without the executor.
 */
final class Overlap<T> implements Runnable {
  private static final int NEW = 0;
  private static final int RUNNING = 1;
  private static final int DONE = 2;

  private final Callable<T> work;
  private final AtomicInteger state = new AtomicInteger(NEW);
  private volatile @Nullable Thread waiter;
  private @Nullable T result;
  private @Nullable Exception failure;

  private Overlap(Callable<T> work) {
    this.work = work;
  }

  /** Starts {@code work} on {@code executor} if it takes it; {@link #join()} gets the result either way. */
  static <T> Overlap<T> start(Executor executor, Callable<T> work) {
    Overlap<T> overlap = new Overlap<>(work);
    try {
      executor.execute(overlap);
    } catch (RejectedExecutionException e) {
      // The caller does it in join().
    }
    return overlap;
  }

  @Override
  public void run() {
    if (state.compareAndSet(NEW, RUNNING)) {
      execute();
    }
  }

  private void execute() {
    try {
      result = work.call();
    } catch (Exception e) {
      failure = e;
    } catch (Error e) {
      failure = new IllegalStateException("the overlapped work failed", e);
    } finally {
      state.set(DONE);
      Thread w = waiter;
      if (w != null) {
        LockSupport.unpark(w);
      }
    }
  }

  /** The result: run here if no thread took the work, else waited for. Rethrows what the work threw. */
  T join() throws Exception {
    if (state.compareAndSet(NEW, RUNNING)) {
      execute();
    } else {
      waiter = Thread.currentThread();
      boolean interrupted = false;
      while (state.get() != DONE) {
        LockSupport.park(this);
        // The work is short and already running: finish waiting, keep the interrupt for the caller.
        interrupted |= Thread.interrupted();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure != null) {
      throw failure;
    }
    // The work that succeeded set its result before DONE; the work Trygg overlaps never returns null.
    return java.util.Objects.requireNonNull(result, "the overlapped work returned nothing");
  }
}
