package io.github.trygg.dsr.testkit.internal;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.dsr.audit.AuditEvent;
import io.github.trygg.dsr.breach.Approximate;
import io.github.trygg.dsr.breach.BreachNature;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.breach.ProcessorNotice;
import io.github.trygg.dsr.breach.BreachRisk;
import io.github.trygg.dsr.consent.ConsentGiver;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.deadline.DeadlineCalculator;
import io.github.trygg.dsr.deadline.PausePolicy;
import io.github.trygg.dsr.deadline.WorkingDayCalendar;
import io.github.trygg.dsr.request.AuthorityEvidence;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.EvidenceKind;
import io.github.trygg.dsr.request.IdentityCheck;
import io.github.trygg.dsr.request.IdentityMethod;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskOutcome;
import io.github.trygg.dsr.request.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The entities the contract writes: every optional part present, texts in Swedish, identifiers
 * made-up device ids (never identity numbers), subjects as pseudonyms in Trygg's form {@code <key
 * id>.<version>.<body>}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Samples {
  public static final Instant T0 = Instant.parse("2026-01-31T09:15:00Z");
  /** How the subject pseudonyms of the samples begin. */
  public static final String SUBJECT = "subjects.1.";
  static final DeadlineCalculator DEADLINES = DeadlineCalculator.of(WorkingDayCalendar.bundled(Jurisdiction.SWEDEN), PausePolicy.ON_IDENTITY_OR_CLARIFICATION);

  private Samples() {}

  public static DataSubjectRequest request(String id, long version, RequestStatus status) {
    return DataSubjectRequest.builder()
        .id(id)
        .version(version)
        .jurisdiction(Jurisdiction.SWEDEN)
        .addTypes(RequestType.ACCESS, RequestType.ERASURE)
        .requester(new Requester.Guardian(SUBJECT + "guardian", new AuthorityEvidence(EvidenceKind.POPULATION_REGISTER, "NAVET-2026-17", LocalDate.of(2026, 1, 31))))
        .subjectCategory("care-recipient")
        .addIdentifiers(new SubjectIdentifier("device-id", "LK-" + id))
        .subjectRef(SUBJECT + id)
        .receivedAt(T0)
        .identity(new IdentityCheck(IdentityMethod.BANKID_SE, AssuranceLevel.HIGH, T0, true))
        .status(status)
        .heldFrom(status == RequestStatus.ON_HOLD ? Optional.of(RequestStatus.IN_PROGRESS) : Optional.empty())
        .deadline(DEADLINES.pause(DEADLINES.initial(T0), LocalDate.of(2026, 2, 2), "identity"))
        .updatedAt(T0.plusSeconds(version))
        .build();
  }

  public static SystemTask task(String id, String requestId, long version, TaskStatus status) {
    SystemTask.Builder b = SystemTask.builder()
        .id(id)
        .version(version)
        .requestId(requestId)
        .systemId("journal")
        .right(RequestType.ERASURE)
        .channel(DsrChannel.MANUAL)
        .address("Systemförvaltning journal")
        .viaProcessor("journalia")
        .addSubProcessors("nordmoln")
        .archiveStatus(ArchiveStatus.DISPOSE_BY_RULE)
        .status(status)
        .attempts((int) version)
        .updatedAt(T0.plusSeconds(version));
    if (status == TaskStatus.DONE) {
      b.outcome(TaskOutcome.RESTRICTED_INSTEAD_ARCHIVE_LAW).legalGround("se-arkivlagen").externalRef("ÄR-2026-1");
    }
    return b.build();
  }

  public static ConsentRecord consent(String id, String subject) {
    return new ConsentRecord(id, 1, subject, "night-camera", "v3", ConsentGiver.guardian(SUBJECT + "g1"), T0, Optional.empty());
  }

  public static PersonalDataBreach breach(String id, long version) {
    return PersonalDataBreach.builder().id(id).version(version).awareAt(T0).addNature(BreachNature.CONFIDENTIALITY, BreachNature.AVAILABILITY)
        .description("Felaktig mottagare").addSystems("larmcentral").addDataCategories("health").addSubjectCategories("care-recipient")
        .subjectsAffected(new Approximate(10, 20)).recordsAffected(Approximate.exactly(31)).likelyConsequences("Röjande")
        .measuresTaken("Raderat hos mottagaren").measuresProposed("Utbildning").contactPoint("dpo@exempelkommun.example")
        .risk(BreachRisk.RISK).processorNotice(new ProcessorNotice("vakta", T0.minusSeconds(3600), Optional.of(T0)))
        .build();
  }

  public static AuditEvent event(String entityId, String to) {
    return new AuditEvent(T0, "officer-7", "request.status", "request", entityId, SUBJECT + entityId, Map.of("to", to));
  }
}
