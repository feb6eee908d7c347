package io.github.trygg.core.register;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.internal.data.Lookup;
import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.OrganisationKind;
import io.github.trygg.core.Sector;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.RatingOrigin;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.json.ParsedTexts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceMerger;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.WireNames;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Register files ⇄ {@link Register}. Reading merges several files entry by entry (same kind and
 * id), keeps where every field came from, and collects every problem before failing. Writing emits
 * the canonical form: sections in a fixed order, members in declaration order, empty values left out.
 */
final class RegisterCodec {
  private static final String[] TOP = {
    "format", "name", "organisation", "assets", "systems", "vendors", "integrations", "dependencies", "activities", "overrides"
  };
  private static final String[] ASSET = {
    "id", "name", "description", "owner", "personalData", "specialCategory", "criminalData", "nationalIdentityNumbers",
    "children", "volume", "dataSubjectCategories", "identifierTypes", "dataCategories", "classification", "review"
  };
  private static final String[] SYSTEM = {
    "id", "name", "description", "systemKind", "owner", "vendor", "hostedOn", "components", "internetExposed",
    "dataLocations", "assessed", "clearedFor", "authentication", "assetsStored", "assetsProcessed", "features",
    "recoveryObjectives", "recoveryCapability", "dsrEndpoint", "review"
  };
  private static final String[] VENDOR = {
    "id", "name", "country", "role", "processorOf", "agreementDate", "safeguards", "safeguardEvidence", "contact", "dpoContact",
    "euRepresentative", "review"
  };
  private static final String[] INTEGRATION = {
    "id", "name", "description", "source", "target", "assetsSent", "assetsReceived", "protocol", "transport",
    "authentication", "crossesOpenNetwork", "use", "clearedFor", "review"
  };
  private static final String[] DEPENDENCY = {"id", "consumer", "supplier", "aspects", "description", "review"};
  private static final String[] ACTIVITY = {
    "id", "name", "controller", "sectors", "purpose", "use", "legalBasis", "specialCategoryBasis", "nationalLegalBasis",
    "consent", "dataSubjectCategories", "assets", "systems", "recipients", "retention", "archiveStatus", "dsrEndpoint", "dpia", "review"
  };
  private static final String[] OVERRIDE = {
    "id", "target", "aspect", "level", "claim", "reason", "approvedBy", "approvedOn", "evidence", "review"
  };
  /** The property names of each kind of entry, which provenance records by their index. */
  private static final Map<EntryKind, String[]> FIELDS = Map.of(
      EntryKind.ASSET, ASSET, EntryKind.SYSTEM, SYSTEM, EntryKind.VENDOR, VENDOR, EntryKind.INTEGRATION, INTEGRATION,
      EntryKind.DEPENDENCY, DEPENDENCY, EntryKind.ACTIVITY, ACTIVITY, EntryKind.OVERRIDE, OVERRIDE);
  private static final String[] ASPECTS = {"confidentiality", "integrity", "availability", "traceability"};

  private static final ParsedTexts<Period> PERIODS = new ParsedTexts<>(Period::parse);
  private static final ParsedTexts<Duration> DURATIONS = new ParsedTexts<>(Duration::parse);

  private RegisterCodec() {}

  /** One parsed file; {@code root} is null when the file could not be parsed. */
  record ParsedFile(String source, @Nullable SourceNode root) {}

  // ================================================================ reading

  /**
   * Merges and maps parsed files and throws every problem at once: {@code earlier} ones (files that
   * did not parse), file-level ones (unknown properties, wrong types, conflicts between files) and,
   * when {@code validate} is set, consistency problems of what could be read. An entry that could
   * not be read still counts as present for references, so one mistake is reported once.
   */
  static Register read(List<ParsedFile> files, List<Problem> earlier, boolean validate) {
    Problems problems = new Problems();
    problems.addAll(earlier);
    Provenance.Recorder provenance = new Provenance.Recorder(FIELDS);
    List<String> sources = new ArrayList<>();

    Map<String, SourceNode> top = new LinkedHashMap<>();
    Map<EntryKind, Map<String, SourceObject>> sections = new LinkedHashMap<>();
    for (EntryKind kind : EntryKind.values()) {
      sections.put(kind, new LinkedHashMap<>());
    }

    for (ParsedFile file : files) {
      int fileIndex = sources.size();
      sources.add(file.source());
      if (!(file.root() instanceof SourceObject root)) {
        if (file.root() != null) {
          problems.add("wrong-type", file.root().location(), "the document is " + file.root().kind(), "an object with format: " + Register.FORMAT);
        }
        continue;
      }
      root.allowOnly(problems, TOP);
      String format = root.requireString("format", problems);
      if (!format.isEmpty() && !format.equals(Register.FORMAT)) {
        problems.add("unsupported-format", root.get("format").orElseThrow().location(), "this format is not supported", Register.FORMAT);
      }
      for (String field : new String[] {"name", "organisation"}) {
        root.get(field).ifPresent(node -> {
          provenance.add("register//" + field, node.location());
          top.merge(field, node, (a, b) -> SourceMerger.merge(a, b, field, problems));
        });
      }
      for (EntryKind kind : EntryKind.values()) {
        collectSection(root, fileIndex, kind, Lookup.in(sections, kind, "section"), provenance, problems);
      }
    }

    Set<EntryRef> unreadable = new HashSet<>();
    sections.forEach((kind, entries) -> entries.keySet().forEach(id -> unreadable.add(new EntryRef(kind, id))));
    Register.Builder builder = Register.builder();
    Optional.ofNullable(top.get("name")).flatMap(n -> SourceObject.asString(n, problems)).ifPresent(builder::name);
    Optional.ofNullable(top.get("organisation")).flatMap(n -> SourceObject.asObject(n, problems)).flatMap(o -> organisation(o, problems)).ifPresent(builder::organisation);
    map(Lookup.in(sections, EntryKind.ASSET, "section"), o -> asset(o, problems), problems).forEach(builder::addAssets);
    map(Lookup.in(sections, EntryKind.SYSTEM, "section"), o -> system(o, problems), problems).forEach(builder::addSystems);
    map(Lookup.in(sections, EntryKind.VENDOR, "section"), o -> vendor(o, problems), problems).forEach(builder::addVendors);
    map(Lookup.in(sections, EntryKind.INTEGRATION, "section"), o -> integration(o, problems), problems).forEach(builder::addIntegrations);
    map(Lookup.in(sections, EntryKind.DEPENDENCY, "section"), o -> dependency(o, problems), problems).forEach(builder::addDependencies);
    map(Lookup.in(sections, EntryKind.ACTIVITY, "section"), o -> activity(o, problems), problems).forEach(builder::addActivities);
    map(Lookup.in(sections, EntryKind.OVERRIDE, "section"), o -> override(o, problems), problems).forEach(builder::addOverrides);
    Register register = builder.provenance(provenance.build(sources)).build();
    if (validate) {
      register.entries().forEach(e -> unreadable.remove(e.ref()));
      // A field the reader already rejected is not reported again as, say, a missing agreement.
      Set<Location> rejected = new HashSet<>();
      problems.list().forEach(x -> rejected.add(x.location()));
      RegisterValidator.validate(register, unreadable).stream()
          .filter(x -> !rejected.contains(x.location()))
          .forEach(x -> problems.addAll(List.of(x)));
    }
    problems.throwIfAny();
    return register;
  }

