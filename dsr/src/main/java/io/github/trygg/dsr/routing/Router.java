package io.github.trygg.dsr.routing;

import io.github.trygg.core.Actor;
import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.CitationKind;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.OrganisationKind;
import io.github.trygg.core.Sector;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.core.register.DsrEndpoint;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.OrganisationUnit;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Recipient;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterCodes;
import io.github.trygg.core.register.SpecialCategoryBasis;
import io.github.trygg.core.register.SystemFeature;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import io.github.trygg.dsr.Reason;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.request.TaskOutcome;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Routes requests through a register. The register is indexed once (subject category × identifier
 * type → assets, asset → systems that store it, system → activities), so routing one request costs
 * in proportion to what matches, not to the size of the register. Immutable and thread-safe.
 *
 * <p>Rules: a system gets a task when it stores an asset about the subject's category identified
 * by one of the subject's identifier types (systems that only pass data through are listed in the
 * trace, not tasked). Its channel is the system's DSR endpoint, else its activity's, else the
 * vendor's contact by e-mail, else a manual task for the system owner. A processor's system is
 * reached through the processor, and its sub-processors through it. Erasure that meets public
 * records not yet due for disposal is refused in Sweden (GDPR Art. 17(3)(b), the archive act and
 * the principle of public access) and turned into restriction (sperring) in Norway. Rights that do
 * not apply to a system's processing are planned as skipped with their ground. Rectification,
 * erasure and restriction add notices to the activities' recipients in the sense of Art. 4(9)
 * (Art. 19) — not to authorities that receive data in a particular inquiry. Each task names the
 * controllers answering for it (a committee, nämnd, or the organisation), and a request for access
 * or portability carries the secrecy review that comes before anything is released.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Router {
  private static final RegisterCodes CODES = RegisterCodes.bundled();
  static final LegalReference ART_15 = LegalReference.of("GDPR Art. 15(1)", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final LegalReference ART_28_3_E = LegalReference.of("GDPR Art. 28(3)(e); personuppgiftsbiträdesavtalet, bilaga C", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final LegalReference ART_28_2_4 = LegalReference.of("GDPR Art. 28(2), 28(4)", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final LegalReference ART_19 = LegalReference.of("GDPR Art. 19; Art. 4(9)", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final LegalReference ART_24 = LegalReference.of("GDPR Art. 4(7), Art. 24", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final LegalReference ART_12_6 = LegalReference.of("GDPR Art. 12(6); EDPB Guidelines 01/2022", CitationKind.GUIDANCE,
      VerificationStatus.UNVERIFIED);

  private final Register register;
  private final LegalGrounds grounds;
  private final Map<String, Map<String, List<InformationAsset>>> assetsBySubjectAndType = new HashMap<>();
  private final Map<String, List<InformationSystem>> storedBy = new HashMap<>();
  private final Map<String, List<InformationSystem>> processedBy = new HashMap<>();
  private final Map<String, List<ProcessingActivity>> activitiesBySystem = new HashMap<>();
  private final Map<String, List<Vendor>> subProcessorsOf = new HashMap<>();
  private final Map<String, List<Integration>> integrationsFrom = new HashMap<>();

  /**
   * A router over {@code register} with the bundled legal grounds.
   *
   * @param register the system register requests are routed through
   * @return the router
   */
  public static Router of(Register register) {
    return new Router(register, LegalGrounds.bundled());
  }

  /**
   * A router over {@code register} with a host's own legal grounds.
   *
   * @param register the system register requests are routed through
   * @param grounds the legal-grounds catalogue
   * @return the router
   */
  public static Router of(Register register, LegalGrounds grounds) {
    return new Router(register, grounds);
  }

  private Router(Register register, LegalGrounds grounds) {
    this.register = register;
    this.grounds = grounds;
    for (InformationAsset a : register.assets()) {
      if (!a.personalData()) {
        continue;
      }
      for (String category : a.dataSubjectCategories()) {
        Map<String, List<InformationAsset>> byType = assetsBySubjectAndType.computeIfAbsent(category, k -> new HashMap<>());
        for (String type : a.identifierTypes()) {
          byType.computeIfAbsent(type, k -> new ArrayList<>()).add(a);
        }
      }
    }
    for (InformationSystem s : register.systems()) {
      s.assetsStored().forEach(a -> storedBy.computeIfAbsent(a, k -> new ArrayList<>()).add(s));
      s.assetsProcessed().forEach(a -> processedBy.computeIfAbsent(a, k -> new ArrayList<>()).add(s));
    }
    for (ProcessingActivity act : register.activities()) {
      act.systems().forEach(s -> activitiesBySystem.computeIfAbsent(s, k -> new ArrayList<>()).add(act));
    }
    for (Vendor v : register.vendors()) {
      v.processorOf().ifPresent(p -> subProcessorsOf.computeIfAbsent(p, k -> new ArrayList<>()).add(v));
    }
    for (Integration i : register.integrations()) {
      integrationsFrom.computeIfAbsent(i.source(), k -> new ArrayList<>()).add(i);
    }
  }

  /** {@return the register requests are routed through} */
  public Register register() {
    return register;
  }

  /** {@return the legal-grounds catalogue the plan cites} */
  public LegalGrounds grounds() {
    return grounds;
  }

  /**
   * Plans a request: the assets about this kind of subject, identified the way the subject is, the systems that hold them (with processors, sub-processors and recipients), one task per system and right with the grounds that limit it, the identity assurance the data call for, and a trace of every step.
   *
   * @param q what routing needs to know about the request
   * @return the plan
   */
  public RoutingPlan route(RoutingQuery q) {
    List<Reason> trace = new ArrayList<>();
    // Archive law binds public authorities; a private provider's register erases as GDPR says.
    boolean publicAuthority = register.organisation().map(o -> o.kind() == OrganisationKind.PUBLIC_AUTHORITY).orElse(true);
    // 1. Assets about this kind of subject, identified the way the subject is.
    Map<String, InformationAsset> matched = new LinkedHashMap<>();
    Map<String, List<InformationAsset>> byType = assetsBySubjectAndType.getOrDefault(q.subjectCategory(), Map.of());
    for (String type : q.identifierTypes()) {
      for (InformationAsset a : byType.getOrDefault(type, List.of())) {
        matched.putIfAbsent(a.id(), a);
      }
    }
    if (matched.isEmpty()) {
      trace.add(reason("dsr.routing.no-assets", ART_15,
          "Registret har inga personuppgifter om kategorin " + CODES.subjectCategory(q.subjectCategory(), Language.SWEDISH) + " med dessa identifierare.",
          "Registeret har ingen personopplysninger om kategorien " + CODES.subjectCategory(q.subjectCategory(), Language.NORWEGIAN_BOKMAL)
              + " med disse identifikatorene.",
          "The register holds no personal data on category " + CODES.subjectCategory(q.subjectCategory(), Language.ENGLISH) + " with these identifiers."));
    }
    // 2. Systems that store them (and, when processing must stop, those that process them).
    boolean stopsProcessing = q.rights().contains(RequestType.CONSENT_WITHDRAWAL) || q.rights().contains(RequestType.OBJECTION);
    Map<String, InformationSystem> systems = new LinkedHashMap<>();
    Map<String, List<String>> assetsOfSystem = new LinkedHashMap<>();
    for (InformationAsset a : matched.values()) {
      for (InformationSystem s : storedBy.getOrDefault(a.id(), List.of())) {
        systems.putIfAbsent(s.id(), s);
        assetsOfSystem.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(a.id());
      }
      for (InformationSystem s : processedBy.getOrDefault(a.id(), List.of())) {
        if (s.assetsStored().contains(a.id())) {
          continue;
        }
        if (stopsProcessing) {
          // Withdrawing consent or objecting stops processing, also where nothing is stored.
          systems.putIfAbsent(s.id(), s);
          assetsOfSystem.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(a.id());
        } else {
          trace.add(reason("dsr.routing.processes-only", ART_15,
              s.id() + " behandlar " + a.id() + " men lagrar det inte; ingen uppgift.",
              s.id() + " behandler " + a.id() + " men lagrer det ikke; ingen oppgave.",
              s.id() + " processes " + a.id() + " but does not store it; no task."));
        }
      }
    }
    // Stable order: register order of systems.
    List<InformationSystem> ordered = new ArrayList<>();
    for (InformationSystem s : register.systems()) {
      if (systems.containsKey(s.id())) {
        ordered.add(s);
      }
    }
    List<PlannedTask> tasks = new ArrayList<>();
    Set<RequestType> rights = q.rights().isEmpty() ? EnumSet.noneOf(RequestType.class) : EnumSet.copyOf(q.rights());
    Map<String, ProcessingActivity> involvedActivities = new LinkedHashMap<>();
    Map<String, String> firstSystemOfActivity = new HashMap<>();
    for (InformationSystem s : ordered) {
      List<String> assets = assetsOfSystem.getOrDefault(s.id(), List.of());
      List<ProcessingActivity> acts = new ArrayList<>();
      for (ProcessingActivity act : activitiesBySystem.getOrDefault(s.id(), List.of())) {
        if (act.assets().isEmpty() || act.assets().stream().anyMatch(assets::contains)) {
          acts.add(act);
          involvedActivities.putIfAbsent(act.id(), act);
          firstSystemOfActivity.putIfAbsent(act.id(), s.id());
        }
      }
      ArchiveStatus archive = ArchiveStatus.NOT_PUBLIC_RECORDS;
      for (ProcessingActivity act : acts) {
        if (rank(act.archiveStatus()) > rank(archive)) {
          archive = act.archiveStatus();
        }
      }
      Optional<Vendor> vendor = s.vendor().flatMap(register::vendor);
      Optional<String> via = vendor.flatMap(v -> v.role() == VendorRole.PROCESSOR ? Optional.of(v.id())
          : v.role() == VendorRole.SUB_PROCESSOR ? v.processorOf() : Optional.empty());
      List<String> subs = via.map(p -> subProcessorsOf.getOrDefault(p, List.of()).stream().map(Vendor::id).toList()).orElse(List.of());
      DsrEndpoint endpoint = endpoint(s, acts, vendor);
      List<Reason> common = new ArrayList<>();
      common.add(reason("dsr.routing.holds", ART_15,
          s.id() + " lagrar eller behandlar " + String.join(", ", assets) + " om " + CODES.subjectCategory(q.subjectCategory(), Language.SWEDISH) + ".",
          s.id() + " lagrer eller behandler " + String.join(", ", assets) + " om " + CODES.subjectCategory(q.subjectCategory(), Language.NORWEGIAN_BOKMAL) + ".",
          s.id() + " stores or processes " + String.join(", ", assets) + " about " + CODES.subjectCategory(q.subjectCategory(), Language.ENGLISH) + "."));
      via.ifPresent(p -> common.add(reason("dsr.routing.processor", ART_28_3_E,
          "Uppgiften går via personuppgiftsbiträdet " + p + ", som ska bistå enligt avtalet.",
          "Oppgaven går via databehandleren " + p + ", som skal bistå etter avtalen.",
          "The task goes through the processor " + p + ", which must assist under its agreement.")));
      if (!subs.isEmpty()) {
        common.add(reason("dsr.routing.sub-processors", ART_28_2_4,
            "Underbiträden nås genom " + via.orElseThrow() + ": " + String.join(", ", subs) + ".",
            "Underdatabehandlere nås gjennom " + via.orElseThrow() + ": " + String.join(", ", subs) + ".",
            "Sub-processors are reached through " + via.orElseThrow() + ": " + String.join(", ", subs) + "."));
      }
      boolean stores = assets.stream().anyMatch(s.assetsStored()::contains);
      for (RequestType right : rights) {
        if (!stores && needsStoredData(right)) {
          continue;
        }
        List<Reason> reasons = new ArrayList<>(common);
        Optional<String> notApplicable = notApplicable(right, s, acts, q);
        notApplicable.ifPresent(g -> reasons.add(groundReason("dsr.routing.not-applicable", g)));
        Optional<String> archiveGround = Optional.empty();
        Optional<TaskOutcome> expected = Optional.empty();
        if ((right == RequestType.ERASURE || right == RequestType.CONSENT_WITHDRAWAL) && archive != ArchiveStatus.NOT_PUBLIC_RECORDS
            && notApplicable.isEmpty() && publicAuthority) {
          boolean norway = q.jurisdiction() == Jurisdiction.NORWAY;
          archiveGround = Optional.of(norway ? "no-arkivlova" : "se-arkivlagen");
          // Sweden refuses erasure of public records not yet due for disposal; Norway blocks them.
          expected = Optional.of(norway ? TaskOutcome.RESTRICTED_INSTEAD_ARCHIVE_LAW : TaskOutcome.REFUSED);
          reasons.add(groundReason(norway ? "dsr.routing.archive-law" : "dsr.routing.archive-law-refusal", archiveGround.get()));
        }
        List<String> controllers = controllers(acts);
        if (!controllers.isEmpty()) {
          reasons.add(reason("dsr.routing.controller", ART_24,
              "Personuppgiftsansvarig: " + String.join(", ", controllers) + ".",
              "Behandlingsansvarlig: " + String.join(", ", controllers) + ".",
              "Controller: " + String.join(", ", controllers) + "."));
        }
        tasks.add(new PlannedTask(s.id(), right, TaskKind.FULFIL, Optional.empty(), endpoint.channel(), endpoint.address(), via, subs,
            archive, assets, acts.stream().map(ProcessingActivity::id).toList(), notApplicable, archiveGround, reasons, expected, controllers));
      }
    }
    // 3. Art. 19: recipients of the activities and separate controllers downstream.
    for (RequestType right : rights) {
      if (!right.notifiesRecipients()) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (ProcessingActivity act : involvedActivities.values()) {
        for (Recipient recipient : act.recipients()) {
          if (!recipient.isRecipient()) {
            // An authority receiving data in a particular inquiry is not a recipient (Art. 4(9)).
            if (seen.add("inquiry:" + recipient.name())) {
              trace.add(reason("dsr.routing.not-a-recipient", ART_19,
                  recipient.name() + " får uppgifter i ett enskilt ärende och är inte mottagare enligt artikel 4.9; ingen underrättelse enligt artikel 19.",
                  recipient.name() + " mottar opplysninger i en enkeltsak og er ikke mottaker etter artikkel 4 nr. 9; ingen underretning etter artikkel 19.",
                  recipient.name() + " receives data in a particular inquiry and is not a recipient under Art. 4(9); no Art. 19 notice."));
            }
            continue;
          }
          if (seen.add(recipient.name())) {
            tasks.add(notice(Objects.requireNonNull(firstSystemOfActivity.get(act.id())), right, recipient.name(),
                act.dsrEndpoint().orElse(DsrEndpoint.of(DsrChannel.MANUAL, "controller")), List.of(act.id())));
          }
        }
      }
      for (InformationSystem s : ordered) {
        for (Integration i : integrationsFrom.getOrDefault(s.id(), List.of())) {
          Optional<Vendor> target = register.system(i.target()).flatMap(InformationSystem::vendor).flatMap(register::vendor);
          if (target.isPresent() && (target.get().role() == VendorRole.CONTROLLER || target.get().role() == VendorRole.JOINT_CONTROLLER)
              && seen.add(target.get().id())) {
            tasks.add(notice(s.id(), right, target.get().name(),
                DsrEndpoint.of(DsrChannel.EMAIL, target.get().contact().orElse(target.get().name())), List.of()));
          }
        }
      }
    }
    // 4. How sure the identity must be.
    boolean sensitive = matched.values().stream().anyMatch(a -> a.specialCategory() || a.criminalData() || a.nationalIdentityNumbers());
    AssuranceLevel minimum = sensitive ? AssuranceLevel.SUBSTANTIAL : AssuranceLevel.LOW;
    trace.add(reason("dsr.routing.assurance", ART_12_6,
        "Lägsta tillitsnivå för att lämna ut: " + minimum.label(Language.SWEDISH) + (sensitive ? " (känsliga uppgifter eller personnummer)." : "."),
        "Laveste tillitsnivå for å utlevere: " + minimum.label(Language.NORWEGIAN_BOKMAL) + (sensitive ? " (sensitive opplysninger eller fødselsnummer)." : "."),
        "Minimum identity assurance to act: " + minimum.label(Language.ENGLISH) + (sensitive ? " (special-category data or identity numbers)." : ".")));
    // 5. Who answers: the controllers of the processing activities involved.
    Map<String, OrganisationUnit> answering = new LinkedHashMap<>();
    for (ProcessingActivity act : involvedActivities.values()) {
      register.controllerOf(act).ifPresent(u -> answering.putIfAbsent(u.id() + "/" + u.name(), u));
    }
    // 6. The secrecy review before anything is released (access and portability).
    List<Reason> review = new ArrayList<>();
    java.util.EnumSet<Sector> sectors = java.util.EnumSet.noneOf(Sector.class);
    involvedActivities.values().forEach(a -> sectors.addAll(a.sectors()));
    Actor actor = register.organisation()
        .map(o -> Actor.of(q.jurisdiction(), o.kind(), sectors))
        .orElse(new Actor(Optional.of(q.jurisdiction()), sectors, Optional.empty()));
    Set<String> reviewed = new LinkedHashSet<>();
    for (RequestType right : rights) {
      for (LegalGround g : grounds.secrecyReview(right, actor)) {
        if (reviewed.add(g.id())) {
          review.add(new Reason("dsr.access.secrecy-review:" + g.id(), g.reference(), g.text()));
        }
      }
    }
    return new RoutingPlan(tasks, minimum, new ArrayList<>(matched.keySet()), trace, List.copyOf(answering.values()), review);
  }

  /** The names of the controllers of these activities, each once, in order. */
  private List<String> controllers(List<ProcessingActivity> acts) {
    Set<String> names = new LinkedHashSet<>();
    for (ProcessingActivity a : acts) {
      register.controllerOf(a).ifPresent(u -> names.add(u.name()));
    }
    return List.copyOf(names);
  }

  /** Rights that only ask systems holding data to act; processing-only systems have nothing to do for them. */
  private static boolean needsStoredData(RequestType right) {
    return right != RequestType.CONSENT_WITHDRAWAL && right != RequestType.OBJECTION;
  }

  private PlannedTask notice(String systemId, RequestType right, String recipient, DsrEndpoint via, List<String> activities) {
    Reason r = reason("dsr.routing.recipient", ART_19,
        "Mottagaren " + recipient + " ska underrättas om " + right.label().sv().toLowerCase(java.util.Locale.ROOT) + ".",
        "Mottakeren " + recipient + " skal varsles om " + right.label().nb().toLowerCase(java.util.Locale.ROOT) + ".",
        "The recipient " + recipient + " must be told of the " + right.label().en().toLowerCase(java.util.Locale.ROOT) + ".");
    List<String> controllers = controllers(activities.stream().map(register::activity).flatMap(Optional::stream).toList());
    return new PlannedTask(systemId, right, TaskKind.NOTIFY_RECIPIENT, Optional.of(recipient), via.channel(), via.address(), Optional.empty(),
        List.of(), ArchiveStatus.NOT_PUBLIC_RECORDS, List.of(), activities, Optional.empty(), Optional.empty(), List.of(r), Optional.empty(), controllers);
  }

  private static DsrEndpoint endpoint(InformationSystem s, List<ProcessingActivity> acts, Optional<Vendor> vendor) {
    if (s.dsrEndpoint().isPresent()) {
      return s.dsrEndpoint().get();
    }
    for (ProcessingActivity a : acts) {
      if (a.dsrEndpoint().isPresent()) {
        return a.dsrEndpoint().get();
      }
    }
    if (vendor.isPresent() && vendor.get().contact().isPresent()) {
      return DsrEndpoint.of(DsrChannel.EMAIL, vendor.get().contact().get());
    }
    return DsrEndpoint.of(DsrChannel.MANUAL, s.owner().orElse("system owner of " + s.id()));
  }

  private static Optional<String> notApplicable(RequestType right, InformationSystem s, List<ProcessingActivity> acts, RoutingQuery q) {
    switch (right) {
      case PORTABILITY:
        return acts.stream().anyMatch(a -> a.legalBasis() == LegalBasis.CONSENT || a.legalBasis() == LegalBasis.CONTRACT)
            ? Optional.empty() : Optional.of("gdpr-20-1");
      case OBJECTION:
        return acts.isEmpty() || acts.stream().anyMatch(a -> a.legalBasis() == LegalBasis.PUBLIC_TASK || a.legalBasis() == LegalBasis.LEGITIMATE_INTERESTS)
            ? Optional.empty() : Optional.of("gdpr-21-basis");
      case AUTOMATED_DECISION_REVIEW:
        return s.has(SystemFeature.AUTOMATED_DECISION) ? Optional.empty() : Optional.of("gdpr-22-none");
      case CONSENT_WITHDRAWAL:
        return acts.stream().anyMatch(a -> a.legalBasis() == LegalBasis.CONSENT
            || a.specialCategoryBasis().map(b -> b == SpecialCategoryBasis.EXPLICIT_CONSENT).orElse(false)
            || q.consentActivities().contains(a.id())) ? Optional.empty() : Optional.of("consent-not-basis");
      default:
        return Optional.empty();
    }
  }

  /** Preservation binds harder than disposal by rule, which binds harder than no public records. */
  private static int rank(ArchiveStatus s) {
    switch (s) {
      case PRESERVE:
        return 2;
      case DISPOSE_BY_RULE:
        return 1;
      default:
        return 0;
    }
  }

  private Reason groundReason(String ruleId, String groundId) {
    LegalGround g = grounds.find(groundId).orElseThrow(() -> new IllegalStateException("the grounds catalogue lacks " + groundId));
    return new Reason(ruleId + ":" + groundId, g.reference(), g.text());
  }

  static Reason reason(String id, LegalReference ref, String sv, String nb, String en) {
    return new Reason(id, ref, new LocalizedText(sv, nb, en));
  }
}
