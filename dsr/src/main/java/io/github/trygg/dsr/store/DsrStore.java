package io.github.trygg.dsr.store;

import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where requests, tasks, consents, breaches and the audit chain live.
 *
 * <p>The contract every implementation keeps:
 *
 * <ul>
 *   <li>{@link #commit} applies all of a change or nothing, and returns only once the change is
 *       durable: an acknowledged write survives a crash of the process or the machine.
 *   <li>Each written entity carries its new version; the store holds version − 1 (nothing for
 *       version 1), or the whole change fails with {@link StaleVersionException}.
 *   <li>Audit events are chained in commit order: sequence numbers without gaps, each entry's hash
 *       over the previous one, even with several writers.
 *   <li>Reads see only committed changes. Lists are ordered by id (audit entries by sequence).
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface DsrStore extends AutoCloseable {

  /** Applies the change atomically and durably; returns its audit entries as chained. */
  List<AuditEntry> commit(Change change);

  Optional<DataSubjectRequest> request(String id);

  List<DataSubjectRequest> requests();

  /** The requests about one subject (by pseudonym), for duplicate detection and the subject's history. */
  List<DataSubjectRequest> requestsOf(String subjectRef);

  Optional<SystemTask> task(String id);

  List<SystemTask> tasks(String requestId);

  Optional<ConsentRecord> consent(String id);

  /** Every consent record of one subject (by pseudonym), withdrawn ones included. */
  List<ConsentRecord> consents(String subjectRef);

  Optional<PersonalDataBreach> breach(String id);

  List<PersonalDataBreach> breaches();

  /** Up to {@code limit} audit entries with sequence numbers after {@code afterSeq}. */
  List<AuditEntry> audit(long afterSeq, int limit);

  /** The last audit entry's sequence number and hash ({@link AuditCheckpoint#GENESIS} when empty). */
  AuditCheckpoint auditHead();

  @Override
  void close();
}