  private static void collectSection(SourceObject root, int fileIndex, EntryKind kind, Map<String, SourceObject> entries,
      Provenance.Recorder provenance, Problems problems) {
    List<SourceObject> section = root.objects(kind.section(), problems);
    // Locations are built only for a duplicate: most entries never need theirs.
    Map<String, SourceObject> seenInThisFile = new HashMap<>(Math.max(16, section.size() * 4 / 3 + 1));
    for (SourceObject entry : section) {
      Optional<String> id = entry.optionalString("id", problems);
      if (id.isEmpty()) {
        if (!entry.has("id")) {
          problems.add("missing-property", entry.location(), "missing required property 'id'", "a string");
        }
        continue;
      }
      SourceObject earlier = seenInThisFile.putIfAbsent(id.get(), entry);
      if (earlier != null) {
        problems.add("duplicate-id", entry.location(), kind.section() + " id '" + id.get() + "' already used at " + earlier.location(), "ids unique within " + kind.section());
        continue;
      }
      record(provenance, fileIndex, new EntryRef(kind, id.get()), entry);
      entries.merge(id.get(), entry, (a, b) -> (SourceObject) SourceMerger.merge(a, b, kind.section() + "/" + id.get(), problems));
    }
  }

  /**
   * Records where an entry and its fields are: as numbers when all were read from a file, which is
   * how the reader builds them; as locations otherwise.
   */
  private static void record(Provenance.Recorder provenance, int fileIndex, EntryRef ref, SourceObject entry) {
    Map<String, SourceNode> members = entry.members();
    boolean compact = entry.fromFile() && entry.index() >= 0;
    int[] place = compact ? new int[Provenance.Places.HEADER + 3 * members.size()] : null;
    int n = Provenance.Places.HEADER;
    for (Map.Entry<String, SourceNode> member : members.entrySet()) {
      SourceNode node = member.getValue();
      int field = provenance.field(ref.kind(), member.getKey());
      if (place != null && field >= 0 && node.fromFile()) {
        place[n++] = field;
        place[n++] = node.line();
        place[n++] = node.column();
      } else {
        // A name the kind does not have is an error already reported; its location is kept all the same.
        provenance.add(Provenance.key(ref, member.getKey()), node.location());
      }
    }
    if (place != null) {
      place[0] = fileIndex;
      place[1] = entry.index();
      place[2] = entry.line();
      place[3] = entry.column();
      provenance.entry(ref, n == place.length ? place : java.util.Arrays.copyOf(place, n));
    } else {
      provenance.add(Provenance.key(ref, ""), entry.location());
    }
  }

  /**
   * Maps every entry. Where a required value is missing or invalid the mapper has recorded a problem
   * and filled a placeholder, so the rest of the entry is still checked; since any problem is thrown
   * at the end, no placeholder ever leaves this class.
   */
  private static <T> List<T> map(Map<String, SourceObject> entries, Function<SourceObject, Optional<T>> mapper, Problems problems) {
    List<T> out = new ArrayList<>();
    for (SourceObject entry : entries.values()) {
      try {
        mapper.apply(entry).ifPresent(out::add);
      } catch (IllegalArgumentException | IllegalStateException e) {
        // A value-type check that the typed reads did not catch; report it at the entry.
        problems.add("invalid-entry", entry.location(), e.getMessage() == null ? "invalid entry" : e.getMessage(), "a consistent entry");
      }
    }
    return out;
  }

