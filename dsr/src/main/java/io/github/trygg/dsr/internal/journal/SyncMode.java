package io.github.trygg.dsr.internal.journal;

import org.apiguardian.api.API;

/** When the journal forces written records to the disk. */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum SyncMode {
  /** One fsync per commit, under the write lock. */
  EVERY_RECORD,
  /** Commits waiting at the same time share one fsync (group commit). */
  GROUPED
}
