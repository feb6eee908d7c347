package io.github.trygg.core.propagation;

import io.github.trygg.core.internal.data.Lookup;
import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.RatingOrigin;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Messages;
import io.github.trygg.core.internal.propagation.Check;
import io.github.trygg.core.internal.propagation.Keys;
import io.github.trygg.core.internal.propagation.Outcome;
import io.github.trygg.core.internal.propagation.RawFinding;
import io.github.trygg.core.internal.propagation.RawReview;
import io.github.trygg.core.internal.propagation.RegisterIndex;
import io.github.trygg.core.internal.propagation.Step;
import io.github.trygg.core.internal.propagation.Tracer;
import io.github.trygg.core.register.Countries;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.LevelOverride;
import io.github.trygg.core.register.RecoveryObjectives;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Vendor;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What propagation found for one register: per system and flow the required level of every aspect
 * with its trace, clearances, recovery, personal-data flags, findings and review items. Lists are
 * sorted by id (findings by severity first), whatever the order of the register. Views of systems
 * and flows are built when first asked for, so a result for a large register stays compact.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PropagationResult {
  private static final SecurityAspect[] ASPECTS = SecurityAspect.values();

  private final Register register;
  private final PropagationSettings settings;
  private final Outcome out;
  private final RegisterIndex ix;
  private final Tracer tracer;
  private volatile @Nullable Built<RawFinding, Finding> findings;
  private volatile @Nullable Built<RawReview, ReviewItem> reviews;
  private volatile @Nullable List<SystemLevels> systems;
  private volatile @Nullable List<FlowLevels> flows;
  private volatile @Nullable List<FindingGroup> groups;
  private volatile @Nullable Boolean anySectors;
  /** {@link Register#actor()}, which does not change. */
  private final io.github.trygg.core.Actor actor;
  private final Map<ScopeKey, Scoped> scopings = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, String[]> templates = new java.util.concurrent.ConcurrentHashMap<>();

  PropagationResult(Register register, PropagationSettings settings, Outcome out) {
    this.register = register;
    this.settings = settings;
    this.out = out;
    this.ix = out.index;
    this.tracer = new Tracer(out);
    this.actor = register.actor();
  }

  /** {@return the register the levels were derived from} */
  public Register register() {
    return register;
  }

  /** {@return the settings the run used} */
  public PropagationSettings settings() {
    return settings;
  }

  // ---- systems and flows -----------------------------------------------------------------------

  /** {@return every system, by id} */
  public List<SystemLevels> systems() {
    List<SystemLevels> s = systems;
    if (s == null) {
      List<SystemLevels> list = new ArrayList<>(ix.systemCount);
      for (int k = 0; k < ix.systemCount; k++) {
        list.add(systemLevels(k));
      }
      s = List.copyOf(list);
      systems = s;
    }
    return s;
  }

  /**
   * The derived levels of one system.
   *
   * @param id the system's id
   * @return its levels with their traces; empty if the register has no such system
   */
  public Optional<SystemLevels> system(String id) {
    int s = ix.systemIndex.get(id);
    return s < 0 ? Optional.empty() : Optional.of(systemLevels(s));
  }

  /**
   * The required levels of one system, without building its traces.
   *
   * @param systemId the system's id
   * @return the required level per aspect; empty if the register has no such system
   */
  public Optional<Levels> required(String systemId) {
    int s = ix.systemIndex.get(systemId);
    if (s < 0) {
      return Optional.empty();
    }
    Map<SecurityAspect, ConsequenceLevel> map = new EnumMap<>(SecurityAspect.class);
    for (SecurityAspect a : ASPECTS) {
      map.put(a, level(Keys.levelOf(out.required[a.ordinal()][s])));
    }
    return Optional.of(Levels.of(map));
  }

  /** {@return every flow, by id} */
  public List<FlowLevels> flows() {
    List<FlowLevels> f = flows;
    if (f == null) {
      List<FlowLevels> list = new ArrayList<>(ix.flowCount);
      for (int k = 0; k < ix.flowCount; k++) {
        list.add(flowLevels(k));
      }
      list.sort(Comparator.comparing(FlowLevels::id));
      f = List.copyOf(list);
      flows = f;
    }
    return f;
  }

  /**
   * The derived levels of one flow.
   *
   * @param id the integration's id
   * @return its levels with their traces; empty if the register has no such integration
   */
  public Optional<FlowLevels> flow(String id) {
    int f = ix.flowIndex(id);
    return f < 0 ? Optional.empty() : Optional.of(flowLevels(f));
  }

  /**
   * Most severe first, then by kind, subject and aspect. The order is settled when first asked for;
   * each finding (with its texts) is built when it is first read, so a register with a hundred
   * thousand findings costs only for the ones looked at.
   *
   * @return the findings, most severe first
   */
  public List<Finding> findings() {
    return sortedFindings();
  }

  private Built<RawFinding, Finding> sortedFindings() {
    Built<RawFinding, Finding> f = findings;
    if (f == null) {
      List<RawFinding> raw = new ArrayList<>(out.findings());
      raw.sort(Comparator.comparingInt((RawFinding x) -> -x.severity())
          .thenComparing(RawFinding::check)
          .thenComparing((x, y) -> compareSubjects(x.kind(), x.subject(), y.kind(), y.subject()))
          .thenComparingInt(RawFinding::aspect));
      f = new Built<>(raw, this::finding);
      findings = f;
    }
    return f;
  }

  /**
   * {@return the findings grouped by root cause, most severe first: the same gap that one rating
   * causes in many systems (clearance exceeded, level 4) is one group listing them with its count;
   * every other finding is a group of its own}
   */
  public List<FindingGroup> findingGroups() {
    List<FindingGroup> g = groups;
    if (g == null) {
      g = group(findings());
      groups = g;
    }
    return g;
  }

  private List<FindingGroup> group(List<Finding> all) {
    Map<List<Object>, List<Finding>> byCause = new java.util.LinkedHashMap<>();
    for (Finding f : all) {
      boolean shared = f.kind() == FindingKind.CLEARANCE_EXCEEDED || f.kind() == FindingKind.LEVEL_4_PRESENT;
      EntryRef cause = shared ? f.trace().origin() : f.subject();
      List<Object> key = shared
          ? List.of(f.kind(), f.aspect().map(Enum::name).orElse(""), f.required().map(Enum::name).orElse(""), cause, f.subject().kind())
          : List.of(f.kind(), f.subject(), f.aspect().map(Enum::name).orElse(""), byCause.size());
      byCause.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<FindingGroup> out = new ArrayList<>();
    for (List<Finding> members : byCause.values()) {
      Finding first = members.get(0);
      Severity severity = members.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElseThrow();
      boolean shared = members.size() > 1;
      EntryRef cause = shared ? first.trace().origin() : first.subject();
      out.add(new FindingGroup(first.kind(), severity, first.aspect(), first.required(), cause, members,
          shared ? groupMessage(first, members, cause) : first.message()));
    }
    out.sort(Comparator.comparing((FindingGroup x) -> x.severity()).reversed()
        .thenComparing(Comparator.comparingInt(FindingGroup::count).reversed())
        .thenComparing(FindingGroup::kind));
    return List.copyOf(out);
  }

  private LocalizedText groupMessage(Finding first, List<Finding> members, EntryRef cause) {
    LocalizedText aspect = first.aspect().map(a -> settings.rules().aspectName(a)).orElse(same(""));
    String level = first.required().map(l -> Integer.toString(l.ordinalLevel())).orElse("");
    LocalizedText causeText = switch (cause.kind()) {
      case ASSET -> Messages.text("propagation.cause.asset", aspect, level, nameOr(ix.assetIndex.get(cause.id()), x -> ix.assets[x].name(), cause.id()));
      case SYSTEM -> Messages.text("propagation.cause.system", aspect, level, subjectName(cause));
      default -> Messages.text("propagation.cause.override", aspect, level, cause.id());
    };
    List<LocalizedText> affected = new ArrayList<>();
    for (Finding f : members) {
      LocalizedText name = same(subjectName(f.subject()));
      affected.add(f.cleared().isPresent() && f.kind() == FindingKind.CLEARANCE_EXCEEDED
          ? Messages.text("propagation.affected.cleared", name, f.cleared().get().ordinalLevel()) : name);
    }
    LocalizedText list = new LocalizedText(affected.stream().map(LocalizedText::sv).collect(Collectors.joining(", ")),
        affected.stream().map(LocalizedText::nb).collect(Collectors.joining(", ")),
        affected.stream().map(LocalizedText::en).collect(Collectors.joining(", ")));
    return Messages.text("propagation.group", first.title(), members.size(), causeText, list);
  }

  private String subjectName(EntryRef ref) {
    // The index's own lookups: the register's by-id maps would hash every flow of the register.
    return switch (ref.kind()) {
      case SYSTEM -> nameOr(ix.systemIndex.get(ref.id()), s -> ix.systems[s].name(), ref.id());
      case INTEGRATION -> nameOr(ix.flowIndex(ref.id()), f -> ix.flows[f].name().orElse(ref.id()), ref.id());
      case ACTIVITY -> Arrays.stream(ix.activities).filter(a -> a.id().equals(ref.id())).findFirst().map(a -> a.name()).orElse(ref.id());
      default -> ref.id();
    };
  }

  private static String nameOr(int index, java.util.function.IntFunction<String> name, String id) {
    return index < 0 ? id : name.apply(index);
  }


  /**
   * The findings about one system, flow or override, in the order of {@link #findings()}.
   *
   * @param subject the system, flow or override
   * @return the findings, most severe first
   */
  public List<Finding> findings(EntryRef subject) {
    Built<RawFinding, Finding> all = sortedFindings();
    List<Finding> about = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      RawFinding raw = all.raw.get(k);
      if (raw.kind() == subject.kind() && ref(raw.kind(), raw.subject()).id().equals(subject.id())) {
        about.add(all.get(k));
      }
    }
    return List.copyOf(about);
  }

  /**
   * By trigger, subject and aspect; built when read, like {@link #findings()}.
   *
   * @return the compilations to review
   */
  public List<ReviewItem> reviews() {
    Built<RawReview, ReviewItem> r = reviews;
    if (r == null) {
      List<RawReview> raw = new ArrayList<>(out.reviews());
      raw.sort(Comparator.comparing(RawReview::trigger)
          .thenComparing((x, y) -> compareSubjects(x.kind(), x.subject(), y.kind(), y.subject()))
          .thenComparingInt(RawReview::aspect));
      r = new Built<>(raw, this::review);
      reviews = r;
    }
    return r;
  }

  /** As {@link EntryRef#compareTo}: systems and overrides are numbered in id order already, flows are not. */
  private int compareSubjects(EntryKind kindA, int a, EntryKind kindB, int b) {
    if (kindA != kindB) {
      return kindA.compareTo(kindB);
    }
    return kindA == EntryKind.INTEGRATION ? ix.flows[a].id().compareTo(ix.flows[b].id()) : Integer.compare(a, b);
  }

  /** An unmodifiable list whose elements are built from raw records on first access. */
  private static final class Built<R, T> extends AbstractList<T> implements RandomAccess {
    final List<R> raw;
    private final Function<R, T> build;
    private final AtomicReferenceArray<T> done;

    Built(List<R> raw, Function<R, T> build) {
      this.raw = raw;
      this.build = build;
      this.done = new AtomicReferenceArray<>(raw.size());
    }

    @Override
    public T get(int index) {
      T value = done.get(index);
      if (value == null) {
        value = build.apply(raw.get(index));
        done.compareAndSet(index, null, value);
        value = done.get(index);
      }
      return value;
    }

    @Override
    public int size() {
      return raw.size();
    }
  }

  // ---- building views --------------------------------------------------------------------------

  private SystemLevels systemLevels(int s) {
    InformationSystem sys = ix.systems[s];
    EntryRef ref = new EntryRef(EntryKind.SYSTEM, sys.id());
    Map<SecurityAspect, DerivedLevel> levels = new EnumMap<>(SecurityAspect.class);
    Map<SecurityAspect, Trace> clearance = new EnumMap<>(SecurityAspect.class);
    Map<SecurityAspect, ConsequenceLevel> cleared = new EnumMap<>(SecurityAspect.class);
    for (SecurityAspect aspect : ASPECTS) {
      int a = aspect.ordinal();
      long key = out.required[a][s];
      boolean sealed = out.isSealed(a, s);
      DerivedLevel.Builder b = DerivedLevel.builder()
          .subject(ref)
          .aspect(aspect)
          .level(level(Keys.levelOf(key)))
          .origin(sealed ? RatingOrigin.OVERRIDDEN
              : key != Keys.NONE && out.isOwn(a, s) && Keys.originOf(key) == ix.assessedOrigin(s) ? RatingOrigin.ASSESSED
              : RatingOrigin.DERIVED)
          .trace(trace(ref, key, () -> tracer.system(s, a)));
      originAsset(key).ifPresent(b::originAsset);
      if (sealed) {
        b.override(ix.overrides[ix.systemOverride[s * RegisterIndex.ASPECTS + a]]);
        b.withoutOverride(level(Keys.levelOf(out.withoutOverride(a, s))));
      }
      levels.put(aspect, b.build());
      long clear = out.cleared[a][s];
      if (clear != Keys.NONE) {
        cleared.put(aspect, level(Keys.weakestLevelOf(clear)));
        int origin = Keys.originOf(clear);
        clearance.put(aspect, new Trace(ref, new EntryRef(EntryKind.SYSTEM, ix.systems[origin].id()), () -> steps(tracer.clearance(s, a))));
      }
    }
    Set<PersonalDataFlag> flags = EnumSet.noneOf(PersonalDataFlag.class);
    for (PersonalDataFlag flag : PersonalDataFlag.values()) {
      if (out.flags[flag.ordinal()][s] != Keys.NONE) {
        flags.add(flag);
      }
    }
    SystemLevels.Builder b = SystemLevels.builder()
        .id(sys.id())
        .name(sys.name())
        .levels(levels)
        .clearance(clearance)
        .personalData(flags);
    if (cleared.size() == ASPECTS.length) {
      b.clearedFor(Levels.of(cleared));
    }
    recovery(out.objective[0][s], out.objective[1][s], true).ifPresent(b::recoveryObjectives);
    recovery(out.capability[0][s], out.capability[1][s], false).ifPresent(b::recoveryCapability);
    return b.build();
  }

  private static Optional<RecoveryObjectives> recovery(long downtime, long dataLoss, boolean strictest) {
    if (downtime == Keys.NONE && dataLoss == Keys.NONE) {
      return Optional.empty();
    }
    RecoveryObjectives.Builder b = RecoveryObjectives.builder();
    if (downtime != Keys.NONE) {
      b.maxDowntime(Duration.ofSeconds(strictest ? Keys.strictestSecondsOf(downtime) : Keys.worstSecondsOf(downtime)));
    }
    if (dataLoss != Keys.NONE) {
      b.maxDataLoss(Duration.ofSeconds(strictest ? Keys.strictestSecondsOf(dataLoss) : Keys.worstSecondsOf(dataLoss)));
    }
    return Optional.of(b.build());
  }

  private FlowLevels flowLevels(int f) {
    Integration i = ix.flows[f];
    EntryRef ref = new EntryRef(EntryKind.INTEGRATION, i.id());
    Map<SecurityAspect, DerivedLevel> levels = new EnumMap<>(SecurityAspect.class);
    for (SecurityAspect aspect : ASPECTS) {
      int a = aspect.ordinal();
      long key = out.flowRequired(a, f);
      int o = ix.flowOverride(f, a);
      DerivedLevel.Builder b = DerivedLevel.builder()
          .subject(ref)
          .aspect(aspect)
          .level(level(Keys.levelOf(key)))
          .origin(o >= 0 ? RatingOrigin.OVERRIDDEN : RatingOrigin.DERIVED)
          .trace(trace(ref, key, () -> tracer.flow(f, a)));
      originAsset(key).ifPresent(b::originAsset);
      if (o >= 0) {
        b.override(ix.overrides[o]);
        b.withoutOverride(level(Keys.levelOf(out.flowLevel[a][f])));
      }
      levels.put(aspect, b.build());
    }
    return FlowLevels.builder()
        .id(i.id())
        .name(i.name().orElse(i.id()))
        .source(i.source())
        .target(i.target())
        .levels(levels)
        .clearedFor(i.clearedFor())
        .build();
  }

  private Finding finding(RawFinding r) {
    FindingKind kind = Propagation.kind(r.check());
    PropagationRules rules = settings.rules();
    PropagationRules.CheckText text = rules.check(kind);
    EntryRef subject = ref(r.kind(), r.subject());
    Finding.Builder b = Finding.builder()
        .kind(kind)
        .severity(Severity.values()[r.severity()])
        .subject(subject)
        .title(text.title());
    scoped(b, text.sources(), actorOf(subject, r.kind(), r.subject()));
    Map<String, LocalizedText> values = new HashMap<>();
    values.put("subject", same(name(r.kind(), r.subject())));
    String messageKey = r.kind() == EntryKind.SYSTEM ? "system" : r.kind() == EntryKind.INTEGRATION ? "integration"
        : r.kind() == EntryKind.ACTIVITY ? "activity" : "override";
    Supplier<List<Step>> steps;
    EntryRef traced = subject;
    EntryKind tracedKind = r.kind();
    int tracedIndex = r.subject();
    long key;
    if (r.check() == Check.RECOVERY_GAP) {
      int k = r.aspect();
      long objective = out.objective[k][r.subject()];
      long capability = out.capability[k][r.subject()];
      messageKey = (k == 0 ? "downtime" : "data-loss") + (capability == Keys.NONE ? "-unknown" : "");
      values.put("objective", same(duration(Keys.strictestSecondsOf(objective))));
      if (capability != Keys.NONE) {
        values.put("capability", same(duration(Keys.worstSecondsOf(capability))));
      }
      int origin = Keys.originOf(objective);
      if (origin != r.subject()) {
        b.addRelated(new EntryRef(EntryKind.SYSTEM, ix.systems[origin].id()));
      }
      int s = r.subject();
      return b.message(fill(Lookup.in(text.messages(), messageKey, "message"), values))
          .trace(new Trace(subject, new EntryRef(EntryKind.SYSTEM, ix.systems[origin].id()), () -> steps(tracer.objective(s, k))))
          .build();
    }
    if (r.check() == Check.CONSENT_NOT_RECORDED || r.check() == Check.RETENTION_FOR_UNKNOWN_ENTRY) {
      return activityFinding(r, b, text, values, subject);
    }
    SecurityAspect aspect = ASPECTS[r.aspect()];
    b.aspect(aspect);
    values.put("aspect", r.aspects() == 0 ? rules.aspectName(aspect) : aspectNames(r.aspects()));
    if (r.required() >= 0) {
      b.required(level(r.required()));
      values.put("required", same(Integer.toString(r.required())));
    }
    int a = aspect.ordinal();
    switch (r.check()) {
      case CLEARANCE_EXCEEDED -> {
        b.cleared(level(r.cleared()));
        values.put("cleared", same(Integer.toString(r.cleared())));
        if (r.kind() == EntryKind.SYSTEM && r.related() != r.subject()) {
          b.addRelated(new EntryRef(EntryKind.SYSTEM, ix.systems[r.related()].id()));
        }
      }
      case MISSING_AUTHENTICATION, WEAK_AUTHENTICATION -> {
        values.put("assurance", rules.assuranceName(settings.thresholds().requiredAssurance()));
        if (r.kind() == EntryKind.SYSTEM) {
          values.put("given", rules.assuranceName(AssuranceLevel.values()[r.cleared()]));
        } else {
          traced = new EntryRef(EntryKind.SYSTEM, ix.systems[r.related()].id());
          tracedKind = EntryKind.SYSTEM;
          tracedIndex = r.related();
          b.addRelated(traced);
          values.put("target", same(name(EntryKind.SYSTEM, r.related())));
        }
      }
      case THIRD_COUNTRY_WITHOUT_SAFEGUARD -> {
        Vendor vendor = ix.vendors[r.related()];
        b.addRelated(new EntryRef(EntryKind.VENDOR, vendor.id()));
        values.put("vendor", same(vendor.name()));
        values.put("country", same(thirdCountry(vendor, ix.systems[r.subject()])));
      }
      case TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES -> {
        Vendor vendor = ix.vendors[r.related()];
        b.addRelated(new EntryRef(EntryKind.VENDOR, vendor.id()));
        values.put("vendor", same(vendor.name()));
        values.put("country", same(vendor.country()));
        values.put("safeguards", join(vendor.safeguards().stream().map(x -> x.label()).toList()));
        values.put("data", sensitiveData(r.subject()));
      }
      case OVERRIDE_CONTRADICTED -> {
        LevelOverride ov = ix.overrides[r.subject()];
        traced = ov.target();
        tracedKind = traced.kind();
        tracedIndex = r.related();
        b.addRelated(traced);
        b.cleared(level(r.cleared()));
        int[] assets = ix.contradictingAssets(r.subject(), ov.target().kind() == EntryKind.INTEGRATION ? r.related() : -1);
        for (int x : assets) {
          b.addRelated(new EntryRef(EntryKind.ASSET, ix.assets[x].id()));
        }
        values.put("override", same(ov.id()));
        values.put("target", same(name(tracedKind, tracedIndex)));
        values.put("claim", ov.claim().map(c -> c.label()).orElse(same("")));
        values.put("assets", new LocalizedText(
            Arrays.stream(assets).mapToObj(x -> "”" + ix.assets[x].name() + "”").collect(Collectors.joining(", ")),
            Arrays.stream(assets).mapToObj(x -> "«" + ix.assets[x].name() + "»").collect(Collectors.joining(", ")),
            Arrays.stream(assets).mapToObj(x -> "“" + ix.assets[x].name() + "”").collect(Collectors.joining(", "))));
        values.put("derived", same(Integer.toString(r.required())));
        values.put("level", same(Integer.toString(r.cleared())));
      }
      case UNDOCUMENTED_OVERRIDE -> {
        LevelOverride ov = ix.overrides[r.subject()];
        traced = ov.target();
        tracedKind = traced.kind();
        tracedIndex = r.related();
        b.addRelated(traced);
        b.cleared(level(r.cleared()));
        values.put("override", same(ov.id()));
        values.put("target", same(name(tracedKind, tracedIndex)));
        values.put("level", same(Integer.toString(r.cleared())));
      }
      default -> { }
    }
    if (r.check() == Check.THIRD_COUNTRY_WITHOUT_SAFEGUARD || r.check() == Check.TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES) {
      // How the personal data reached the system; the finding itself is R8 (flags roll up).
      int s = r.subject();
      int flag = r.check() == Check.TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES && out.flags[RegisterIndex.IDENTITY_NUMBERS][s] != Keys.NONE
          ? RegisterIndex.IDENTITY_NUMBERS : RegisterIndex.PERSONAL;
      key = out.flags[flag][s];
      steps = () -> withLastRule(tracer.flag(s, flag), "R8");
    } else if (r.check() == Check.OVERRIDE_CONTRADICTED) {
      // A downgrade needs a documented override the register bears out (R6).
      int o = r.subject();
      EntryRef target = traced;
      return b.message(fill(Lookup.in(text.messages(), messageKey, "message"), values))
          .trace(new Trace(subject, subject, () -> List.of(new TraceStep(new EntryRef(EntryKind.OVERRIDE, ix.overrides[o].id()), "R6"),
              new TraceStep(target, "R6"))))
          .build();
    } else if (tracedKind == EntryKind.SYSTEM) {
      int s = tracedIndex;
      key = out.required[a][s];
      steps = () -> tracer.system(s, a);
    } else {
      int f = tracedIndex;
      key = out.flowRequired(a, f);
      steps = () -> tracer.flow(f, a);
    }
    return b.message(fill(Lookup.in(text.messages(), messageKey, "message"), values)).trace(trace(traced, key, steps)).build();
  }

  /** A finding about a processing activity: consent not recorded, retention kept in an unknown entry. */
  private Finding activityFinding(RawFinding r, Finding.Builder b, PropagationRules.CheckText text, Map<String, LocalizedText> values, EntryRef subject) {
    io.github.trygg.core.register.ProcessingActivity act = ix.activities[r.subject()];
    values.put("subject", same(act.name()));
    if (r.check() == Check.CONSENT_NOT_RECORDED) {
      values.put("basis", consentBasis(act));
    } else {
      values.put("entries", same(act.retention().map(x -> x.keptIn().stream()
          .filter(id -> ix.systemIndex.get(id) < 0 && ix.assetIndex.get(id) < 0).collect(Collectors.joining(", "))).orElse("")));
    }
    return b.message(fill(Lookup.in(text.messages(), "activity", "message"), values))
        // No propagation rule derives these: the trace cites the check itself (C11, C12).
        .trace(new Trace(subject, subject, () -> List.of(new TraceStep(subject, text.id()))))
        .build();
  }

  private static LocalizedText consentBasis(io.github.trygg.core.register.ProcessingActivity act) {
    java.util.Optional<String> required = act.consent().flatMap(io.github.trygg.core.register.ConsentRequirement::requiredBy);
    if (required.isPresent()) {
      return same(required.get());
    }
    if (act.legalBasis() == io.github.trygg.core.register.LegalBasis.CONSENT) {
      return new LocalizedText("art. 6.1 a", "art. 6 nr. 1 bokstav a", "Art. 6(1)(a)");
    }
    return new LocalizedText("art. 9.2 a", "art. 9 nr. 2 bokstav a", "Art. 9(2)(a)");
  }

  /** Which sensitive kinds of data the register says reach a system, in words. */
  private LocalizedText sensitiveData(int s) {
    List<LocalizedText> kinds = new ArrayList<>();
    int flags = ix.declaredFlags(s);
    if ((flags & (1 << RegisterIndex.IDENTITY_NUMBERS)) != 0) {
      kinds.add(new LocalizedText("personnummer eller samordningsnummer", "fødselsnummer eller andre nasjonale identifikasjonsnummer", "national identity numbers"));
    }
    if ((flags & (1 << RegisterIndex.SPECIAL)) != 0) {
      kinds.add(new LocalizedText("känsliga personuppgifter", "særlige kategorier av personopplysninger", "special-category data"));
    }
    if ((flags & (1 << RegisterIndex.CRIMINAL)) != 0) {
      kinds.add(new LocalizedText("uppgifter om lagöverträdelser", "opplysninger om straffbare forhold", "criminal-offence data"));
    }
    return join(kinds);
  }

  private static LocalizedText join(List<LocalizedText> texts) {
    return new LocalizedText(texts.stream().map(LocalizedText::sv).collect(Collectors.joining(", ")),
        texts.stream().map(LocalizedText::nb).collect(Collectors.joining(", ")),
        texts.stream().map(LocalizedText::en).collect(Collectors.joining(", ")));
  }

  private static List<Step> withLastRule(List<Step> steps, String rule) {
    if (steps.isEmpty()) {
      return steps;
    }
    List<Step> out = new ArrayList<>(steps);
    Step last = out.get(out.size() - 1);
    out.set(out.size() - 1, new Step(last.kind(), last.index(), rule));
    return List.copyOf(out);
  }

  /** Sets the sources that bind {@code actor}, and a note on sector-specific ones that do not. */
  private void scoped(Finding.Builder b, List<io.github.trygg.core.LegalReference> all, io.github.trygg.core.Actor actor) {
    Scoped scoped = scoping(all, actor);
    b.sources(scoped.binding());
    if (scoped.note() != null) {
      b.scopeNote(scoped.note());
    }
  }

  /**
   * The sources of a rule that bind an actor, and the note on those that do not: the same few
   * rules and actors recur across a hundred thousand findings, so each pair is worked out once.
   */
  private Scoped scoping(List<io.github.trygg.core.LegalReference> all, io.github.trygg.core.Actor actor) {
    return scopings.computeIfAbsent(new ScopeKey(all, actor), k -> {
      List<io.github.trygg.core.LegalReference> binding = io.github.trygg.core.LegalReference.binding(all, actor);
      List<LocalizedText> dropped = all.stream().filter(r -> !binding.contains(r) && r.scope().sectorSpecific())
          .map(r -> new LocalizedText(r.citation() + " (" + r.scope().label().sv() + ")", r.citation() + " (" + r.scope().label().nb() + ")",
              r.citation() + " (" + r.scope().label().en() + ")"))
          .toList();
      return new Scoped(binding, dropped.isEmpty() ? null : Messages.text("scope.not-binding", join(dropped)));
    });
  }

  private record Scoped(List<io.github.trygg.core.LegalReference> binding, @Nullable LocalizedText note) {}

  /** A rule's list of sources, by identity (the rules hold each list once), and an actor. */
  private static final class ScopeKey {
    private final List<io.github.trygg.core.LegalReference> sources;
    private final io.github.trygg.core.Actor actor;

    ScopeKey(List<io.github.trygg.core.LegalReference> sources, io.github.trygg.core.Actor actor) {
      this.sources = sources;
      this.actor = actor;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof ScopeKey k && k.sources == sources && k.actor.equals(actor);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(sources) * 31 + actor.hashCode();
    }
  }

  /** Who acts through an entry: the organisation, in the sectors the entry serves. */
  private io.github.trygg.core.Actor actorOf(EntryRef ref, EntryKind kind, int index) {
    switch (ref.kind()) {
      case SYSTEM:
        return anySectors() ? register.actorFor(ref.id()) : actor;
      case INTEGRATION: {
        java.util.EnumSet<io.github.trygg.core.Sector> sectors = java.util.EnumSet.noneOf(io.github.trygg.core.Sector.class);
        // The entry itself rather than a lookup by id: ids of a million flows need not be hashed
        // to name the sectors of one.
        Integration i = kind == EntryKind.INTEGRATION && index >= 0 ? ix.flows[index] : register.integration(ref.id()).orElse(null);
        if (i != null && anySectors()) {
          sectors.addAll(register.sectorsOf(i.source()));
          sectors.addAll(register.sectorsOf(i.target()));
        }
        return actor.inSectors(sectors);
      }
      case OVERRIDE:
        return register.overrides().stream().filter(o -> o.id().equals(ref.id())).findFirst().map(o -> actorOf(o.target(), o.target().kind(), -1))
            .orElse(register.actor());
      case ACTIVITY:
        if (kind == EntryKind.ACTIVITY && index >= 0) {
          return register.actorFor(ix.activities[index]);
        }
        return register.activity(ref.id()).map(register::actorFor).orElse(register.actor());
      default:
        return register.actor();
    }
  }

  /** Whether any processing activity names a sector: if none does, no system serves one. */
  private boolean anySectors() {
    Boolean any = anySectors;
    if (any == null) {
      any = register.activities().stream().anyMatch(a -> !a.sectors().isEmpty());
      anySectors = any;
    }
    return any;
  }

  private String thirdCountry(Vendor vendor, InformationSystem system) {
    if (Countries.isKnown(vendor.country()) && !vendor.inEuEea()) {
      return vendor.country();
    }
    return system.dataLocations().stream().filter(c -> Countries.isKnown(c) && !Countries.isEuEea(c)).findFirst().orElse(vendor.country());
  }

  private ReviewItem review(RawReview r) {
    ReviewTrigger trigger = ReviewTrigger.valueOf(r.trigger().name());
    PropagationRules rules = settings.rules();
    PropagationRules.ReviewText text = rules.review(trigger);
    EntryRef subject = ref(r.kind(), r.subject());
    SecurityAspect aspect = ASPECTS[r.aspect() >= 0 ? r.aspect() : SecurityAspect.CONFIDENTIALITY.ordinal()];
    int a = aspect.ordinal();
    long current = r.kind() == EntryKind.SYSTEM ? out.required[a][r.subject()] : out.flowRequired(a, r.subject());
    // Plain loops: a hundred thousand items are built when every text is read.
    String[] assetIds = new String[r.assets().length];
    StringBuilder assetNames = new StringBuilder();
    for (int k = 0; k < assetIds.length; k++) {
      assetIds[k] = ix.assets[r.assets()[k]].id();
      assetNames.append(k == 0 ? "" : ", ").append(ix.assets[r.assets()[k]].name());
    }
    String[] systemIds = new String[r.systems().length];
    StringBuilder systemNames = new StringBuilder();
    for (int k = 0; k < systemIds.length; k++) {
      systemIds[k] = ix.systems[r.systems()[k]].id();
      systemNames.append(k == 0 ? "" : ", ").append(ix.systems[r.systems()[k]].name());
    }
    List<String> assets = List.of(assetIds);
    List<String> systems = List.of(systemIds);
    Map<String, LocalizedText> values = new HashMap<>();
    values.put("subject", same(name(r.kind(), r.subject())));
    values.put("aspect", rules.aspectName(aspect));
    values.put("assets", same(assetNames.toString()));
    values.put("systems", same(systemNames.toString()));
    values.put("count", same(Integer.toString(r.systems().length)));
    values.put("level", same(Integer.toString(Math.max(0, Keys.levelOf(current)))));
    if (trigger == ReviewTrigger.PLATFORM_AVAILABILITY) {
      values.put("level", same(Integer.toString(settings.thresholds().platformAvailabilityLevel().ordinal())));
    }
    if (trigger == ReviewTrigger.OVERRIDE_NOT_LOWER) {
      int o = r.kind() == EntryKind.SYSTEM ? ix.systemOverride[r.subject() * RegisterIndex.ASPECTS + a] : ix.flowOverride(r.subject(), a);
      long without = r.kind() == EntryKind.SYSTEM ? out.withoutOverride(a, r.subject()) : out.flowLevel[a][r.subject()];
      values.put("override", same(ix.overrides[o].id()));
      values.put("derived", same(Integer.toString(Math.max(0, Keys.levelOf(without)))));
    }
    return ReviewItem.builder()
        .trigger(trigger)
        .rule(text.rule())
        .subject(subject)
        .aspect(aspect)
        .level(level(Keys.levelOf(current)))
        .assets(assets)
        .systems(systems)
        .title(text.title())
        .message(fill(text.message(), values))
        .sources(scoping(text.sources(), actorOf(subject, r.kind(), r.subject())).binding())
        .build();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private Trace trace(EntryRef subject, long key, Supplier<List<Step>> steps) {
    return new Trace(subject, originRef(subject, key), () -> steps(steps.get()));
  }

  private EntryRef originRef(EntryRef subject, long key) {
    if (key == Keys.NONE) {
      return subject;
    }
    int origin = Keys.originOf(key);
    if (ix.isAsset(origin)) {
      return new EntryRef(EntryKind.ASSET, ix.assets[origin].id());
    }
    if (ix.isAssessed(origin)) {
      return new EntryRef(EntryKind.SYSTEM, ix.systems[origin - ix.assetCount].id());
    }
    return new EntryRef(EntryKind.OVERRIDE, ix.overrides[origin - ix.assetCount - ix.systemCount].id());
  }

  private Optional<String> originAsset(long key) {
    int origin = Keys.originOf(key);
    return key != Keys.NONE && ix.isAsset(origin) ? Optional.of(ix.assets[origin].id()) : Optional.empty();
  }

  List<TraceStep> steps(List<Step> steps) {
    List<TraceStep> list = new ArrayList<>(steps.size());
    for (Step s : steps) {
      list.add(new TraceStep(ref(s.kind(), s.index()), s.rule()));
    }
    return list;
  }

  private EntryRef ref(EntryKind kind, int index) {
    switch (kind) {
      case SYSTEM:
        return new EntryRef(kind, ix.systems[index].id());
      case INTEGRATION:
        return new EntryRef(kind, ix.flows[index].id());
      case DEPENDENCY:
        return new EntryRef(kind, ix.dependencies[index].id());
      case OVERRIDE:
        return new EntryRef(kind, ix.overrides[index].id());
      case ASSET:
        return new EntryRef(kind, ix.assets[index].id());
      case ACTIVITY:
        return new EntryRef(kind, ix.activities[index].id());
      default:
        throw new IllegalArgumentException("no entries of kind " + kind + " in a trace");
    }
  }

  /** A system's or flow's name, else its id. */
  private String name(EntryKind kind, int index) {
    switch (kind) {
      case SYSTEM:
        return ix.systems[index].name();
      case INTEGRATION:
        return ix.flows[index].name().orElse(ix.flows[index].id());
      default:
        return ref(kind, index).id();
    }
  }

  /** The names of the aspects in a bit set, joined by commas. */
  private LocalizedText aspectNames(int aspects) {
    List<LocalizedText> names = new ArrayList<>();
    for (SecurityAspect a : ASPECTS) {
      if ((aspects & (1 << a.ordinal())) != 0) {
        names.add(settings.rules().aspectName(a));
      }
    }
    return new LocalizedText(names.stream().map(LocalizedText::sv).collect(Collectors.joining(", ")),
        names.stream().map(LocalizedText::nb).collect(Collectors.joining(", ")),
        names.stream().map(LocalizedText::en).collect(Collectors.joining(", ")));
  }

  private static ConsequenceLevel level(int ordinal) {
    return Propagation.level(ordinal);
  }

  private static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }

  /** Hours and minutes, which read the same in all three languages. */
  static String duration(long seconds) {
    long minutes = (seconds + 59) / 60;
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = minutes / 60;
    long rest = minutes % 60;
    return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
  }

  /**
   * The template with each {@code {name}} replaced by its value in the template's language ("–"
   * for a name without one); each template is split into text and names once per result.
   */
  private LocalizedText fill(LocalizedText template, Map<String, LocalizedText> values) {
    return new LocalizedText(fill(template.sv(), values, 0), fill(template.nb(), values, 1), fill(template.en(), values, 2));
  }

  private String fill(String template, Map<String, LocalizedText> values, int language) {
    String[] parts = templates.computeIfAbsent(template, PropagationResult::parse);
    StringBuilder sb = new StringBuilder(template.length() + 32);
    // Even positions are text, odd ones the names of values.
    for (int k = 0; k < parts.length; k++) {
      if ((k & 1) == 0) {
        sb.append(parts[k]);
        continue;
      }
      LocalizedText value = values.get(parts[k]);
      if (value == null) {
        sb.append("–");
      } else {
        sb.append(language == 0 ? value.sv() : language == 1 ? value.nb() : value.en());
      }
    }
    return sb.toString();
  }

  /** A template as text, name, text, name, …, text: a name between braces, an unclosed brace as text. */
  private static String[] parse(String template) {
    List<String> parts = new ArrayList<>();
    int k = 0;
    while (true) {
      int open = template.indexOf('{', k);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        parts.add(template.substring(k));
        break;
      }
      parts.add(template.substring(k, open));
      parts.add(template.substring(open + 1, close));
      k = close + 1;
    }
    return parts.toArray(new String[0]);
  }
}