  private static Optional<Organisation> organisation(SourceObject o, Problems p) {
    o.allowOnly(p, "name", "kind", "organisationNumber", "jurisdiction", "contact", "dpoContact", "units");
    Organisation.Builder b = Organisation.builder().name(o.requireString("name", p));
    o.optionalEnum("kind", OrganisationKind.class, p).ifPresent(b::kind);
    o.optionalString("organisationNumber", p).ifPresent(b::organisationNumber);
    Optional<Jurisdiction> jurisdiction = o.requireEnum("jurisdiction", Jurisdiction.class, p);
    o.optionalString("contact", p).ifPresent(b::contact);
    o.optionalString("dpoContact", p).ifPresent(b::dpoContact);
    for (SourceObject u : o.objects("units", p)) {
      u.allowOnly(p, "id", "name", "contact", "dpoContact");
      OrganisationUnit.Builder ub = OrganisationUnit.builder().id(u.requireString("id", p)).name(u.requireString("name", p));
      u.optionalString("contact", p).ifPresent(ub::contact);
      u.optionalString("dpoContact", p).ifPresent(ub::dpoContact);
      b.addUnits(ub.build());
    }
    return jurisdiction.map(j -> b.jurisdiction(j).build());
  }

  private static Optional<InformationAsset> asset(SourceObject o, Problems p) {
    o.allowOnly(p, ASSET);
    InformationAsset.Builder b = InformationAsset.builder().id(o.requireString("id", p)).name(o.requireString("name", p));
    o.optionalString("description", p).ifPresent(b::description);
    o.optionalString("owner", p).ifPresent(b::owner);
    o.optionalBoolean("personalData", p).ifPresent(b::personalData);
    o.optionalBoolean("specialCategory", p).ifPresent(b::specialCategory);
    o.optionalBoolean("criminalData", p).ifPresent(b::criminalData);
    o.optionalBoolean("nationalIdentityNumbers", p).ifPresent(b::nationalIdentityNumbers);
    o.optionalBoolean("children", p).ifPresent(b::children);
    o.optionalEnum("volume", DataVolume.class, p).ifPresent(b::volume);
    b.addAllDataSubjectCategories(o.strings("dataSubjectCategories", p));
    b.addAllIdentifierTypes(o.strings("identifierTypes", p));
    b.addAllDataCategories(o.strings("dataCategories", p));
    o.optionalObject("classification", p).flatMap(c -> classification(c, p)).ifPresent(b::classification);
    review(o, p).ifPresent(b::review);
    return Optional.of(b.build());
  }

  private static Optional<InformationSystem> system(SourceObject o, Problems p) {
    o.allowOnly(p, SYSTEM);
    InformationSystem.Builder b = InformationSystem.builder().id(o.requireString("id", p)).name(o.requireString("name", p));
    o.optionalString("description", p).ifPresent(b::description);
    o.optionalEnum("systemKind", SystemKind.class, p).ifPresent(b::systemKind);
    o.optionalString("owner", p).ifPresent(b::owner);
    o.optionalString("vendor", p).ifPresent(b::vendor);
    o.optionalString("hostedOn", p).ifPresent(b::hostedOn);
    b.addAllComponents(o.strings("components", p));
    o.optionalBoolean("internetExposed", p).ifPresent(b::internetExposed);
    b.addAllDataLocations(o.strings("dataLocations", p));
    o.optionalObject("assessed", p).flatMap(l -> levels(l, p)).ifPresent(b::assessed);
    o.optionalObject("clearedFor", p).flatMap(l -> levels(l, p)).ifPresent(b::clearedFor);
    o.optionalEnum("authentication", AssuranceLevel.class, p).ifPresent(b::authentication);
    b.addAllAssetsStored(o.strings("assetsStored", p));
    b.addAllAssetsProcessed(o.strings("assetsProcessed", p));
    b.addAllFeatures(o.enums("features", SystemFeature.class, p));
    o.optionalObject("recoveryObjectives", p).flatMap(r -> recovery(r, p)).ifPresent(b::recoveryObjectives);
    o.optionalObject("recoveryCapability", p).flatMap(r -> recovery(r, p)).ifPresent(b::recoveryCapability);
    o.optionalObject("dsrEndpoint", p).flatMap(d -> dsrEndpoint(d, p)).ifPresent(b::dsrEndpoint);
    review(o, p).ifPresent(b::review);
    return Optional.of(b.build());
  }

  private static Optional<Vendor> vendor(SourceObject o, Problems p) {
    o.allowOnly(p, VENDOR);
    Vendor.Builder b = Vendor.builder().id(o.requireString("id", p)).name(o.requireString("name", p)).country(o.requireString("country", p));
    b.role(o.requireEnum("role", VendorRole.class, p).orElse(VendorRole.SUPPLIER));
    o.optionalString("processorOf", p).ifPresent(b::processorOf);
    o.optionalDate("agreementDate", p).ifPresent(b::agreementDate);
    b.addAllSafeguards(o.enums("safeguards", TransferSafeguard.class, p));
    o.optionalString("safeguardEvidence", p).ifPresent(b::safeguardEvidence);
    o.optionalString("contact", p).ifPresent(b::contact);
    o.optionalString("dpoContact", p).ifPresent(b::dpoContact);
    o.optionalString("euRepresentative", p).ifPresent(b::euRepresentative);
    review(o, p).ifPresent(b::review);
    return Optional.of(b.build());
  }

