package io.github.trygg.examples.dsr;

import io.github.trygg.dsr.consent.ConsentSubject;
import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.identity.LoginMethods;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.dsr.Reason;
import io.github.trygg.dsr.access.SecrecyReview;
import io.github.trygg.dsr.audit.AuditVerification;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.dsr.cases.Intake;
import io.github.trygg.dsr.cases.TaskResult;
import io.github.trygg.dsr.connector.ManualConnector;
import io.github.trygg.dsr.consent.ConsentDecision;
import io.github.trygg.dsr.consent.ConsentGiver;
import io.github.trygg.dsr.consent.ConsentPurpose;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.consent.GuardianRule;
import io.github.trygg.dsr.deadline.PausePolicy;
import io.github.trygg.dsr.request.AuthorityEvidence;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.EvidenceKind;
import io.github.trygg.dsr.request.IdentityCheck;
import io.github.trygg.dsr.request.IdentityMethod;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.request.TaskOutcome;
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.routing.RoutingPlan;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.JournalOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A child who receives home care in Exempelkommun, with two guardians. Both consented to night
 * supervision by camera. One guardian withdraws that consent and asks, for the child, to see what
 * the municipality holds and to have it erased. The request is routed through the sample register
 * to seven systems and four processors under the social-services committee as controller, the
 * camera stops, the systems answer, erasure of public records not yet due for disposal is refused
 * under Art. 17(3)(b) with arkivlagen cited, the file is reviewed for secrecy before it is
 * released, recipients under Art. 4(9) are told (Art. 19), the access package is compiled and the
 * request closed — with the audit chain intact.
 *
 * <p>Run: {@code java … CareRecipientRequest [registerDir] [workDir]}.
 */
public final class CareRecipientRequest {
  // snippet:start dsr-consent-purpose
  /** Night supervision by camera: consent is the legal basis, and for a child every guardian must give it. */
  static final ConsentPurpose NIGHT_CAMERA = new ConsentPurpose("nattillsyn-kamera",
      new LocalizedText("Nattlig tillsyn via kamera", "Nattilsyn med kamera", "Night supervision by camera"),
      "2026-1", GuardianRule.ALL_GUARDIANS, false, true, List.of("nattillsyn"));
  // snippet:end

  /** What happened, for the caller (and the test) to inspect. */
  public record Outcome(
      DataSubjectRequest request, List<SystemTask> tasks, RoutingPlan plan, ConsentDecision consentBefore,
      ConsentDecision consentAfter, String accessPackageJson, AuditVerification audit, long auditEntries) {}

  private CareRecipientRequest() {}

  public static void main(String[] args) throws IOException {
    Path registerDir = Path.of(args.length > 0 ? args[0] : "examples/registers/exempelkommun");
    Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("trygg-dsr");
    run(registerDir, work, System.out);
  }

  public static Outcome run(Path registerDir, Path work, PrintStream out) {
    Register register = RegisterReader.read(registerDir.resolve("product-larmkraft.yaml"), registerDir.resolve("register.yaml"));
    // Keys come from the host's key management, as every Trygg key does: here a key file made now,
    // with one key for the subject pseudonyms and one the journal seals identifiers under.
    Path keyFile = work.resolve("dsr-keys.json");
    if (!Files.exists(keyFile)) {
      KeyFileProvider.create(keyFile, "dsr-subjects");
      KeyFileProvider.rotate(keyFile, "dsr-identifiers");
    }
    SecureRandom random = new SecureRandom();
    // A personnummer made up now, never a real person's in the sources.
    String personnummer = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(2016, 5, 14), 2 + 2 * random.nextInt(400)).canonical();
    SimulatedSystems vendors = new SimulatedSystems();   // vendors' APIs and webhooks, simulated
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

