package io.github.trygg.dsr.cases;

import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.audit.AuditVerification;
import io.github.trygg.dsr.store.DsrStore;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Checks the store's hash-chained audit log. Reached through {@link DsrCases#audit()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AuditTrail {
  private final DsrStore store;

  AuditTrail(CaseContext context) {
    this.store = context.store;
  }

  /**
   * Reads the whole chain page by page and checks it; with a checkpoint kept outside the store it
   * also finds entries cut off the end.
   *
   * @param knownHead a checkpoint kept outside the store, or {@link io.github.trygg.dsr.audit.AuditCheckpoint#GENESIS}
   * @return how many entries were read and what was wrong
   */
  public AuditVerification verify(AuditCheckpoint knownHead) {
    List<AuditEntry> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<AuditEntry> page = store.audit(after, 1000);
      if (page.isEmpty()) {
        break;
      }
      all.addAll(page);
      after = page.get(page.size() - 1).seq();
    }
    AuditCheckpoint head = knownHead.seq() >= store.auditHead().seq() ? knownHead : store.auditHead();
    return AuditVerification.of(all, head);
  }

}
