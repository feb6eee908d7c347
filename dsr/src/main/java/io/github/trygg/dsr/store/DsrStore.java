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

  /**
   * Applies the change atomically and durably; returns its audit entries as chained.
   *
   * @param change the entities at their new versions and the audit events that record them
   * @return the change's audit entries, chained in commit order
   */
  List<AuditEntry> commit(Change change);

  /**
   * A request as stored.
   *
   * @param id the request's id
   * @return the request at its latest version; empty if there is none
   */
  Optional<DataSubjectRequest> request(String id);

  /**
   * Every request.
   *
   * @return every request at its latest version, ordered by id
   */
  List<DataSubjectRequest> requests();

  /**
   * The requests about one subject (by pseudonym), for duplicate detection and the subject's history.
   *
   * @param subjectRef the subject's pseudonym
   * @return the subject's requests at their latest versions, ordered by id
   */
  List<DataSubjectRequest> requestsOf(String subjectRef);

  /**
   * A task as stored.
   *
   * @param id the task's id
   * @return the task at its latest version; empty if there is none
   */
  Optional<SystemTask> task(String id);

  /**
   * A request's tasks.
   *
   * @param requestId the request's id
   * @return the request's tasks at their latest versions, ordered by id
   */
  List<SystemTask> tasks(String requestId);

  /**
   * A consent record as stored.
   *
   * @param id the consent record's id
   * @return the consent record at its latest version; empty if there is none
   */
  Optional<ConsentRecord> consent(String id);

  /**
   * Every consent record of one subject (by pseudonym), withdrawn ones included.
   *
   * @param subjectRef the subject's pseudonym
   * @return the subject's consent records, ordered by id
   */
  List<ConsentRecord> consents(String subjectRef);

  /**
   * A breach as stored.
   *
   * @param id the breach's id
   * @return the breach at its latest version; empty if there is none
   */
  Optional<PersonalDataBreach> breach(String id);

  /**
   * Every breach.
   *
   * @return every breach at its latest version, ordered by id
   */
  List<PersonalDataBreach> breaches();

  /**
   * Up to {@code limit} audit entries with sequence numbers after {@code afterSeq}.
   *
   * @param afterSeq the sequence number to read after; 0 from the start
   * @param limit the most entries to return
   * @return the entries, in sequence order
   */
  List<AuditEntry> audit(long afterSeq, int limit);

  /**
   * {@return the last audit entry's sequence number and hash ({@link AuditCheckpoint#GENESIS} when
   * empty)}
   */
  AuditCheckpoint auditHead();

  @Override
  void close();
}