    // snippet:start dsr-desk
    KeyProvider keys = KeyFileProvider.open(keyFile);        // the host's keys: a key file, PKCS#12 or a token
    DsrStore store = DsrStores.fileJournal(work.resolve("dsr.journal"), JournalOptions.defaults(), keys, "dsr-identifiers");
    DsrCases desk = DsrCases.builder()
        .store(store)                                            // required: requests, tasks, consents, audit log
        .register(register)                                      // required: routes requests to systems
        .pseudonymiser(SubjectPseudonymiser.of(keys, "dsr-subjects")) // required: subjects in the audit log
        // .jurisdiction(Jurisdiction.SWEDEN)                    // required if the register's organisation names none
        .addConnector(ManualConnector.forPeople())               // optional from here on: tasks people carry out,
        .addConnector(vendors)                                   //   tasks sent to vendors' APIs and webhooks,
        .addPurpose(NIGHT_CAMERA)                                //   consent purposes,
        .pausePolicy(PausePolicy.ON_IDENTITY_OR_CLARIFICATION)   //   the clock stops while identity is checked
        .clock(clock)
        .build();
    // snippet:end
    try (store) {
      // snippet:start dsr-consent-guardians
      SubjectIdentifier child = new SubjectIdentifier("se-personnummer", personnummer);
      List<String> guardians = List.of("vardnadshavare-1", "vardnadshavare-2");
      ConsentSubject subject = ConsentSubject.born(child, LocalDate.of(2016, 5, 14), guardians);
      ConsentRecord first = desk.consents().give(child, NIGHT_CAMERA, ConsentGiver.guardian(guardians.get(0)), "handlaggare-17");
      desk.consents().give(child, NIGHT_CAMERA, ConsentGiver.guardian(guardians.get(1)), "handlaggare-17");
      ConsentDecision before = desk.consents().check(NIGHT_CAMERA, subject);   // valid: both guardians consented

      desk.consents().withdraw(first.id(), "handlaggare-17");                 // one guardian withdraws
      ConsentDecision after = desk.consents().check(NIGHT_CAMERA, subject);    // not valid any more
      // snippet:end
      out.println("Consent to night camera: " + (before.valid() ? "valid" : "not valid") + " — " + last(before.reasons()));
      out.println("After one guardian withdrew: " + (after.valid() ? "valid" : "not valid") + " — " + last(after.reasons()));

      // snippet:start dsr-request
      String tenDigits = personnummer.substring(2, 8) + "-" + personnummer.substring(8);  // as the guardian wrote it
      DataSubjectRequest r = desk.requests().receive(new Intake(
          Set.of(RequestType.ACCESS, RequestType.ERASURE, RequestType.CONSENT_WITHDRAWAL),
          new Requester.Guardian(guardians.get(0),                // a guardian acts for the child, with evidence
              new AuthorityEvidence(EvidenceKind.POPULATION_REGISTER, "Navet-uttag 2026-03-02", LocalDate.of(2026, 3, 2))),
          "care-recipient",                                       // the register's data-subject category
          List.of(new SubjectIdentifier("se-personnummer", tenDigits), new SubjectIdentifier("device-id", "NK-4471")),
          clock.instant()), "registrator-3");
      LocalDate due = r.deadline().due();                        // one calendar month, moved to a working day

      desk.requests().requestIdentity(r.id(), "handlaggare-17");  // the clock stops until identity is verified
      AssuranceLevel bankId = LoginMethods.bundled().levelOf("bankid-se");   // the guardian logged in with BankID
      desk.requests().verifyIdentity(r.id(), new IdentityCheck(IdentityMethod.BANKID_SE, bankId, clock.instant(), true), "handlaggare-17");
      desk.requests().assess(r.id(), "handlaggare-17");
      RoutingPlan plan = desk.requests().approve(r.id(), "handlaggare-17");  // systems, processors, recipients
      desk.requests().dispatch(r.id(), "handlaggare-17");                   // each task to its channel's connector
      // snippet:end
      out.println("Received " + r.id() + ", due " + due);
      for (Reason why : desk.requests().explainDeadline(r.id())) {
        out.println("  " + why.text().in(Language.ENGLISH));
      }
      out.println("Routed to " + plan.fulfilment().stream().map(t -> t.systemId()).distinct().count() + " systems, "
          + plan.recipientNotices().size() + " recipient notices; identity needed: " + plan.minimumAssurance().label(Language.ENGLISH)
          + "; controllers: " + String.join(", ", plan.controllers().stream().map(u -> u.name()).toList()));
      out.println(vendors.received.size() + " tasks went to vendor APIs and webhooks; the rest to people by e-mail, ticket or by hand");

      // snippet:start dsr-answer
      for (SystemTask t : desk.requests().tasks(r.id())) {        // the systems answer
        if (t.kind() == TaskKind.FULFIL && !t.status().isTerminal()) {
          desk.requests().recordTask(t.id(), answer(t), t.viaProcessor().orElse("systemforvaltare"));
        }
      }
      String json = desk.requests().accessPackage(r.id(),        // the Art. 15 answer, with the files found
          Map.of("journal", List.of("utdrag-journal.pdf"), "arende-arkiv", List.of("akt-forteckning.pdf"))).toJson();
      desk.requests().submitForSignoff(r.id(), "handlaggare-17");
      // Reviewed for secrecy before release: a note about the person who reported a concern is withheld.
      desk.requests().signOff(r.id(), "enhetschef-2", new SecrecyReview("enhetschef", 1, List.of("se-review-osl-26")));
      for (SystemTask t : desk.requests().tasks(r.id())) {        // Art. 19: recipients are told
        if (t.kind() == TaskKind.NOTIFY_RECIPIENT && !t.status().isTerminal()) {
          desk.requests().recordTask(t.id(), TaskResult.done(TaskOutcome.RECIPIENT_NOTIFIED), "handlaggare-17");
        }
      }
      DataSubjectRequest closed = desk.requests().close(r.id(), "handlaggare-17");
      AuditVerification audit = desk.audit().verify(store.auditHead());
      // snippet:end
      Files.writeString(work.resolve("access-package.json"), json);
      List<SystemTask> tasks = desk.requests().tasks(r.id());
      for (SystemTask t : tasks) {
        out.println(String.format("  %-20s %-26s %-10s %s", t.kind() == TaskKind.FULFIL ? t.systemId() : t.recipient().orElseThrow(),
            t.right().label(Language.ENGLISH), t.status().label(Language.ENGLISH),
            t.outcome().map(o -> o.label(Language.ENGLISH)).orElse("") + t.legalGround().map(g -> " (" + g + ")").orElse("")));
      }
      out.println("Request " + closed.status().label(Language.ENGLISH) + "; access package " + work.resolve("access-package.json") + "; audit chain of "
          + store.auditHead().seq() + " entries " + (audit.intact() ? "intact" : "BROKEN " + audit.findings()));
      return new Outcome(closed, tasks, plan, before, after, json, audit, store.auditHead().seq());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // snippet:start dsr-archive-law
  /** What each system answered; in Sweden, erasure meets archive law. */
  static TaskResult answer(SystemTask t) {
    if (t.right() == RequestType.ACCESS) {
      return TaskResult.done(TaskOutcome.FULFILLED);
    }
    if (t.right() == RequestType.CONSENT_WITHDRAWAL) {
      return TaskResult.done(TaskOutcome.PROCESSING_STOPPED);
    }
    if (t.archiveStatus() != ArchiveStatus.NOT_PUBLIC_RECORDS) {
      // Public records not yet due for disposal are not erased: the request is refused under
      // Art. 17(3)(b), citing arkivlagen and the principle of public access.
      return TaskResult.done(TaskOutcome.REFUSED, "se-arkivlagen");
    }
    return TaskResult.done(TaskOutcome.ERASED);
  }
  // snippet:end

  private static String last(List<Reason> reasons) {
    return reasons.isEmpty() ? "" : reasons.get(reasons.size() - 1).text().en();
  }
}
