package io.github.trygg.dsr.audit;

import org.apiguardian.api.API;

/**
 * The head of the chain at some moment: the sequence number and hash of the last entry. Kept
 * outside the log (published, printed, sent to another system), it lets a verification detect that
 * entries were cut off the end.
 *
 * @param seq the sequence number of the last entry; 0 before the first
 * @param hash that entry's hash, 64 hex digits
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuditCheckpoint(long seq, String hash) {
  /** Before the first entry. */
  public static final AuditCheckpoint GENESIS = new AuditCheckpoint(0, "0".repeat(64));
}