  private static Optional<Integration> integration(SourceObject o, Problems p) {
    o.allowOnly(p, INTEGRATION);
    Integration.Builder b = Integration.builder().id(o.requireString("id", p)).source(o.requireString("source", p)).target(o.requireString("target", p));
    o.optionalString("name", p).ifPresent(b::name);
    o.optionalString("description", p).ifPresent(b::description);
    b.addAllAssetsSent(o.strings("assetsSent", p));
    b.addAllAssetsReceived(o.strings("assetsReceived", p));
    o.optionalString("protocol", p).ifPresent(b::protocol);
    b.transport(o.requireEnum("transport", TransportProtection.class, p).orElse(TransportProtection.NONE));
    b.authentication(o.requireEnum("authentication", IntegrationAuthentication.class, p).orElse(IntegrationAuthentication.NONE));
    o.optionalBoolean("crossesOpenNetwork", p).ifPresent(b::crossesOpenNetwork);
    o.optionalEnum("use", DataUse.class, p).ifPresent(b::use);
    o.optionalObject("clearedFor", p).flatMap(l -> levels(l, p)).ifPresent(b::clearedFor);
    review(o, p).ifPresent(b::review);
    return Optional.of(b.build());
  }

  private static Optional<Dependency> dependency(SourceObject o, Problems p) {
    o.allowOnly(p, DEPENDENCY);
    Dependency.Builder b = Dependency.builder().id(o.requireString("id", p)).consumer(o.requireString("consumer", p)).supplier(o.requireString("supplier", p));
    b.addAllAspects(o.enums("aspects", SecurityAspect.class, p));
    o.optionalString("description", p).ifPresent(b::description);
    review(o, p).ifPresent(b::review);
    return Optional.of(b.build());
  }

  private static Optional<ProcessingActivity> activity(SourceObject o, Problems p) {
    o.allowOnly(p, ACTIVITY);
    ProcessingActivity.Builder b = ProcessingActivity.builder().id(o.requireString("id", p)).name(o.requireString("name", p)).purpose(o.requireString("purpose", p));
    o.optionalString("controller", p).ifPresent(b::controller);
    b.addAllSectors(o.enums("sectors", Sector.class, p));
    o.optionalEnum("use", DataUse.class, p).ifPresent(b::use);
    b.legalBasis(o.requireEnum("legalBasis", LegalBasis.class, p).orElse(LegalBasis.PUBLIC_TASK));
    o.optionalEnum("specialCategoryBasis", SpecialCategoryBasis.class, p).ifPresent(b::specialCategoryBasis);
    o.optionalString("nationalLegalBasis", p).ifPresent(b::nationalLegalBasis);
    b.addAllDataSubjectCategories(o.strings("dataSubjectCategories", p));
    b.addAllAssets(o.strings("assets", p));
    b.addAllSystems(o.strings("systems", p));
    o.optionalObject("consent", p).map(c -> consent(c, p)).ifPresent(b::consent);
    b.addAllRecipients(o.list("recipients", p, n -> recipient(n, p)));
    o.optionalObject("retention", p).flatMap(r -> retention(r, p)).ifPresent(b::retention);
    o.optionalEnum("archiveStatus", ArchiveStatus.class, p).ifPresent(b::archiveStatus);
    o.optionalObject("dsrEndpoint", p).flatMap(d -> dsrEndpoint(d, p)).ifPresent(b::dsrEndpoint);
    o.optionalObject("dpia", p).map(d -> dpia(d, p)).ifPresent(b::dpia);
    review(o, p).ifPresent(b::review);
    return Optional.of(b.build());
  }

  /** A name (a recipient) or {name, kind}. */
  private static Optional<Recipient> recipient(SourceNode node, Problems p) {
    if (node instanceof SourceObject o) {
      o.allowOnly(p, "name", "kind");
      String name = o.requireString("name", p);
      Recipient.Kind kind = o.optionalEnum("kind", Recipient.Kind.class, p).orElse(Recipient.Kind.RECIPIENT);
      return name.isEmpty() ? Optional.empty() : Optional.of(new Recipient(name, kind));
    }
    return SourceObject.asString(node, p).map(Recipient::of);
  }

  private static ConsentRequirement consent(SourceObject o, Problems p) {
    o.allowOnly(p, "requiredBy", "recordedIn");
    ConsentRequirement.Builder b = ConsentRequirement.builder();
    o.optionalString("requiredBy", p).ifPresent(b::requiredBy);
    o.optionalString("recordedIn", p).ifPresent(b::recordedIn);
    return b.build();
  }

