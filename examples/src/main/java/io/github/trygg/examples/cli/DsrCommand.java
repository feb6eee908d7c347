package io.github.trygg.examples.cli;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Language;
import io.github.trygg.core.identity.LoginMethod;
import io.github.trygg.core.identity.LoginMethods;
import io.github.trygg.core.register.OrganisationUnit;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterCodes;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.dsr.Reason;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.dsr.cases.Intake;
import io.github.trygg.dsr.cases.RuleViolationException;
import io.github.trygg.dsr.deadline.Deadline;
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
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.routing.PlannedTask;
import io.github.trygg.dsr.routing.RoutingPlan;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.JournalOptions;
import io.github.trygg.examples.analysis.Inputs;
import io.github.trygg.examples.report.Labels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Opens a data-subject request against a register: receipt, deadline and its reasons, the
 * routing to systems and processors, and — once identity is given — the tasks, through the same
 * DSR desk a host would run.
 */
@Command(name = "dsr", mixinStandardHelpOptions = true,
    header = "Open a data-subject request: deadline, routing and tasks.",
    description = {"Open a data-subject request against a register and show its deadline (with why), the systems, "
        + "processors and recipients it goes to, and its tasks. Identifiers are never printed; the request "
        + "carries a keyed pseudonym of the subject. Without --journal the request lives in a scratch journal "
        + "that is deleted afterwards; a kept journal holds the identifiers sealed under the --keys file's key "
        + DsrCommand.IDENTIFIERS_KEY + " and names the subject by its key " + DsrCommand.SUBJECTS_KEY + ".",
        "Exit 0; 1 when the desk refuses (identity too weak, a duplicate of an open request); 2 on bad input; "
            + "3 when Trygg could not finish."})
