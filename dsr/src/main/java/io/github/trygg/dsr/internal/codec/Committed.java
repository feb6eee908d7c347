package io.github.trygg.dsr.internal.codec;

import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import java.util.List;
import org.apiguardian.api.API;

/** A change as it is made durable: entities at their new versions and the chained audit entries. */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Committed(
    List<DataSubjectRequest> requests,
    List<SystemTask> tasks,
    List<ConsentRecord> consents,
    List<PersonalDataBreach> breaches,
    List<AuditEntry> audit) {}