  private static DpiaRecord dpia(SourceObject o, Problems p) {
    o.allowOnly(p, "description", "necessityAndProportionality", "risks", "riskIds", "measures", "dpoAdvice", "decision", "priorConsultation");
    DpiaRecord.Builder b = DpiaRecord.builder();
    o.optionalString("description", p).ifPresent(b::description);
    o.optionalString("necessityAndProportionality", p).ifPresent(b::necessityAndProportionality);
    o.optionalString("risks", p).ifPresent(b::risks);
    b.addAllRiskIds(o.strings("riskIds", p));
    o.optionalString("measures", p).ifPresent(b::measures);
    o.optionalObject("dpoAdvice", p).ifPresent(a -> {
      a.allowOnly(p, "on", "advice");
      Optional<LocalDate> on = requireDate(a, "on", p);
      String advice = a.requireString("advice", p);
      on.ifPresent(d -> b.dpoAdvice(new DpiaRecord.DpoAdvice(d, advice)));
    });
    o.optionalObject("decision", p).ifPresent(d -> {
      d.allowOnly(p, "on", "by", "outcome", "reasons");
      Optional<LocalDate> on = requireDate(d, "on", p);
      String by = d.requireString("by", p);
      Optional<DpiaRecord.Outcome> outcome = d.requireEnum("outcome", DpiaRecord.Outcome.class, p);
      String reasons = d.optionalString("reasons", p).orElse("");
      if (on.isPresent() && outcome.isPresent()) {
        b.decision(new DpiaRecord.Decision(on.get(), by, outcome.get(), reasons));
      }
    });
    o.optionalObject("priorConsultation", p).ifPresent(c -> {
      c.allowOnly(p, "on", "reference");
      Optional<LocalDate> on = requireDate(c, "on", p);
      String reference = c.optionalString("reference", p).orElse("");
      on.ifPresent(d -> b.priorConsultation(new DpiaRecord.PriorConsultation(d, reference)));
    });
    return b.build();
  }

  private static Optional<LocalDate> requireDate(SourceObject o, String name, Problems p) {
    if (!o.has(name)) {
      p.add("missing-property", o.location(), "missing required property '" + name + "'", "an ISO date");
    }
    return o.optionalDate(name, p);
  }

  private static Optional<LevelOverride> override(SourceObject o, Problems p) {
    o.allowOnly(p, OVERRIDE);
    LevelOverride.Builder b = LevelOverride.builder().id(o.requireString("id", p))
        .reason(o.requireString("reason", p)).approvedBy(o.requireString("approvedBy", p)).evidence(o.requireString("evidence", p));
    Optional<EntryRef> target = o.get("target").flatMap(n -> entryRef(n, p));
    if (!o.has("target")) {
      p.add("missing-property", o.location(), "missing required property 'target'", "system:<id> or integration:<id>");
    }
    b.target(target.orElse(new EntryRef(EntryKind.SYSTEM, "")));
    b.aspect(o.requireEnum("aspect", SecurityAspect.class, p).orElse(SecurityAspect.CONFIDENTIALITY));
    o.optionalEnum("claim", OverrideClaim.class, p).ifPresent(b::claim);
    Optional<ConsequenceLevel> level = o.get("level").flatMap(n -> level(n, p));
    if (!o.has("level")) {
      p.add("missing-property", o.location(), "missing required property 'level'", "a whole number from 0 to 4");
    }
    b.level(level.orElse(ConsequenceLevel.NONE));
    Optional<LocalDate> approvedOn = o.optionalDate("approvedOn", p);
    if (!o.has("approvedOn")) {
      p.add("missing-property", o.location(), "missing required property 'approvedOn'", "an ISO date");
    }
    b.approvedOn(approvedOn.orElse(LocalDate.EPOCH));
    review(o, p).ifPresent(b::review);
    return Optional.of(b.build());
  }

  private static Optional<EntryRef> entryRef(SourceNode node, Problems p) {
    return SourceObject.asString(node, p).flatMap(text -> {
      int colon = text.indexOf(':');
      String kind = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
      String id = colon < 0 ? "" : text.substring(colon + 1);
      if (id.isEmpty() || !(kind.equals("system") || kind.equals("integration"))) {
        p.add("bad-reference", node.location(), "'" + text + "' is not a reference to a system or integration", "system:<id> or integration:<id>");
        return Optional.empty();
      }
      return Optional.of(new EntryRef(kind.equals("system") ? EntryKind.SYSTEM : EntryKind.INTEGRATION, id));
    });
  }

  private static Optional<AssetClassification> classification(SourceObject o, Problems p) {
    o.allowOnly(p, "profile", "profileVersion", "ratings");
    AssetClassification.Builder b = AssetClassification.builder().profileId(o.requireString("profile", p)).profileVersion(o.requireString("profileVersion", p));
    SourceObject ratings = o.requireObject("ratings", p);
    ratings.allowOnly(p, ASPECTS);
    for (SecurityAspect aspect : SecurityAspect.values()) {
      ratings.optionalObject(aspectName(aspect), p).flatMap(r -> rating(aspect, r, p)).ifPresent(r -> b.putRatings(aspect, r));
    }
    return Optional.of(b.build());
  }

  private static Optional<AspectRating> rating(SecurityAspect aspect, SourceObject o, Problems p) {
    o.allowOnly(p, "level", "justification", "origin", "assessedBy", "assessedOn");
    AspectRating.Builder b = AspectRating.builder().aspect(aspect).justification(o.requireString("justification", p));
    Optional<ConsequenceLevel> level = o.get("level").flatMap(n -> level(n, p));
    if (!o.has("level")) {
      p.add("missing-property", o.location(), "missing required property 'level'", "a whole number from 0 to 4");
    }
    level.ifPresent(b::level);
    o.optionalEnum("origin", RatingOrigin.class, p).ifPresent(b::origin);
    o.optionalString("assessedBy", p).ifPresent(b::assessedBy);
    o.optionalDate("assessedOn", p).ifPresent(b::assessedOn);
    return level.map(l -> b.build());
  }

  private static Optional<Levels> levels(SourceObject o, Problems p) {
    o.allowOnly(p, ASPECTS);
    Levels levels = Levels.none();
    for (SecurityAspect aspect : SecurityAspect.values()) {
      Optional<ConsequenceLevel> level = o.get(aspectName(aspect)).flatMap(n -> level(n, p));
      if (level.isPresent()) {
        levels = levels.with(aspect, level.get());
      }
    }
    return Optional.of(levels);
  }

