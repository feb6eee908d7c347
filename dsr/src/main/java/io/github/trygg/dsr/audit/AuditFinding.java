package io.github.trygg.dsr.audit;

import org.apiguardian.api.API;

/**
 * Something wrong with the chain, at a sequence number.
 *
 * @param kind what is wrong
 * @param seq the sequence number where it was found
 * @param detail what was found, in words; never an event's contents
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuditFinding(Kind kind, long seq, String detail) {

  /** What is wrong. */
  public enum Kind {
    /** The entry's contents do not match its hash. */
    MODIFIED,
    /** Sequence numbers jump: entries are missing. */
    DELETED,
    /** An entry comes before one with a lower number, or a number repeats. */
    REORDERED,
    /** The entry does not point to the hash of the entry before it. */
    BROKEN_LINK,
    /** The chain ends before a checkpoint known from outside, or differs from it. */
    TRUNCATED
  }
}
