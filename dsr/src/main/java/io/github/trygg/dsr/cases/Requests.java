package io.github.trygg.dsr.cases;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.core.register.Register;
import io.github.trygg.dsr.DsrException;
import io.github.trygg.dsr.Reason;
import io.github.trygg.dsr.access.AccessPackage;
import io.github.trygg.dsr.access.AccessPackages;
import io.github.trygg.dsr.access.SecrecyReview;
import io.github.trygg.dsr.audit.AuditEvent;
import io.github.trygg.dsr.connector.DsrConnector;
import io.github.trygg.dsr.connector.Submission;
import io.github.trygg.dsr.connector.TaskOrder;
import io.github.trygg.dsr.consent.ConsentPurpose;
import io.github.trygg.dsr.deadline.Deadline;
import io.github.trygg.dsr.deadline.DeadlineCalculator;
import io.github.trygg.dsr.deadline.PausePolicy;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.IdentityCheck;
import io.github.trygg.dsr.request.Lifecycle;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.request.TaskOutcome;
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.routing.LegalGrounds;
import io.github.trygg.dsr.routing.PlannedTask;
import io.github.trygg.dsr.routing.Router;
import io.github.trygg.dsr.routing.RoutingPlan;
import io.github.trygg.dsr.routing.RoutingQuery;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Requests and their tasks: receiving, identity, approval and routing, dispatch to systems, their
 * answers, sign-off and the deadline. Every operation reads from the store, checks the lifecycle
 * and the rules, and writes the new versions together with their audit events in one change — a
 * stale read (another node was faster) fails with {@link io.github.trygg.dsr.store.StaleVersionException}
 * and changes nothing. Reached through {@link DsrCases#requests()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Requests {
  private static final Set<String> DISPOSAL_GROUNDS = Set.of("se-gallringsbeslut", "no-kassasjonsvedtak");

  private final CaseContext context;
  private final DsrStore store;
  private final Register register;
  private final Router router;
  private final LegalGrounds grounds;
  private final DeadlineCalculator deadlines;
  private final Map<DsrChannel, DsrConnector> connectors;
  private final Clock clock;
  private final List<ConsentPurpose> purposes;
  private final Supplier<String> ids;
  private final Jurisdiction jurisdiction;

  Requests(CaseContext context) {
    this.context = context;
    this.store = context.store;
    this.register = context.register;
    this.router = context.router;
    this.grounds = context.grounds;
    this.deadlines = context.deadlines;
    this.connectors = context.connectors;
    this.clock = context.clock;
    this.purposes = context.purposes;
    this.ids = context.ids;
    this.jurisdiction = context.jurisdiction;
  }

  /**
   * Registers a request: identifiers in canonical form, the subject's pseudonym, the deadline. An
   * open request of the same subject for an overlapping right makes this one a DUPLICATE linked to
   * it (it cannot be approved without identity verification of its own).
   *
   * @param intake the request as it arrived
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest receive(Intake intake, String actor) {
    LocalDate day = intake.receivedAt().atZone(deadlines.calendar().zone()).toLocalDate();
    List<SubjectIdentifier> canonical = intake.identifiers().stream().map(i -> CaseContext.canonical(i, day)).toList();
    String subjectRef = context.subjectRef(canonical);
    Optional<DataSubjectRequest> earlier = context.subjectRefs(canonical).stream()
        .flatMap(ref -> store.requestsOf(ref).stream())
        .filter(r -> !r.status().isFinished())
        .filter(r -> r.types().stream().anyMatch(intake.types()::contains))
        .findFirst();
    Instant now = clock.instant();
    DataSubjectRequest request = DataSubjectRequest.builder()
        .id(ids.get())
        .version(1)
        .jurisdiction(jurisdiction)
        .types(intake.types())
        .requester(intake.requester())
        .subjectCategory(intake.subjectCategory())
        .identifiers(canonical)
        .subjectRef(subjectRef)
        .receivedAt(intake.receivedAt())
        .status(earlier.isPresent() ? RequestStatus.DUPLICATE : RequestStatus.RECEIVED)
        .duplicateOf(earlier.map(DataSubjectRequest::id))
        .deadline(deadlines.initial(intake.receivedAt()))
        .updatedAt(now)
        .build();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("types", String.join(",", intake.types().stream().map(WireNames::of).sorted().toList()));
    details.put("requester", requesterKind(intake.requester()));
    details.put("due", request.deadline().due().toString());
    details.put("to", request.status().name());
    earlier.ifPresent(e -> details.put("duplicateOf", e.id()));
    store.commit(Change.builder().put(request).audit(CaseContext.event(now, actor, "request.received", "request", request.id(), subjectRef, details)).build());
    return request;
  }

  /**
   * Asks the requester to prove their identity; the clock stops when the policy says so.
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest requestIdentity(String id, String actor) {
    DataSubjectRequest r = request(id);
    Deadline d = r.deadline();
    Map<String, String> details = new LinkedHashMap<>();
    if (deadlines.pausePolicy() != PausePolicy.NEVER && !d.isPaused()) {
      d = deadlines.pause(d, context.today(), "identity");
      details.put("clock", "paused");
    }
    Deadline paused = d;
    return move(r, RequestStatus.AWAITING_IDENTITY, actor, b -> b.deadline(paused), details);
  }

  /**
   * Records how identity was established. A guardian or representative must also have evidence of
   * their authority. A failed check leads to IDENTITY_FAILED. A paused clock restarts.
   *
   * @param id the request's id
   * @param check how identity was established and whether it passed
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest verifyIdentity(String id, IdentityCheck check, String actor) {
    DataSubjectRequest r = request(id);
    if (check.passed() && !(r.requester() instanceof Requester.Self) && evidenceMissing(r.requester())) {
      throw new RuleViolationException("dsr.identity.authority-evidence", new LocalizedText(
          "en vårdnadshavare eller ställföreträdare behöver dokumenterat underlag för sin behörighet att företräda den registrerade",
          "en foresatt eller representant trenger dokumentasjon på at de kan opptre for den registrerte",
          "a guardian or representative needs recorded evidence of their authority to act for the subject"));
    }
    Deadline d = r.deadline().isPaused() ? deadlines.resume(r.deadline(), context.today()) : r.deadline();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("method", check.method().name());
    details.put("level", check.level().name());
    if (r.deadline().isPaused()) {
      details.put("clock", "resumed");
    }
    return move(r, check.passed() ? RequestStatus.VERIFIED : RequestStatus.IDENTITY_FAILED, actor, b -> b.identity(check).deadline(d), details);
  }

  /**
   * Starts the controller's assessment of a request whose identity is verified.
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest assess(String id, String actor) {
    return move(request(id), RequestStatus.ASSESSING, actor, b -> {}, Map.of());
  }

  /**
   * Approves: routes through the register and creates one task per system × right (rights that do
   * not apply are created as skipped with their ground; recipient notices wait for the secondary
   * phase). The identity must be verified at the assurance the matched data call for.
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the routing plan: the tasks, the identity assurance the data call for, and why
   */
  public RoutingPlan approve(String id, String actor) {
    DataSubjectRequest r = request(id);
    Lifecycle.check(r.status(), RequestStatus.APPROVED);
    RoutingPlan plan = plan(r);
    if (!r.identityVerified()) {
      throw new RuleViolationException("dsr.identity.verified", new LocalizedText("en begäran godkänns först när identiteten är kontrollerad",
          "en anmodning godkjennes først når identiteten er kontrollert", "a request is approved only after its identity check passed"));
    }
    AssuranceLevel level = r.identity().orElseThrow().level();
    if (!level.satisfies(plan.minimumAssurance())) {
      AssuranceLevel needed = plan.minimumAssurance();
      throw new RuleViolationException("dsr.identity.assurance", new LocalizedText(
          "identiteten fastställdes på nivå " + level.label(Language.SWEDISH) + " men uppgifterna kräver nivå " + needed.label(Language.SWEDISH),
          "identiteten ble fastslått på nivå " + level.label(Language.NORWEGIAN_BOKMAL) + ", men opplysningene krever nivå " + needed.label(Language.NORWEGIAN_BOKMAL),
          "identity was established at " + level.label(Language.ENGLISH) + " but the data call for " + needed.label(Language.ENGLISH)));
    }
    Instant now = clock.instant();
    Change.Builder change = Change.builder();
    int n = 0;
    for (PlannedTask p : plan.tasks()) {
      SystemTask.Builder t = SystemTask.builder()
          .id(r.id() + String.format(java.util.Locale.ROOT, "-t%03d", ++n))
          .version(1)
          .requestId(r.id())
          .systemId(p.systemId())
          .right(p.right())
          .kind(p.kind())
          .recipient(p.recipient())
          .channel(p.channel())
          .address(p.address())
          .viaProcessor(p.viaProcessor())
          .subProcessors(p.subProcessors())
          .archiveStatus(p.archiveStatus())
          .status(p.notApplicable().isPresent() ? TaskStatus.SKIPPED : TaskStatus.PENDING)
          .updatedAt(now);
      p.notApplicable().ifPresent(g -> t.outcome(TaskOutcome.REFUSED).legalGround(g));
      SystemTask task = t.build();
      change.put(task);
      Map<String, String> details = new LinkedHashMap<>();
      details.put("system", p.systemId());
      details.put("right", p.right().name());
      details.put("kind", p.kind().name());
      details.put("channel", p.channel().name());
      details.put("to", task.status().name());
      p.notApplicable().ifPresent(g -> details.put("ground", g));
      p.archiveGround().ifPresent(g -> details.put("archive", g));
      change.audit(CaseContext.event(now, actor, "task.created", "task", task.id(), r.subjectRef(), details));
    }
    DataSubjectRequest approved = next(r, RequestStatus.APPROVED, now, b -> {});
    change.put(approved).audit(statusEvent(r, approved, actor, Map.of("tasks", Integer.toString(n))));
    store.commit(change.build());
    return plan;
  }

  /**
   * The routing the register gives for a request now (no state change).
   *
   * @param id the request's id
   * @return the routing plan: the tasks, the identity assurance the data call for, and why
   */
  public RoutingPlan plan(String id) {
    return plan(request(id));
  }

  private RoutingPlan plan(DataSubjectRequest r) {
    Set<String> consentActivities = new HashSet<>();
    if (r.types().contains(RequestType.CONSENT_WITHDRAWAL)) {
      Set<String> given = new HashSet<>();
      // An open request keeps its identifiers: consents recorded under an earlier key version count too.
      List<String> refs = r.identifiers().isEmpty() ? List.of(r.subjectRef()) : context.subjectRefs(r.identifiers());
      refs.forEach(ref -> store.consents(ref).forEach(c -> given.add(c.purposeId())));
      purposes.stream().filter(p -> given.contains(p.id())).forEach(p -> consentActivities.addAll(p.activities()));
    }
    Set<String> types = new HashSet<>();
    r.identifiers().forEach(i -> types.add(i.type()));
    return router.route(new RoutingQuery(r.jurisdiction(), r.subjectCategory(), types, r.types(), consentActivities));
  }

  /**
   * Sends every pending task of the main phase through its channel's connector.
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest dispatch(String id, String actor) {
    DataSubjectRequest r = request(id);
    if (r.status() == RequestStatus.APPROVED) {
      r = move(r, RequestStatus.IN_PROGRESS, actor, b -> {}, Map.of());
    } else if (r.status() != RequestStatus.IN_PROGRESS) {
      Lifecycle.check(r.status(), RequestStatus.IN_PROGRESS);
    }
    send(r, TaskKind.FULFIL, actor);
    return advanceIfAllDone(r.id(), actor);
  }

  private void send(DataSubjectRequest r, TaskKind kind, String actor) {
    for (SystemTask t : store.tasks(r.id())) {
      if (t.kind() != kind || t.status() != TaskStatus.PENDING) {
        continue;
      }
      DsrConnector connector = connectors.get(t.channel());
      if (connector == null) {
        throw new DsrException("no connector for channel " + t.channel() + " (task " + t.id() + "); add one to the builder");
      }
      Submission s = connector.submit(new TaskOrder(t, r.identifiers(), r.deadline().due()));
      // An acknowledgement on submission still passes through SENT; the task records the furthest.
      TaskStatus reached = s.status() == TaskStatus.FAILED ? TaskStatus.FAILED : TaskStatus.SENT;
      Lifecycle.check(t.status(), reached);
      if (s.status() == TaskStatus.ACKNOWLEDGED) {
        Lifecycle.check(TaskStatus.SENT, TaskStatus.ACKNOWLEDGED);
        reached = TaskStatus.ACKNOWLEDGED;
      }
      SystemTask sent = SystemTask.builder().from(t).version(t.version() + 1).status(reached)
          .externalRef(s.externalRef()).attempts(t.attempts() + 1).updatedAt(clock.instant()).build();
      store.commit(Change.builder().put(sent).audit(taskEvent(r, t, sent, actor, Map.of())).build());
    }
  }

  /**
   * Records what a system reported. Outcomes must fit the right; refusals, partial results and
   * archive-law restrictions name their legal ground; public records are not erased unless a
   * disposal decision applies. When the last task of a phase finishes, the request moves on.
   *
   * @param taskId the task's id
   * @param result what the system, processor or person reported
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the task at its new version
   */
  public SystemTask recordTask(String taskId, TaskResult result, String actor) {
    SystemTask t = store.task(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
    DataSubjectRequest r = request(t.requestId());
    Lifecycle.check(t.status(), result.status());
    if (result.status() == TaskStatus.DONE) {
      TaskOutcome outcome = result.outcome().orElseThrow(() -> new RuleViolationException("dsr.task.outcome", "a finished task needs an outcome"));
      if (!outcome.fits(t.right())) {
        throw new RuleViolationException("dsr.task.outcome-fits", "outcome " + outcome + " does not answer " + t.right());
      }
      if (t.kind() == TaskKind.NOTIFY_RECIPIENT && outcome != TaskOutcome.RECIPIENT_NOTIFIED && outcome != TaskOutcome.REFUSED) {
        throw new RuleViolationException("dsr.task.recipient-outcome", "a recipient notice ends as notified or refused");
      }
      if (outcome.needsLegalGround()) {
        String g = result.legalGround().orElseThrow(() -> new RuleViolationException("dsr.task.legal-ground", outcome + " needs a legal ground"));
        grounds.require(g, t.right(), r.jurisdiction());
      }
      if (t.archiveStatus() != ArchiveStatus.NOT_PUBLIC_RECORDS && outcome == TaskOutcome.RESTRICTED_INSTEAD_ARCHIVE_LAW
          && r.jurisdiction() == Jurisdiction.SWEDEN && t.right() != RequestType.RECTIFICATION) {
        throw new RuleViolationException("dsr.task.archive-law-sweden", "in Sweden an erasure that meets public records not yet due for disposal is"
            + " refused under GDPR Art. 17(3)(b) with the archive rules cited (REFUSED, se-arkivlagen); restriction follows only a request"
            + " for it under Art. 18");
      }
      if (t.archiveStatus() != ArchiveStatus.NOT_PUBLIC_RECORDS && (outcome == TaskOutcome.ERASED || outcome == TaskOutcome.ANONYMISED)
          && result.legalGround().map(DISPOSAL_GROUNDS::contains).orElse(false) == false) {
        throw new RuleViolationException("dsr.task.archive-law", "the system holds public records (" + t.archiveStatus()
            + "): " + (r.jurisdiction() == Jurisdiction.SWEDEN ? "erasure is refused (REFUSED, se-arkivlagen)" : "erasure becomes restriction (RESTRICTED_INSTEAD_ARCHIVE_LAW)")
            + " unless a disposal decision applies");
      }
    } else if (result.outcome().isPresent() && result.status() != TaskStatus.NO_DATA) {
      throw new RuleViolationException("dsr.task.outcome", "only a finished task has an outcome");
    }
    SystemTask.Builder b = SystemTask.builder().from(t).version(t.version() + 1).status(result.status()).updatedAt(clock.instant());
    result.outcome().ifPresent(b::outcome);
    result.legalGround().ifPresent(b::legalGround);
    result.externalRef().ifPresent(b::externalRef);
    SystemTask updated = b.build();
    Map<String, String> details = new LinkedHashMap<>();
    result.outcome().ifPresent(o -> details.put("outcome", o.name()));
    result.legalGround().ifPresent(g -> details.put("ground", g));
    store.commit(Change.builder().put(updated).audit(taskEvent(r, t, updated, actor, details)).build());
    advanceIfAllDone(r.id(), actor);
    return updated;
  }

  /**
   * A failed task back to pending and sent again.
   *
   * @param taskId the task's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the task at its new version
   */
  public SystemTask retry(String taskId, String actor) {
    SystemTask t = store.task(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
    recordTask(taskId, TaskResult.of(TaskStatus.PENDING), actor);
    DataSubjectRequest r = request(t.requestId());
    if (r.status() == RequestStatus.COMPILING) {
      move(r, RequestStatus.IN_PROGRESS, actor, b -> {}, Map.of("reprocess", t.id()));
    }
    send(request(t.requestId()), t.kind(), actor);
    return store.task(taskId).orElseThrow();
  }

  private DataSubjectRequest advanceIfAllDone(String id, String actor) {
    DataSubjectRequest r = request(id);
    List<SystemTask> tasks = store.tasks(id);
    if (r.status() == RequestStatus.IN_PROGRESS && tasks.stream().filter(x -> x.kind() == TaskKind.FULFIL).allMatch(x -> x.status().isTerminal())) {
      return move(r, RequestStatus.COMPILING, actor, b -> {}, Map.of());
    }
    if (r.status() == RequestStatus.SECONDARY && tasks.stream().filter(x -> x.kind() == TaskKind.NOTIFY_RECIPIENT).allMatch(x -> x.status().isTerminal())) {
      return move(r, RequestStatus.RESPONDED, actor, b -> {}, Map.of());
    }
    return r;
  }

  /**
   * The access package of the request, from its tasks and the register.
   *
   * @param id the request's id
   * @param delivered per system id, the items its answer delivered
   * @return the access package, ready for the secrecy review and delivery
   */
  public AccessPackage accessPackage(String id, Map<String, List<String>> delivered) {
    DataSubjectRequest r = request(id);
    if (!(r.status() == RequestStatus.COMPILING || r.status() == RequestStatus.AWAITING_SIGNOFF || r.status() == RequestStatus.SECONDARY
        || r.status() == RequestStatus.RESPONDED)) {
      throw new RuleViolationException("dsr.access.not-ready", "the access package is compiled once every system has answered");
    }
    return AccessPackages.build(register, r, store.tasks(id), grounds, clock.instant(), delivered);
  }

  /**
   * Submits the compiled answer for the controller's sign-off.
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest submitForSignoff(String id, String actor) {
    return move(request(id), RequestStatus.AWAITING_SIGNOFF, actor, b -> {}, Map.of());
  }

  /**
   * Signs the answer off. With recipient notices to send (Art. 19) the request enters SECONDARY
   * and they are sent; otherwise it is RESPONDED. A request for access or portability is signed off
   * only with its secrecy review ({@link #signOff(String, String, SecrecyReview)}).
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest signOff(String id, String actor) {
    DataSubjectRequest r = request(id);
    if (r.types().contains(RequestType.ACCESS) || r.types().contains(RequestType.PORTABILITY)) {
      throw new RuleViolationException("dsr.access.secrecy-review", r.jurisdiction() == Jurisdiction.NORWAY
          ? "an answer to a request for access is released after a review of the exceptions in personopplysningsloven § 16; sign off with the review"
          : "an answer to a request for access is released after a secrecy review (offentlighets- och sekretesslagen, dataskyddslagen 5 kap. 1 §);"
              + " sign off with the review");
    }
    return finishSignOff(r, actor, Map.of());
  }

  /**
   * Signs off an answer after its secrecy review: who reviewed, how many items are withheld and on
   * which grounds, each ground checked to apply to access in the request's jurisdiction. The review
   * is kept in the audit log.
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @param review the secrecy review: who reviewed, what is withheld and on which grounds
   * @return the request at its new version
   */
  public DataSubjectRequest signOff(String id, String actor, SecrecyReview review) {
    DataSubjectRequest r = request(id);
    for (String g : review.withholdingGrounds()) {
      grounds.require(g, r.types().contains(RequestType.ACCESS) ? RequestType.ACCESS : RequestType.PORTABILITY, r.jurisdiction());
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("secrecy-review", review.reviewedBy());
    details.put("withheld", Integer.toString(review.itemsWithheld()));
    if (!review.withholdingGrounds().isEmpty()) {
      details.put("grounds", String.join(",", review.withholdingGrounds()));
    }
    return finishSignOff(r, actor, details);
  }

  private DataSubjectRequest finishSignOff(DataSubjectRequest r, String actor, Map<String, String> details) {
    String id = r.id();
    boolean notices = store.tasks(id).stream().anyMatch(t -> t.kind() == TaskKind.NOTIFY_RECIPIENT && !t.status().isTerminal());
    if (!notices) {
      return move(r, RequestStatus.RESPONDED, actor, b -> {}, details);
    }
    r = move(r, RequestStatus.SECONDARY, actor, b -> {}, details);
    send(r, TaskKind.NOTIFY_RECIPIENT, actor);
    return advanceIfAllDone(id, actor);
  }

  /**
   * Closes a finished request and forgets the subject's identifiers (the pseudonym stays).
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest close(String id, String actor) {
    return move(request(id), RequestStatus.CLOSED, actor, b -> b.identifiers(List.of()), Map.of("identifiers", "cleared"));
  }

  /**
   * Refuses the request on a legal ground from the catalogue (for example {@code gdpr-12-5}).
   *
   * @param id the request's id
   * @param groundId the id of the legal ground in the catalogue
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest reject(String id, String groundId, String actor) {
    DataSubjectRequest r = request(id);
    for (RequestType t : r.types()) {
      grounds.require(groundId, t, r.jurisdiction());
    }
    return move(r, RequestStatus.REJECTED, actor, b -> b.rejectionGround(groundId), Map.of("ground", groundId));
  }

  /**
   * The requester withdrew; open tasks are cancelled.
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest withdraw(String id, String actor) {
    return endWithTasksCancelled(request(id), RequestStatus.WITHDRAWN, actor);
  }

  /**
   * The controller cancels the request, for example one registered in error; open tasks are cancelled.
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest cancel(String id, String actor) {
    return endWithTasksCancelled(request(id), RequestStatus.CANCELLED, actor);
  }

  private DataSubjectRequest endWithTasksCancelled(DataSubjectRequest r, RequestStatus to, String actor) {
    Lifecycle.check(r.status(), to);
    Instant now = clock.instant();
    Change.Builder change = Change.builder();
    for (SystemTask t : store.tasks(r.id())) {
      if (!t.status().isTerminal()) {
        SystemTask c = SystemTask.builder().from(t).version(t.version() + 1).status(TaskStatus.CANCELLED).updatedAt(now).build();
        change.put(c).audit(taskEvent(r, t, c, actor, Map.of()));
      }
    }
    DataSubjectRequest ended = next(r, to, now, b -> {});
    store.commit(change.put(ended).audit(statusEvent(r, ended, actor, Map.of())).build());
    return ended;
  }

  /**
   * Holds the request. With reason {@code clarification} and a policy that allows it, the clock
   * stops until {@link #resume}.
   *
   * @param id the request's id
   * @param reasonCode why, as a code such as {@code clarification}; never free text
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest hold(String id, String reasonCode, String actor) {
    DataSubjectRequest r = request(id);
    if (!Lifecycle.canHold(r.status())) {
      throw new io.github.trygg.dsr.request.IllegalTransitionException("request", r.status(), RequestStatus.ON_HOLD, "dsr.request.hold",
          "only an assessed, approved, running or compiling request can be held");
    }
    boolean pause = "clarification".equals(reasonCode) && deadlines.pausePolicy() != PausePolicy.NEVER && !r.deadline().isPaused();
    Deadline d = pause ? deadlines.pause(r.deadline(), context.today(), reasonCode) : r.deadline();
    RequestStatus from = r.status();
    return move(r, RequestStatus.ON_HOLD, actor, b -> b.heldFrom(from).deadline(d), pause ? Map.of("reason", reasonCode, "clock", "paused") : Map.of("reason", reasonCode));
  }

  /**
   * Resumes a held request to the status it was held from; a paused clock restarts.
   *
   * @param id the request's id
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest resume(String id, String actor) {
    DataSubjectRequest r = request(id);
    RequestStatus back = r.heldFrom().orElseThrow(() -> new io.github.trygg.dsr.request.IllegalTransitionException("request", r.status(),
        RequestStatus.ON_HOLD, "dsr.request.resume", "the request is not on hold"));
    Deadline d = r.deadline().isPaused() ? deadlines.resume(r.deadline(), context.today()) : r.deadline();
    return move(r, back, actor, b -> b.heldFrom(Optional.empty()).deadline(d), r.deadline().isPaused() ? Map.of("clock", "resumed") : Map.of());
  }

  /**
   * Extends by two months; the notice must go out by the first due date (Art. 12(3)).
   *
   * @param id the request's id
   * @param reasonCode why, as a code such as {@code clarification}; never free text
   * @param noticeSentOn the day the requester was told of the extension
   * @param actor who acts, as an opaque id kept in the audit log
   * @return the request at its new version
   */
  public DataSubjectRequest extend(String id, String reasonCode, LocalDate noticeSentOn, String actor) {
    DataSubjectRequest r = request(id);
    if (r.status().isFinished()) {
      throw new RuleViolationException("dsr.deadline.finished", "a finished request is not extended");
    }
    Deadline d = deadlines.extend(r.deadline(), reasonCode, noticeSentOn);
    DataSubjectRequest extended = DataSubjectRequest.builder().from(r).version(r.version() + 1).deadline(d).updatedAt(clock.instant()).build();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("reason", reasonCode);
    details.put("noticeSentOn", noticeSentOn.toString());
    details.put("due", d.due().toString());
    store.commit(Change.builder().put(extended).audit(CaseContext.event(clock.instant(), actor, "deadline.extended", "request", r.id(), r.subjectRef(), details)).build());
    return extended;
  }

  /**
   * Why the request is due when it is, in three languages.
   *
   * @param id the request's id
   * @return each step of the calculation with its provision
   */
  public List<Reason> explainDeadline(String id) {
    return deadlines.explain(request(id).deadline());
  }

  /**
   * The request as stored now.
   *
   * @param id the request's id
   * @return the request
   */
  public DataSubjectRequest request(String id) {
    return store.request(id).orElseThrow(() -> new NotFoundException("request", id));
  }

  /**
   * The request's tasks as stored now, in id order.
   *
   * @param requestId the request's id
   * @return the tasks, in id order
   */
  public List<SystemTask> tasks(String requestId) {
    return store.tasks(requestId);
  }

  // ---- helpers

  private DataSubjectRequest move(DataSubjectRequest r, RequestStatus to, String actor, Consumer<DataSubjectRequest.Builder> edit, Map<String, String> details) {
    Lifecycle.check(r.status(), to);
    DataSubjectRequest moved = next(r, to, clock.instant(), edit);
    store.commit(Change.builder().put(moved).audit(statusEvent(r, moved, actor, details)).build());
    return moved;
  }

  private static DataSubjectRequest next(DataSubjectRequest r, RequestStatus to, Instant now, Consumer<DataSubjectRequest.Builder> edit) {
    DataSubjectRequest.Builder b = DataSubjectRequest.builder().from(r).version(r.version() + 1).status(to).updatedAt(now);
    if (to != RequestStatus.ON_HOLD) {
      b.heldFrom(Optional.empty());
    }
    edit.accept(b);
    return b.build();
  }

  private AuditEvent statusEvent(DataSubjectRequest from, DataSubjectRequest to, String actor, Map<String, String> extra) {
    Map<String, String> details = new LinkedHashMap<>(extra);
    details.put("from", from.status().name());
    details.put("to", to.status().name());
    details.put("version", Long.toString(to.version()));
    return CaseContext.event(to.updatedAt(), actor, "request.status", "request", to.id(), to.subjectRef(), details);
  }

  private AuditEvent taskEvent(DataSubjectRequest r, SystemTask from, SystemTask to, String actor, Map<String, String> extra) {
    Map<String, String> details = new LinkedHashMap<>(extra);
    details.put("system", to.systemId());
    details.put("right", to.right().name());
    details.put("from", from.status().name());
    details.put("to", to.status().name());
    details.put("version", Long.toString(to.version()));
    return CaseContext.event(to.updatedAt(), actor, "task.status", "task", to.id(), r.subjectRef(), details);
  }

  private static boolean evidenceMissing(Requester r) {
    if (r instanceof Requester.Guardian g) {
      return g.evidence().reference().isBlank();
    }
    if (r instanceof Requester.Representative p) {
      return p.evidence().reference().isBlank();
    }
    return false;
  }

  private static String requesterKind(Requester r) {
    return r instanceof Requester.Guardian ? "guardian" : r instanceof Requester.Representative ? "representative" : "self";
  }
}