  private static Optional<ConsequenceLevel> level(SourceNode node, Problems p) {
    return SourceObject.asLong(node, 0, 4, p).map(l -> ConsequenceLevel.ofOrdinal(l.intValue()));
  }

  private static Optional<Review> review(SourceObject entry, Problems p) {
    return entry.optionalObject("review", p).flatMap(o -> {
      o.allowOnly(p, "reviewedOn", "interval");
      Optional<LocalDate> on = o.optionalDate("reviewedOn", p);
      Optional<Period> interval = o.get("interval").flatMap(n -> period(n, p));
      if (on.isEmpty() && !o.has("reviewedOn")) {
        p.add("missing-property", o.location(), "missing required property 'reviewedOn'", "an ISO date");
      }
      if (interval.isEmpty() && !o.has("interval")) {
        p.add("missing-property", o.location(), "missing required property 'interval'", "an ISO period such as P1Y or P6M");
      }
      return on.isPresent() && interval.isPresent() ? Optional.of(Review.of(on.get(), interval.get())) : Optional.empty();
    });
  }

  private static Optional<Period> period(SourceNode node, Problems p) {
    return SourceObject.asString(node, p).flatMap(text -> {
      try {
        Period period = PERIODS.parse(text);
        if (period.isNegative() || period.isZero()) {
          p.add("out-of-range", node.location(), "period '" + text + "' is not positive", "a positive ISO period such as P1Y");
          return Optional.empty();
        }
        return Optional.of(period);
      } catch (DateTimeParseException e) {
        p.add("bad-period", node.location(), "'" + text + "' is not a period", "an ISO period such as P1Y or P6M");
        return Optional.empty();
      }
    });
  }

  private static Optional<Duration> duration(SourceNode node, Problems p) {
    return SourceObject.asString(node, p).flatMap(text -> {
      try {
        Duration d = DURATIONS.parse(text);
        if (d.isNegative()) {
          p.add("out-of-range", node.location(), "duration '" + text + "' is negative", "a duration such as PT4H");
          return Optional.empty();
        }
        return Optional.of(d);
      } catch (DateTimeParseException e) {
        p.add("bad-duration", node.location(), "'" + text + "' is not a duration", "an ISO duration such as PT4H or P1D");
        return Optional.empty();
      }
    });
  }

  private static Optional<RecoveryObjectives> recovery(SourceObject o, Problems p) {
    o.allowOnly(p, "maxDowntime", "maxDataLoss");
    RecoveryObjectives.Builder b = RecoveryObjectives.builder();
    o.get("maxDowntime").flatMap(n -> duration(n, p)).ifPresent(b::maxDowntime);
    o.get("maxDataLoss").flatMap(n -> duration(n, p)).ifPresent(b::maxDataLoss);
    return Optional.of(b.build());
  }

  private static Optional<DsrEndpoint> dsrEndpoint(SourceObject o, Problems p) {
    o.allowOnly(p, "channel", "address");
    Optional<DsrChannel> channel = o.requireEnum("channel", DsrChannel.class, p);
    String address = o.requireString("address", p);
    return channel.map(c -> DsrEndpoint.of(c, address));
  }

  private static Optional<Retention> retention(SourceObject o, Problems p) {
    o.allowOnly(p, "rule", "period", "keptIn");
    Retention.Builder b = Retention.builder().rule(o.requireString("rule", p));
    o.get("period").flatMap(n -> period(n, p)).ifPresent(b::period);
    b.addAllKeptIn(o.strings("keptIn", p));
    return Optional.of(b.build());
  }

  private static String aspectName(SecurityAspect aspect) {
    return WireNames.of(aspect);
  }

  // ================================================================ writing