final class DsrCommand implements Callable<Integer> {
  @Mixin Common common;
  @Mixin OutputFormat format;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--right", required = true, paramLabel = "RIGHT",
      description = "A right asked for (repeatable): access, rectification, erasure, restriction, portability, objection, "
          + "automated-decision-review, consent-withdrawal.")
  List<String> rights = new ArrayList<>();

  @Option(names = "--subject-category", required = true, paramLabel = "CATEGORY",
      description = "The register's category for the subject, for example care-recipient, applicant, child.")
  String subjectCategory = "";

  @Option(names = "--identifier", required = true, paramLabel = "TYPE=VALUE",
      description = "An identifier of the subject (repeatable), for example se-personnummer=…, device-id=…. Never printed.")
  List<String> identifiers = new ArrayList<>();

  @Option(names = "--received", paramLabel = "DATE", description = "When the request reached an official channel (default: --today).")
  @Nullable LocalDate received;

  @Option(names = "--requester", paramLabel = "self|guardian:REF|representative:REF", defaultValue = "self",
      description = "Who asks: the subject, or a guardian or representative by an opaque reference (default: ${DEFAULT-VALUE}).")
  String requester = "self";

  @Option(names = "--evidence", paramLabel = "KIND:REFERENCE",
      description = "A guardian's or representative's authority: population-register, guardianship-appointment, power-of-attorney or other, and where it is recorded.")
  @Nullable String evidence;

  @Option(names = "--identity", paramLabel = "METHOD[:LEVEL]",
      description = "Identity established by a login method, e.g. bankid-se, freja-eid-plus, minid, bankid-no, password-sms-code, in-person; "
          + "the level comes from the bundled login-method mapping (a stated LEVEL may only be lower). The request is then approved "
          + "and its tasks created.")
  @Nullable String identity;

  /** The key id of the subject pseudonyms in the key file. */
  static final String SUBJECTS_KEY = "dsr-subjects";
  /** The key id the journal seals identifiers under. */
  static final String IDENTIFIERS_KEY = "dsr-identifiers";

  @Option(names = "--journal", paramLabel = "FILE",
      description = "Keep the request in this DSR journal (created if absent, readable by you alone; needs --keys).")
  @Nullable Path journal;

  @Option(names = "--keys", paramLabel = "FILE",
      description = "The key file (format trygg-keyset, as for pseudonymise): key " + SUBJECTS_KEY + " makes the subject's pseudonym, key "
          + IDENTIFIERS_KEY + " seals the identifiers in the journal (AES-256-GCM). Keep it apart from the journal; rotate with "
          + "KeyFileProvider.rotate. Create one with --new-keys.")
  @Nullable Path keyFile;

  @Option(names = "--new-keys", description = "Create the --keys file, readable by you alone, with both keys, if it does not exist.")
  boolean newKeys;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files (JSON or YAML), merged in this order.")
  List<Path> files = List.of();

  @Override
  public Integer call() throws IOException {
    Set<RequestType> types = EnumSet.noneOf(RequestType.class);
    for (String r : rights) {
      types.add(parse(RequestType.class, r, "--right"));
    }
    List<SubjectIdentifier> ids = new ArrayList<>();
    for (String i : identifiers) {
      int eq = i.indexOf('=');
      if (eq <= 0 || eq == i.length() - 1) {
        // The value may be an identity number: do not repeat it.
        throw new IllegalArgumentException("--identifier must be TYPE=VALUE, for example se-personnummer=…");
      }
      ids.add(new SubjectIdentifier(i.substring(0, eq), i.substring(eq + 1)));
    }
    if (journal != null && keyFile == null) {
      throw new IllegalArgumentException("--journal needs --keys: the subject's pseudonym must stay the same between runs, and the journal "
          + "keeps the subject's identifiers sealed under the key file (create one with --new-keys)");
    }
    if (newKeys && keyFile == null) {
      throw new IllegalArgumentException("--new-keys needs --keys FILE: where to create the key file");
    }
    Register register = RegisterReader.read(files);
    ZoneId zone = WorkingDayCalendar.bundled(Inputs.jurisdictionOf(register)).zone();
    Clock clock = Clock.fixed(common.today.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone);
    Instant receivedAt = (received == null ? common.today : received).atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();

    Path scratch = journal == null ? Files.createTempDirectory("trygg-dsr") : null;
    Path journalFile = journal != null ? journal : scratch.resolve("dsr.journal");
    KeyProvider keys = keys();
    try (DsrStore store = DsrStores.fileJournal(journalFile, JournalOptions.defaults(), keys, IDENTIFIERS_KEY)) {
      DsrCases cases = DsrCases.builder()
          .store(store)
          .register(register)
          .pseudonymiser(SubjectPseudonymiser.of(keys, SUBJECTS_KEY))
          .pausePolicy(PausePolicy.ON_IDENTITY_OR_CLARIFICATION)
          .clock(clock)
          .build();
      DataSubjectRequest request = cases.requests().receive(new Intake(types, requester(), subjectCategory, ids, receivedAt), "trygg-cli");
      Optional<String> refused = Optional.empty();
      if (request.status() == RequestStatus.DUPLICATE) {
        refused = Optional.of(String.format(Locale.ROOT, Words.DUPLICATE.in(common.language), request.duplicateOf().orElse("?")));
      } else if (identity != null) {
        try {
          cases.requests().verifyIdentity(request.id(), identityCheck(clock.instant()), "trygg-cli");
          cases.requests().assess(request.id(), "trygg-cli");
          cases.requests().approve(request.id(), "trygg-cli");
        } catch (RuleViolationException e) {
          // The reason in the reader's language; the rule id for whoever looks it up.
          refused = Optional.of(e.explanation().in(common.language) + " [" + e.ruleId() + "]");
        }
      }
      request = cases.requests().request(request.id());
      RoutingPlan plan = cases.requests().plan(request.id());
      List<SystemTask> tasks = cases.requests().tasks(request.id());
      print(request, cases.requests().explainDeadline(request.id()), plan, tasks, refused);
      return refused.isPresent() ? Trygg.FINDINGS : Trygg.OK;
    } finally {
      if (scratch != null) {
        try (Stream<Path> walk = Files.walk(scratch)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  private void print(DataSubjectRequest r, List<Reason> deadlineWhy, RoutingPlan plan, List<SystemTask> tasks, Optional<String> refused) {
    Language lang = common.language;
    PrintWriter out = spec.commandLine().getOut();
    Deadline d = r.deadline();
    Map<String, SystemTask> byKey = new LinkedHashMap<>();
    tasks.forEach(t -> byKey.put(key(t.systemId(), t.right(), t.recipient()), t));
    if (format.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      Map<String, Object> req = new LinkedHashMap<>();
      req.put("id", r.id());
      req.put("status", Cells.wire(r.status()));
      req.put("rights", r.types().stream().map(Cells::wire).sorted().toList());
      req.put("subjectCategory", r.subjectCategory());
      req.put("subjectRef", r.subjectRef());
      r.duplicateOf().ifPresent(x -> req.put("duplicateOf", x));
      root.put("request", req);
      Map<String, Object> dl = new LinkedHashMap<>();
      dl.put("received", d.received().toString());
      dl.put("due", d.due().toString());
      dl.put("extensionNoticeBy", d.extensionNoticeBy().toString());
      dl.put("extendedDue", d.extendedDue().toString());
      dl.put("daysLeft", d.daysLeft(common.today));
      dl.put("reasons", deadlineWhy.stream().map(x -> reason(x, lang)).toList());
      root.put("deadline", dl);
      root.put("minimumAssurance", Cells.wire(plan.minimumAssurance()));
      root.put("matchedAssets", plan.matchedAssets());
      root.put("trace", plan.trace().stream().map(x -> reason(x, lang)).toList());
      root.put("controllers", plan.controllers().stream().map(u -> Map.of("id", u.id(), "name", u.name())).toList());
      root.put("secrecyReview", plan.secrecyReview().stream().map(x -> reason(x, lang)).toList());
      List<Object> list = new ArrayList<>();
      for (PlannedTask p : plan.tasks()) {
        SystemTask t = byKey.get(key(p.systemId(), p.right(), p.recipient()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("system", p.systemId());
        p.recipient().ifPresent(x -> m.put("recipient", x));
        m.put("right", Cells.wire(p.right()));
        m.put("kind", Cells.wire(p.kind()));
        m.put("channel", Cells.wire(p.channel()));
        m.put("address", p.address());
        p.viaProcessor().ifPresent(x -> m.put("viaProcessor", x));
        m.put("subProcessors", p.subProcessors());
        m.put("archiveStatus", Cells.wire(p.archiveStatus()));
        p.notApplicable().ifPresent(x -> m.put("notApplicable", x));
        p.archiveGround().ifPresent(x -> m.put("archiveGround", x));
        p.expectedOutcome().ifPresent(x -> m.put("expectedOutcome", Cells.wire(x)));
        m.put("controllers", p.controllers());
        m.put("status", t == null ? "planned" : Cells.wire(t.status()));
        m.put("reasons", p.reasons().stream().map(x -> reason(x, lang)).toList());
        list.add(m);
      }
      root.put("tasks", list);
      refused.ifPresent(x -> root.put("refused", x));
      OutputFormat.print(out, root);
      return;
    }
    out.println(Labels.format(Labels.DSR_REQUEST, r.id(), String.join(", ", r.types().stream().map(t -> t.label().in(lang)).toList()),
        RegisterCodes.bundled().subjectCategory(r.subjectCategory()), r.status().label()).in(lang));
    out.println(Labels.format(Labels.DSR_DUE, d.received(), d.due(), d.daysLeft(common.today), d.extensionNoticeBy(), d.extendedDue()).in(lang));
    deadlineWhy.forEach(x -> out.println("  " + x.text().in(lang) + " [" + x.reference().explain(lang) + "]"));
    if (!plan.controllers().isEmpty()) {
      out.println(Labels.format(Labels.DSR_CONTROLLERS, String.join(", ", plan.controllers().stream().map(OrganisationUnit::name).toList())).in(lang));
    }
    out.println(Labels.format(Labels.DSR_IDENTITY, plan.minimumAssurance().label(lang), String.join(", ", plan.matchedAssets())).in(lang));
    plan.trace().forEach(x -> out.println("  " + x.text().in(lang)));
    if (!plan.secrecyReview().isEmpty()) {
      out.println(Labels.DSR_SECRECY.in(lang));
      plan.secrecyReview().forEach(x -> out.println("  " + x.text().in(lang) + " [" + x.reference().explain(lang) + "]"));
    }
    refused.ifPresent(x -> out.println(Labels.format(Labels.DSR_REFUSED, x).in(lang)));
    if (tasks.isEmpty() && refused.isEmpty()) {
      out.println(Labels.DSR_PLANNED.in(lang));
    }
    out.println();
    Table t = new Table(Labels.SYSTEM.in(lang), Labels.RIGHT.in(lang), Labels.CHANNEL.in(lang), Labels.ADDRESS.in(lang), Labels.VIA.in(lang),
        Labels.STATUS.in(lang), Labels.DSR_EXPECTED.in(lang));
    Map<String, String> unitNames = new LinkedHashMap<>();
    plan.controllers().forEach(u -> unitNames.put(u.id(), u.name()));
    for (PlannedTask p : plan.tasks()) {
      SystemTask task = byKey.get(key(p.systemId(), p.right(), p.recipient()));
      String status = task != null ? task.status().label(lang)
          : p.notApplicable().isPresent() ? TaskStatus.SKIPPED.label(lang) : Labels.DSR_PLANNED_STATUS.in(lang);
      String expected = p.expectedOutcome().map(o -> o.label(lang)).orElse("");
      t.row(p.recipient().map(x -> "→ " + x).orElse(p.systemId()), p.right().label().in(lang), p.channel().label(lang), p.address(),
          p.viaProcessor().orElse("") + (p.subProcessors().isEmpty() ? "" : " (" + String.join(", ", p.subProcessors()) + ")"), status, expected);
      if (plan.controllers().size() > 1 && !p.controllers().isEmpty()) {
        t.detail(Labels.format(Labels.DSR_TASK_CONTROLLER,
            String.join(", ", p.controllers().stream().map(c -> unitNames.getOrDefault(c, c)).toList())).in(lang));
      }
      p.reasons().forEach(x -> t.detail(x.text().in(lang)));
    }
    t.print(out);
  }

  private static Map<String, Object> reason(Reason r, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", r.ruleId());
    m.put("text", r.text().in(lang));
    m.put("reference", r.reference().explain(lang));
    return m;
  }

  private static String key(String system, RequestType right, Optional<String> recipient) {
    return system + "\u0000" + right + "\u0000" + recipient.orElse("");
  }

  private Requester requester() {
    if (requester.equals("self")) {
      return Requester.self();
    }
    int colon = requester.indexOf(':');
    String kind = colon < 0 ? requester : requester.substring(0, colon);
    String ref = colon < 0 ? "" : requester.substring(colon + 1);
    if (ref.isBlank() || !(kind.equals("guardian") || kind.equals("representative"))) {
      throw new IllegalArgumentException("--requester must be self, guardian:REF or representative:REF");
    }
    if (evidence == null) {
      throw new IllegalArgumentException("a " + kind + " needs --evidence KIND:REFERENCE of their authority");
    }
    int c = evidence.indexOf(':');
    if (c <= 0) {
      throw new IllegalArgumentException("--evidence must be KIND:REFERENCE, for example population-register:Navet-2026-03-02");
    }
    AuthorityEvidence e = new AuthorityEvidence(parse(EvidenceKind.class, evidence.substring(0, c), "--evidence"), evidence.substring(c + 1), common.today);
    return kind.equals("guardian") ? new Requester.Guardian(ref, e) : new Requester.Representative(ref, e);
  }

  private IdentityCheck identityCheck(Instant at) {
    String value = java.util.Objects.requireNonNull(identity);
    int c = value.indexOf(':');
    String method = c < 0 ? value : value.substring(0, c);
    Optional<LoginMethod> login = LoginMethods.bundled().find(method.toLowerCase(Locale.ROOT));
    AssuranceLevel level;
    if (login.isPresent()) {
      level = login.get().level();
      if (c >= 0) {
        AssuranceLevel stated = parse(AssuranceLevel.class, value.substring(c + 1), "--identity");
        if (!level.satisfies(stated)) {
          throw new IllegalArgumentException("--identity: " + login.get().id() + " gives " + Cells.wire(level) + ", not " + Cells.wire(stated)
              + " (" + login.get().sources().get(0).citation() + ")");
        }
        level = stated;
      }
    } else if (c > 0) {
      level = parse(AssuranceLevel.class, value.substring(c + 1), "--identity");
    } else {
      throw new IllegalArgumentException("--identity: unknown login method '" + method + "'; expected one of "
          + String.join(", ", LoginMethods.bundled().methods().stream().map(LoginMethod::id).toList()) + ", or METHOD:LEVEL");
    }
    return new IdentityCheck(identityMethod(login.map(LoginMethod::id).orElse(method)), level, at, true);
  }

  /** The DSR desk's coarser record of how identity was established. */
  private static IdentityMethod identityMethod(String login) {
    return switch (login) {
      case "bankid-se" -> IdentityMethod.BANKID_SE;
      case "freja-eid-plus", "freja-eid-without-personnummer", "freja-eid" -> IdentityMethod.FREJA_EID;
      case "bankid-no" -> IdentityMethod.BANKID_NO;
      case "minid", "buypass", "commfides", "idporten-substantial", "idporten-high", "id-porten" -> IdentityMethod.ID_PORTEN;
      case "in-person" -> IdentityMethod.IN_PERSON;
      case "email-code" -> IdentityMethod.EMAIL_CODE;
      case "postal" -> IdentityMethod.POSTAL;
      default -> IdentityMethod.OTHER;
    };
  }

  /**
   * The keys: a scratch request gets keys that die with it; otherwise the key file, created with
   * both keys when --new-keys asks for it.
   */
  private KeyProvider keys() {
    if (keyFile == null) {
      SecureRandom random = new SecureRandom();
      return KeyProvider.of(List.of(MasterKey.generate(new KeyRef(SUBJECTS_KEY, 1), KeyStatus.PRIMARY, random),
          MasterKey.generate(new KeyRef(IDENTIFIERS_KEY, 1), KeyStatus.PRIMARY, random)));
    }
    Path file = keyFile;
    if (newKeys && !Files.exists(file)) {
      KeyFileProvider.create(file, SUBJECTS_KEY);
      KeyFileProvider.rotate(file, IDENTIFIERS_KEY);
      io.github.trygg.core.Language lang = common.language;
      spec.commandLine().getErr().println(String.format(Locale.ROOT, Words.KEY_FILE_CREATED.in(lang), file, SUBJECTS_KEY + Words.AND.in(lang) + IDENTIFIERS_KEY,
          Words.THE_JOURNAL.in(lang)));
    }
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(file + ": no such key file; create one with --new-keys");
    }
    return KeyFileProvider.open(file);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String option) {
    for (E e : type.getEnumConstants()) {
      if (Cells.wire(e).equals(value.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    // The value is not repeated: whatever was typed there could be personal data.
    throw new IllegalArgumentException(option + ": not a known value; expected one of "
        + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Cells::wire).toList()));
  }

}
