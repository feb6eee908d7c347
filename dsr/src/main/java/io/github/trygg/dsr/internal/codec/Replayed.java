package io.github.trygg.dsr.internal.codec;

import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A committed change as replay needs it: the entities, and of the audit entries only where they
 * start and end (the events stay on disk until someone reads the log).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Replayed(
    List<DataSubjectRequest> requests,
    List<SystemTask> tasks,
    List<ConsentRecord> consents,
    List<PersonalDataBreach> breaches,
    long firstAuditSeq,
    Optional<AuditCheckpoint> lastAudit) {

  public static Replayed of(Committed c) {
    return new Replayed(c.requests(), c.tasks(), c.consents(), c.breaches(),
        c.audit().isEmpty() ? 0 : c.audit().get(0).seq(),
        c.audit().isEmpty() ? Optional.empty() : Optional.of(c.audit().get(c.audit().size() - 1).checkpoint()));
  }
}