  /** The canonical tree of a register, ready for {@code TreeWriter}. */
  static Map<String, Object> write(Register r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", Register.FORMAT);
    r.name().ifPresent(n -> out.put("name", n));
    r.organisation().ifPresent(o -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", o.name());
      if (o.kind() != OrganisationKind.PUBLIC_AUTHORITY) {
        m.put("kind", WireNames.of(o.kind()));
      }
      o.organisationNumber().ifPresent(v -> m.put("organisationNumber", v));
      m.put("jurisdiction", WireNames.of(o.jurisdiction()));
      o.contact().ifPresent(v -> m.put("contact", v));
      o.dpoContact().ifPresent(v -> m.put("dpoContact", v));
      if (!o.units().isEmpty()) {
        List<Object> units = new ArrayList<>();
        for (OrganisationUnit u : o.units()) {
          Map<String, Object> um = new LinkedHashMap<>();
          um.put("id", u.id());
          um.put("name", u.name());
          u.contact().ifPresent(v -> um.put("contact", v));
          u.dpoContact().ifPresent(v -> um.put("dpoContact", v));
          units.add(um);
        }
        m.put("units", units);
      }
      out.put("organisation", m);
    });
    section(out, "assets", r.assets(), RegisterCodec::writeAsset);
    section(out, "systems", r.systems(), RegisterCodec::writeSystem);
    section(out, "vendors", r.vendors(), RegisterCodec::writeVendor);
    section(out, "integrations", r.integrations(), RegisterCodec::writeIntegration);
    section(out, "dependencies", r.dependencies(), RegisterCodec::writeDependency);
    section(out, "activities", r.activities(), RegisterCodec::writeActivity);
    section(out, "overrides", r.overrides(), RegisterCodec::writeOverride);
    return out;
  }

  private static <T> void section(Map<String, Object> out, String name, List<T> entries, Function<T, Map<String, Object>> writer) {
    if (!entries.isEmpty()) {
      List<Object> list = new ArrayList<>();
      entries.forEach(e -> list.add(writer.apply(e)));
      out.put(name, list);
    }
  }

  private static Map<String, Object> writeAsset(InformationAsset a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    a.description().ifPresent(v -> m.put("description", v));
    a.owner().ifPresent(v -> m.put("owner", v));
    flag(m, "personalData", a.personalData());
    flag(m, "specialCategory", a.specialCategory());
    flag(m, "criminalData", a.criminalData());
    flag(m, "nationalIdentityNumbers", a.nationalIdentityNumbers());
    flag(m, "children", a.children());
    a.volume().ifPresent(v -> m.put("volume", WireNames.of(v)));
    list(m, "dataSubjectCategories", a.dataSubjectCategories());
    list(m, "identifierTypes", a.identifierTypes());
    list(m, "dataCategories", a.dataCategories());
    a.classification().ifPresent(c -> {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("profile", c.profileId());
      cm.put("profileVersion", c.profileVersion());
      Map<String, Object> ratings = new LinkedHashMap<>();
      for (SecurityAspect aspect : SecurityAspect.values()) {
        AspectRating rating = c.ratings().get(aspect);
        if (rating != null) {
          Map<String, Object> rm = new LinkedHashMap<>();
          rm.put("level", rating.level().ordinal());
          rm.put("justification", rating.justification());
          if (rating.origin() != RatingOrigin.ASSESSED) {
            rm.put("origin", WireNames.of(rating.origin()));
          }
          rating.assessedBy().ifPresent(v -> rm.put("assessedBy", v));
          rating.assessedOn().ifPresent(v -> rm.put("assessedOn", v.toString()));
          ratings.put(aspectName(aspect), rm);
        }
      }
      cm.put("ratings", ratings);
      m.put("classification", cm);
    });
    writeReview(m, a.review());
    return m;
  }

  private static Map<String, Object> writeSystem(InformationSystem s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", s.name());
    s.description().ifPresent(v -> m.put("description", v));
    if (s.systemKind() != SystemKind.APPLICATION) {
      m.put("systemKind", WireNames.of(s.systemKind()));
    }
    s.owner().ifPresent(v -> m.put("owner", v));
    s.vendor().ifPresent(v -> m.put("vendor", v));
    s.hostedOn().ifPresent(v -> m.put("hostedOn", v));
    list(m, "components", s.components());
    flag(m, "internetExposed", s.internetExposed());
    list(m, "dataLocations", s.dataLocations());
    s.assessed().ifPresent(l -> m.put("assessed", writeLevels(l)));
    s.clearedFor().ifPresent(l -> m.put("clearedFor", writeLevels(l)));
    s.authentication().ifPresent(v -> m.put("authentication", WireNames.of(v)));
    list(m, "assetsStored", s.assetsStored());
    list(m, "assetsProcessed", s.assetsProcessed());
    enums(m, "features", s.features());
    s.recoveryObjectives().ifPresent(v -> m.put("recoveryObjectives", writeRecovery(v)));
    s.recoveryCapability().ifPresent(v -> m.put("recoveryCapability", writeRecovery(v)));
    s.dsrEndpoint().ifPresent(v -> m.put("dsrEndpoint", writeEndpoint(v)));
    writeReview(m, s.review());
    return m;
  }

  private static Map<String, Object> writeVendor(Vendor v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", v.id());
    m.put("name", v.name());
    m.put("country", v.country());
    m.put("role", WireNames.of(v.role()));
    v.processorOf().ifPresent(x -> m.put("processorOf", x));
    v.agreementDate().ifPresent(x -> m.put("agreementDate", x.toString()));
    enums(m, "safeguards", v.safeguards());
    v.safeguardEvidence().ifPresent(x -> m.put("safeguardEvidence", x));
    v.contact().ifPresent(x -> m.put("contact", x));
    v.dpoContact().ifPresent(x -> m.put("dpoContact", x));
    v.euRepresentative().ifPresent(x -> m.put("euRepresentative", x));
    writeReview(m, v.review());
    return m;
  }

  private static Map<String, Object> writeIntegration(Integration i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    i.name().ifPresent(x -> m.put("name", x));
    i.description().ifPresent(x -> m.put("description", x));
    m.put("source", i.source());
    m.put("target", i.target());
    list(m, "assetsSent", i.assetsSent());
    list(m, "assetsReceived", i.assetsReceived());
    i.protocol().ifPresent(x -> m.put("protocol", x));
    m.put("transport", WireNames.of(i.transport()));
    m.put("authentication", WireNames.of(i.authentication()));
    flag(m, "crossesOpenNetwork", i.crossesOpenNetwork());
    i.use().ifPresent(u -> m.put("use", WireNames.of(u)));
    i.clearedFor().ifPresent(l -> m.put("clearedFor", writeLevels(l)));
    writeReview(m, i.review());
    return m;
  }

  private static Map<String, Object> writeDependency(Dependency d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", d.id());
    m.put("consumer", d.consumer());
    m.put("supplier", d.supplier());
    List<Object> aspects = new ArrayList<>();
    for (SecurityAspect a : SecurityAspect.values()) {
      if (d.aspects().contains(a)) {
        aspects.add(WireNames.of(a));
      }
    }
    m.put("aspects", aspects);
    d.description().ifPresent(x -> m.put("description", x));
    writeReview(m, d.review());
    return m;
  }

  private static Map<String, Object> writeActivity(ProcessingActivity a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    a.controller().ifPresent(x -> m.put("controller", x));
    if (!a.sectors().isEmpty()) {
      m.put("sectors", a.sectors().stream().map(WireNames::of).toList());
    }
    m.put("purpose", a.purpose());
    a.use().ifPresent(u -> m.put("use", WireNames.of(u)));
    m.put("legalBasis", WireNames.of(a.legalBasis()));
    a.specialCategoryBasis().ifPresent(x -> m.put("specialCategoryBasis", WireNames.of(x)));
    a.nationalLegalBasis().ifPresent(x -> m.put("nationalLegalBasis", x));
    a.consent().ifPresent(c -> {
      Map<String, Object> cm = new LinkedHashMap<>();
      c.requiredBy().ifPresent(v -> cm.put("requiredBy", v));
      c.recordedIn().ifPresent(v -> cm.put("recordedIn", v));
      m.put("consent", cm);
    });
    list(m, "dataSubjectCategories", a.dataSubjectCategories());
    list(m, "assets", a.assets());
    list(m, "systems", a.systems());
    if (!a.recipients().isEmpty()) {
      m.put("recipients", a.recipients().stream().map(r -> r.isRecipient() ? (Object) r.name()
          : Map.of("name", r.name(), "kind", WireNames.of(r.kind()))).toList());
    }
    a.retention().ifPresent(r -> {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("rule", r.rule());
      r.period().ifPresent(x -> rm.put("period", x.toString()));
      list(rm, "keptIn", r.keptIn());
      m.put("retention", rm);
    });
    if (a.archiveStatus() != ArchiveStatus.NOT_PUBLIC_RECORDS) {
      m.put("archiveStatus", WireNames.of(a.archiveStatus()));
    }
    a.dsrEndpoint().ifPresent(v -> m.put("dsrEndpoint", writeEndpoint(v)));
    a.dpia().ifPresent(d -> m.put("dpia", writeDpia(d)));
    writeReview(m, a.review());
    return m;
  }

  private static Map<String, Object> writeDpia(DpiaRecord d) {
    Map<String, Object> m = new LinkedHashMap<>();
    d.description().ifPresent(v -> m.put("description", v));
    d.necessityAndProportionality().ifPresent(v -> m.put("necessityAndProportionality", v));
    d.risks().ifPresent(v -> m.put("risks", v));
    list(m, "riskIds", d.riskIds());
    d.measures().ifPresent(v -> m.put("measures", v));
    d.dpoAdvice().ifPresent(a -> {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("on", a.on().toString());
      am.put("advice", a.advice());
      m.put("dpoAdvice", am);
    });
    d.decision().ifPresent(x -> {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("on", x.on().toString());
      dm.put("by", x.decidedBy());
      dm.put("outcome", WireNames.of(x.outcome()));
      if (!x.reasons().isEmpty()) {
        dm.put("reasons", x.reasons());
      }
      m.put("decision", dm);
    });
    d.priorConsultation().ifPresent(c -> {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("on", c.on().toString());
      if (!c.reference().isEmpty()) {
        cm.put("reference", c.reference());
      }
      m.put("priorConsultation", cm);
    });
    return m;
  }

  private static Map<String, Object> writeOverride(LevelOverride o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.id());
    m.put("target", o.target().toString());
    m.put("aspect", WireNames.of(o.aspect()));
    m.put("level", o.level().ordinal());
    o.claim().ifPresent(c -> m.put("claim", WireNames.of(c)));
    m.put("reason", o.reason());
    m.put("approvedBy", o.approvedBy());
    m.put("approvedOn", o.approvedOn().toString());
    m.put("evidence", o.evidence());
    writeReview(m, o.review());
    return m;
  }

  private static Map<String, Object> writeLevels(Levels levels) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (SecurityAspect aspect : SecurityAspect.values()) {
      m.put(aspectName(aspect), levels.get(aspect).ordinal());
    }
    return m;
  }

  private static Map<String, Object> writeRecovery(RecoveryObjectives r) {
    Map<String, Object> m = new LinkedHashMap<>();
    r.maxDowntime().ifPresent(d -> m.put("maxDowntime", d.toString()));
    r.maxDataLoss().ifPresent(d -> m.put("maxDataLoss", d.toString()));
    return m;
  }

  private static Map<String, Object> writeEndpoint(DsrEndpoint e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("channel", WireNames.of(e.channel()));
    m.put("address", e.address());
    return m;
  }

  private static void writeReview(Map<String, Object> m, Optional<Review> review) {
    review.ifPresent(r -> {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("reviewedOn", r.reviewedOn().toString());
      rm.put("interval", r.interval().toString());
      m.put("review", rm);
    });
  }

  private static void flag(Map<String, Object> m, String name, boolean value) {
    if (value) {
      m.put(name, true);
    }
  }

  private static void list(Map<String, Object> m, String name, List<String> values) {
    if (!values.isEmpty()) {
      m.put(name, List.copyOf(values));
    }
  }

  private static void enums(Map<String, Object> m, String name, List<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      List<Object> names = new ArrayList<>();
      values.forEach(v -> names.add(WireNames.of(v)));
      m.put(name, names);
    }
  }
}
