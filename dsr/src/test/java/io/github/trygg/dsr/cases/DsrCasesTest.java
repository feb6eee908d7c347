package io.github.trygg.dsr.cases;

import io.github.trygg.core.register.Register;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.dsr.consent.ConsentSubject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.dsr.access.SecrecyReview;
import io.github.trygg.dsr.SampleRegister;
import io.github.trygg.dsr.TestKeys;
import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.connector.ManualConnector;
import io.github.trygg.dsr.deadline.DeadlineException;
import io.github.trygg.dsr.deadline.PausePolicy;
import io.github.trygg.dsr.request.AuthorityEvidence;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.EvidenceKind;
import io.github.trygg.dsr.request.IdentityCheck;
import io.github.trygg.dsr.request.IdentityMethod;
import io.github.trygg.dsr.request.IllegalTransitionException;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.request.TaskOutcome;
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DsrCasesTest {
  @TempDir Path dir;
  DsrStore store;
  DsrCases cases;
  MutableClock clock;
  RecordingConnector systems;
  /** Generated here, so no real person's number is in the sources. */
  final String pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1941, 3, 9), 382).canonical();

  @BeforeEach
  void setUp() {
    store = DsrStores.fileJournal(dir.resolve("dsr.journal"));
    clock = new MutableClock(Instant.parse("2026-01-31T08:00:00Z"));
    systems = new RecordingConnector();
    AtomicInteger ids = new AtomicInteger();
    cases = DsrCases.builder().store(store).register(SampleRegister.exempelkommun()).pseudonymiser(TestKeys.subjects())
        .addConnector(ManualConnector.forPeople()).addConnector(systems).clock(clock).pausePolicy(PausePolicy.ON_IDENTITY_OR_CLARIFICATION)
        .ids(() -> "id" + ids.incrementAndGet()).build();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  Intake intake(Set<RequestType> types) {
    return new Intake(types, Requester.self(), "care-recipient",
        List.of(new SubjectIdentifier("se-personnummer", pnr.substring(2, 8) + "-" + pnr.substring(8))), clock.instant());
  }

  DataSubjectRequest verified(Set<RequestType> types) {
    DataSubjectRequest r = cases.requests().receive(intake(types), "officer-1");
    cases.requests().requestIdentity(r.id(), "officer-1");
    clock.advance(Duration.ofDays(2));
    cases.requests().verifyIdentity(r.id(), new IdentityCheck(IdentityMethod.BANKID_SE, AssuranceLevel.HIGH, clock.instant(), true), "officer-1");
    return cases.requests().assess(r.id(), "officer-1");
  }

  @Test
  void theDeskNamesEveryMissingPartAndNeverAssumesAJurisdiction() {
    IllegalStateException empty = assertThrows(IllegalStateException.class, () -> DsrCases.builder().build());
    assertTrue(empty.getMessage().contains("store(DsrStore)") && empty.getMessage().contains("register(Register)")
        && empty.getMessage().contains("pseudonymiser(SubjectPseudonymiser)"), empty.getMessage());

    Register nowhere = Register.builder().from(SampleRegister.exempelkommun()).organisation(java.util.Optional.empty()).build();
    DsrCases.Builder noJurisdiction = DsrCases.builder().store(store).register(nowhere).pseudonymiser(TestKeys.subjects());
    IllegalStateException unknown = assertThrows(IllegalStateException.class, noJurisdiction::build);
    assertTrue(unknown.getMessage().contains("jurisdiction(Jurisdiction)"), unknown.getMessage());
    assertEquals(Jurisdiction.NORWAY, noJurisdiction.jurisdiction(Jurisdiction.NORWAY).build().jurisdiction(), "given when the register names none");

    assertEquals(Jurisdiction.SWEDEN, cases.jurisdiction(), "the register's organisation");
    IllegalStateException conflict = assertThrows(IllegalStateException.class, () -> DsrCases.builder().store(store)
        .register(SampleRegister.exempelkommun()).jurisdiction(Jurisdiction.NORWAY).pseudonymiser(TestKeys.subjects()).build());
    assertTrue(conflict.getMessage().contains("SWEDEN") && conflict.getMessage().contains("NORWAY"), conflict.getMessage());
  }

  @Test
  void accessAndErasureFromReceiptToClosing() {
    DataSubjectRequest r = verified(Set.of(RequestType.ACCESS, RequestType.ERASURE));
    // The two days waiting for identity moved the deadline: 28 February + 2 = 2 March (Monday).
    assertEquals(LocalDate.of(2026, 3, 2), r.deadline().due());
    cases.requests().approve(r.id(), "officer-1");
    cases.requests().dispatch(r.id(), "officer-1");
    assertEquals(RequestStatus.IN_PROGRESS, cases.requests().request(r.id()).status());
    // API and webhook tasks went to the systems, with the identifier in canonical form.
    assertEquals(6, systems.orders.size());
    assertEquals(pnr, systems.orders.get(0).identifiers().get(0).value());
    for (SystemTask t : cases.requests().tasks(r.id())) {
      if (t.kind() != TaskKind.FULFIL) {
        assertEquals(TaskStatus.PENDING, t.status(), "recipient notices wait for the secondary phase");
        continue;
      }
      assertEquals(TaskStatus.SENT, t.status());
      if (t.right() == RequestType.ACCESS) {
        cases.requests().recordTask(t.id(), TaskResult.done(TaskOutcome.FULFILLED), "system");
      } else if (t.archiveStatus() != io.github.trygg.core.register.ArchiveStatus.NOT_PUBLIC_RECORDS) {
        // Sweden: erasure meeting public records not yet due for disposal is refused (Art. 17(3)(b)).
        String id = t.id();
        RuleViolationException blocked = assertThrows(RuleViolationException.class,
            () -> cases.requests().recordTask(id, TaskResult.done(TaskOutcome.RESTRICTED_INSTEAD_ARCHIVE_LAW, "se-arkivlagen"), "system"));
        assertEquals("dsr.task.archive-law-sweden", blocked.ruleId());
        cases.requests().recordTask(t.id(), TaskResult.done(TaskOutcome.REFUSED, "se-arkivlagen"), "system");
      } else {
        cases.requests().recordTask(t.id(), TaskResult.done(TaskOutcome.ERASED), "system");
      }
    }
    assertEquals(RequestStatus.COMPILING, cases.requests().request(r.id()).status());
    String json = cases.requests().accessPackage(r.id(), Map.of("journal", List.of("journal-utdrag.pdf"))).toJson();
    assertTrue(json.contains("\"format\" : \"trygg-access-package/1\""), json);
    assertTrue(json.contains("Trygghetslarm"), json);
    assertFalse(json.contains(pnr), "the package names the subject by reference, not number");
    cases.requests().submitForSignoff(r.id(), "officer-1");
    // Nothing of an access request is released before its secrecy review.
    RuleViolationException noReview = assertThrows(RuleViolationException.class, () -> cases.requests().signOff(r.id(), "head-of-unit"));
    assertEquals("dsr.access.secrecy-review", noReview.ruleId());
    assertThrows(io.github.trygg.core.InvalidInputException.class, () -> cases.requests().signOff(r.id(), "head-of-unit",
        new SecrecyReview("Socialsekreterare", 1, List.of("no-popplyl-16"))), "a Norwegian ground in a Swedish case");
    DataSubjectRequest secondary = cases.requests().signOff(r.id(), "head-of-unit",
        new SecrecyReview("Socialsekreterare", 2, List.of("se-sekretess-mot-den-enskilde")));
    assertEquals(RequestStatus.SECONDARY, secondary.status());
    for (SystemTask t : cases.requests().tasks(r.id())) {
      if (t.kind() == TaskKind.NOTIFY_RECIPIENT) {
        cases.requests().recordTask(t.id(), TaskResult.done(TaskOutcome.RECIPIENT_NOTIFIED), "officer-1");
      }
    }
    assertEquals(RequestStatus.RESPONDED, cases.requests().request(r.id()).status());
    DataSubjectRequest closed = cases.requests().close(r.id(), "officer-1");
    assertTrue(closed.identifiers().isEmpty());
    assertTrue(cases.audit().verify(store.auditHead()).intact());
    List<AuditEntry> audit = store.audit(0, 10_000);
    assertTrue(audit.size() > 40, "every change is audited: " + audit.size());
    assertTrue(audit.stream().anyMatch(e -> "Socialsekreterare".equals(e.event().details().get("secrecy-review"))
        && "2".equals(e.event().details().get("withheld"))), "the secrecy review is in the audit log");
    assertTrue(audit.stream().noneMatch(e -> e.event().toString().contains(pnr.substring(2))));
    assertTrue(audit.stream().allMatch(e -> e.event().subjectRef().isEmpty() || e.event().subjectRef().equals(r.subjectRef())));
  }

  @Test
  void publicRecordsAreNotErased() {
    DataSubjectRequest r = verified(Set.of(RequestType.ERASURE));
    cases.requests().approve(r.id(), "officer-1");
    cases.requests().dispatch(r.id(), "officer-1");
    SystemTask archive = cases.requests().tasks(r.id()).stream().filter(t -> t.systemId().equals("arende-arkiv")).findFirst().orElseThrow();
    RuleViolationException e = assertThrows(RuleViolationException.class, () -> cases.requests().recordTask(archive.id(), TaskResult.done(TaskOutcome.ERASED), "system"));
    assertEquals("dsr.task.archive-law", e.ruleId());
    assertEquals("dsr.task.legal-ground", assertThrows(RuleViolationException.class,
        () -> cases.requests().recordTask(archive.id(), TaskResult.done(TaskOutcome.RESTRICTED_INSTEAD_ARCHIVE_LAW), "system")).ruleId());
    assertEquals("dsr.task.outcome-fits", assertThrows(RuleViolationException.class,
        () -> cases.requests().recordTask(archive.id(), TaskResult.done(TaskOutcome.FULFILLED), "system")).ruleId());
    // A disposal decision allows it.
    assertEquals(TaskOutcome.ERASED, cases.requests().recordTask(archive.id(), TaskResult.done(TaskOutcome.ERASED, "se-gallringsbeslut"), "system").outcome().orElseThrow());
  }

  @Test
  void noApprovalWithoutVerifiedIdentityAtTheRightLevel() {
    DataSubjectRequest r = cases.requests().receive(intake(Set.of(RequestType.ACCESS)), "officer-1");
    assertThrows(IllegalTransitionException.class, () -> cases.requests().approve(r.id(), "officer-1"));
    cases.requests().requestIdentity(r.id(), "officer-1");
    cases.requests().verifyIdentity(r.id(), new IdentityCheck(IdentityMethod.EMAIL_CODE, AssuranceLevel.LOW, clock.instant(), true), "officer-1");
    cases.requests().assess(r.id(), "officer-1");
    assertEquals("dsr.identity.assurance", assertThrows(RuleViolationException.class, () -> cases.requests().approve(r.id(), "officer-1")).ruleId());
  }

  @Test
  void aGuardianNeedsEvidence() {
    DataSubjectRequest r = cases.requests().receive(new Intake(Set.of(RequestType.ACCESS),
        new Requester.Guardian("p1.guardian", new AuthorityEvidence(EvidenceKind.POPULATION_REGISTER, " ", LocalDate.of(2026, 1, 31))),
        "care-recipient", List.of(new SubjectIdentifier("se-personnummer", pnr)), clock.instant()), "officer-1");
    cases.requests().requestIdentity(r.id(), "officer-1");
    assertEquals("dsr.identity.authority-evidence", assertThrows(RuleViolationException.class, () -> cases.requests().verifyIdentity(r.id(),
        new IdentityCheck(IdentityMethod.BANKID_SE, AssuranceLevel.HIGH, clock.instant(), true), "officer-1")).ruleId());
  }

  @Test
  void duplicatesAreLinkedAndGoBackThroughIdentity() {
    DataSubjectRequest first = cases.requests().receive(intake(Set.of(RequestType.ACCESS)), "officer-1");
    // The 10-digit form and the 12-digit form are the same person.
    DataSubjectRequest again = cases.requests().receive(new Intake(Set.of(RequestType.ACCESS, RequestType.RECTIFICATION), Requester.self(), "care-recipient",
        List.of(new SubjectIdentifier("se-personnummer", pnr)), clock.instant()), "officer-1");
    assertEquals(RequestStatus.DUPLICATE, again.status());
    assertEquals(first.id(), again.duplicateOf().orElseThrow());
    assertEquals(first.subjectRef(), again.subjectRef());
    assertThrows(IllegalTransitionException.class, () -> cases.requests().approve(again.id(), "officer-1"));
    assertEquals(RequestStatus.AWAITING_IDENTITY, cases.requests().requestIdentity(again.id(), "officer-1").status());
    // Another right, another request.
    assertEquals(RequestStatus.RECEIVED, cases.requests().receive(intake(Set.of(RequestType.OBJECTION)), "officer-1").status());
  }

  @Test
  void extensionOnlyBeforeTheFirstDueDate() {
    DataSubjectRequest r = verified(Set.of(RequestType.ACCESS));
    DeadlineException late = assertThrows(DeadlineException.class, () -> cases.requests().extend(r.id(), "complexity", LocalDate.of(2026, 3, 3), "officer-1"));
    assertEquals("dsr.deadline.extension-after-due", late.ruleId());
    DataSubjectRequest extended = cases.requests().extend(r.id(), "complexity", LocalDate.of(2026, 2, 20), "officer-1");
    // Three months from 31 January is 30 April, plus the two paused days: 2 May (Saturday) -> 4 May.
    assertEquals(LocalDate.of(2026, 5, 4), extended.deadline().due());
    assertTrue(cases.requests().explainDeadline(r.id()).stream().anyMatch(x -> x.ruleId().equals("dsr.deadline.extension")));
  }

  @Test
  void withdrawalCancelsOpenTasks() {
    DataSubjectRequest r = verified(Set.of(RequestType.ACCESS));
    cases.requests().approve(r.id(), "officer-1");
    cases.requests().dispatch(r.id(), "officer-1");
    cases.requests().withdraw(r.id(), "officer-1");
    assertTrue(cases.requests().tasks(r.id()).stream().allMatch(t -> t.status() == TaskStatus.CANCELLED));
    assertEquals(RequestStatus.CLOSED, cases.requests().close(r.id(), "officer-1").status());
  }

  @Test
  void aFailedTaskIsRetriedAndTheRequestReprocessed() {
    DataSubjectRequest r = verified(Set.of(RequestType.ACCESS));
    cases.requests().approve(r.id(), "officer-1");
    systems.refuse = true;
    cases.requests().dispatch(r.id(), "officer-1");
    SystemTask failed = cases.requests().tasks(r.id()).stream().filter(t -> t.status() == TaskStatus.FAILED).findFirst().orElseThrow();
    systems.refuse = false;
    SystemTask retried = cases.requests().retry(failed.id(), "officer-1");
    assertEquals(TaskStatus.SENT, retried.status());
    assertEquals(2, retried.attempts());
  }

  @Test
  void rejectionNeedsAFittingGround() {
    DataSubjectRequest r = cases.requests().receive(intake(Set.of(RequestType.ACCESS)), "officer-1");
    assertThrows(io.github.trygg.core.InvalidInputException.class, () -> cases.requests().reject(r.id(), "se-arkivlagen", "officer-1"));
    assertEquals("gdpr-12-5", cases.requests().reject(r.id(), "gdpr-12-5", "officer-1").rejectionGround().orElseThrow());
  }

  @Test
  void holdAndResumeWithAPausedClock() {
    DataSubjectRequest r = verified(Set.of(RequestType.ACCESS));
    DataSubjectRequest held = cases.requests().hold(r.id(), "clarification", "officer-1");
    assertEquals(RequestStatus.ON_HOLD, held.status());
    assertTrue(held.deadline().isPaused());
    clock.advance(Duration.ofDays(3));
    DataSubjectRequest resumed = cases.requests().resume(r.id(), "officer-1");
    assertEquals(RequestStatus.ASSESSING, resumed.status());
    assertEquals(5, resumed.deadline().pausedDays());
  }

  @Test
  void auditVerificationFindsTruncationAgainstAnOutsideCheckpoint() {
    DataSubjectRequest r = verified(Set.of(RequestType.ACCESS));
    AuditCheckpoint kept = store.auditHead();
    assertTrue(cases.audit().verify(kept).intact());
    assertFalse(cases.audit().verify(new AuditCheckpoint(kept.seq() + 5, "ab".repeat(32))).intact());
    assertEquals(r.subjectRef(), store.audit(0, 1).get(0).event().subjectRef());
  }

  @Test
  void consentThroughTheDesk() {
    io.github.trygg.dsr.consent.ConsentPurpose camera = new io.github.trygg.dsr.consent.ConsentPurpose("nattillsyn-kamera",
        new io.github.trygg.core.LocalizedText("Kamera", "Kamera", "Camera"), "2026-1", io.github.trygg.dsr.consent.GuardianRule.ANY_GUARDIAN,
        false, true, List.of("nattillsyn"));
    SubjectIdentifier subject = new SubjectIdentifier("se-personnummer", pnr);
    io.github.trygg.dsr.consent.ConsentRecord given = cases.consents().give(subject, camera, io.github.trygg.dsr.consent.ConsentGiver.subject(), "officer-1");
    assertEquals(cases.consents().subjectRef(subject), given.subjectRef());
    assertTrue(cases.consents().check(camera, ConsentSubject.adult(subject)).valid());
    clock.advance(Duration.ofDays(1));
    cases.consents().withdraw(given.id(), "officer-1");
    assertFalse(cases.consents().check(camera, ConsentSubject.adult(subject)).valid());
    assertEquals("dsr.consent.withdrawn", assertThrows(RuleViolationException.class, () -> cases.consents().withdraw(given.id(), "officer-1")).ruleId());
    assertTrue(store.audit(0, 100).stream().anyMatch(e -> e.event().action().equals("consent.withdrawn")));
  }

  @Test
  void breachesThroughTheDesk() {
    io.github.trygg.dsr.breach.PersonalDataBreach b = io.github.trygg.dsr.breach.PersonalDataBreach.builder().id("b-1").version(1)
        .awareAt(clock.instant()).addNature(io.github.trygg.dsr.breach.BreachNature.AVAILABILITY).description("Larmplattformen nere i 3 timmar")
        .addSystems("larmplattform").addDataCategories("health").addSubjectCategories("care-recipient")
        .subjectsAffected(new io.github.trygg.dsr.breach.Approximate(800, 900)).recordsAffected(new io.github.trygg.dsr.breach.Approximate(0, 40))
        .likelyConsequences("Larm fördröjdes").measuresTaken("Reservrutin").measuresProposed("Redundant uppkoppling")
        .contactPoint("dataskyddsombud@exempelkommun.example").risk(io.github.trygg.dsr.breach.BreachRisk.RISK).build();
    cases.breaches().register(b, "security-officer");
    clock.advance(Duration.ofHours(30));
    io.github.trygg.dsr.breach.BreachAssessment a = cases.breaches().assess("b-1");
    assertEquals(b.awareAt().plus(Duration.ofHours(72)), a.authorityDeadline());
    assertEquals(2, a.reminders().size(), "at T+30 h the T-24 h and T-4 h reminders are still ahead");
    cases.breaches().update(io.github.trygg.dsr.breach.PersonalDataBreach.builder().from(b).version(2).authorityNotifiedAt(clock.instant()).build(), "security-officer");
    assertFalse(cases.breaches().assess("b-1").authorityLate());
    assertTrue(cases.breaches().notificationDraft("b-1").missing().isEmpty());
    assertThrows(io.github.trygg.dsr.store.StaleVersionException.class, () -> cases.breaches().update(b, "security-officer"));
  }
}
