package io.github.trygg.dsr.audit;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The result of checking a chain: how many entries were read and what was wrong.
 *
 * @param entries how many entries were read
 * @param head the checkpoint of the last entry read
 * @param findings what was wrong, in the order found; empty when the chain is intact
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuditVerification(long entries, AuditCheckpoint head, List<AuditFinding> findings) {
  /**
   * Copies the findings.
   *
   * @param entries how many entries were read
   * @param head the checkpoint of the last entry read
   * @param findings what was wrong, in the order found; empty when the chain is intact
   */
  public AuditVerification {
    findings = List.copyOf(findings);
  }

  /** {@return whether nothing was found wrong} */
  public boolean intact() {
    return findings.isEmpty();
  }

  /**
   * Checks entries in the order given, from the genesis, reading each once (for a log too large to
   * hold in memory). With {@code expectedHead} (a checkpoint
   * kept elsewhere) it also finds entries cut off the end.
   *
   * @param entries the entries, in stored order, from the first
   * @param expectedHead a checkpoint kept outside the log, or {@link AuditCheckpoint#GENESIS} when there is none
   * @return what was read and what was wrong
   */
  public static AuditVerification scan(Iterable<AuditEntry> entries, AuditCheckpoint expectedHead) {
    List<AuditFinding> findings = new ArrayList<>();
    AuditCheckpoint previous = AuditCheckpoint.GENESIS;
    long count = 0;
    for (AuditEntry e : entries) {
      count++;
      if (e.seq() <= previous.seq()) {
        findings.add(new AuditFinding(AuditFinding.Kind.REORDERED, e.seq(), "follows entry " + previous.seq()));
      } else if (e.seq() != previous.seq() + 1) {
        findings.add(new AuditFinding(AuditFinding.Kind.DELETED, e.seq(),
            "entries " + (previous.seq() + 1) + "–" + (e.seq() - 1) + " are missing"));
      } else if (!e.previousHash().equals(previous.hash())) {
        findings.add(new AuditFinding(AuditFinding.Kind.BROKEN_LINK, e.seq(), "does not point to entry " + previous.seq()));
      }
      if (!AuditChain.hash(e.seq(), e.previousHash(), e.event()).equals(e.hash())) {
        findings.add(new AuditFinding(AuditFinding.Kind.MODIFIED, e.seq(), "contents do not match the hash"));
      }
      previous = e.checkpoint();
    }
    if (expectedHead.seq() > previous.seq()) {
      findings.add(new AuditFinding(AuditFinding.Kind.TRUNCATED, previous.seq(),
          "the chain ends at " + previous.seq() + " but a checkpoint shows " + expectedHead.seq()));
    }
    return new AuditVerification(count, previous, findings);
  }

  /**
   * As {@link #scan}, and also checks that the entry at the checkpoint's number has the checkpoint's
   * hash, so a rewritten chain is found too.
   *
   * @param entries the entries, in stored order, from the first
   * @param expectedHead a checkpoint kept outside the log, or {@link AuditCheckpoint#GENESIS} when there is none
   * @return what was read and what was wrong
   */
  public static AuditVerification of(List<AuditEntry> entries, AuditCheckpoint expectedHead) {
    AuditVerification v = scan(entries, expectedHead);
    if (expectedHead.seq() > 0 && expectedHead.seq() <= entries.size()) {
      AuditEntry at = entries.get((int) expectedHead.seq() - 1);
      if (at.seq() == expectedHead.seq() && !at.hash().equals(expectedHead.hash())) {
        List<AuditFinding> f = new ArrayList<>(v.findings());
        f.add(new AuditFinding(AuditFinding.Kind.TRUNCATED, at.seq(), "differs from the checkpoint: the chain was rewritten"));
        return new AuditVerification(v.entries(), v.head(), f);
      }
    }
    return v;
  }
}
