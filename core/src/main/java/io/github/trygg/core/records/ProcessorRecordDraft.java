package io.github.trygg.core.records;

import static io.github.trygg.core.records.Records.localized;
import static io.github.trygg.core.records.Records.localizedList;
import static io.github.trygg.core.records.Records.missing;
import static io.github.trygg.core.records.Records.refs;
import static io.github.trygg.core.records.Records.same;
import static io.github.trygg.core.records.Records.t;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.core.register.Countries;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SystemKind;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the Art. 30(2) record of one processor or sub-processor from the registers of the
 * controllers it works for: a section on the processor, then one section per controller.
 *
 * <p>What the processor does for a controller is read from that controller's register: the systems
 * the vendor delivers or operates ({@code systems[].vendor}), the systems hosted on them
 * ({@code hostedOn}, at any depth — a hosting sub-processor processes what runs on its platform), and
 * the activities that use any of those systems. A sub-processor with no system of its own in the
 * register is shown with the operations of the processor that engaged it, marked as such, and the
 * part it actually performs is listed as missing.
 */
final class ProcessorRecordDraft {
  /** The article text is quoted in the secondary source the research cites. */
  static final LegalReference ART_30_2 = LegalReference.of("GDPR Art. 30(2)", CitationKind.STATUTE, VerificationStatus.SECONDARY,
      "https://cippe.thesmios.com/topics/documentation-and-records-of-processing-article-30/");

  private static final String REF_A = "Art. 30(2)(a)";
  private static final String REF_B = "Art. 30(2)(b)";
  private static final String REF_C = "Art. 30(2)(c)";
  private static final String REF_D = "Art. 30(2)(d), Art. 32(1)";

  /** One controller's register, its position among the registers given, and the vendor as it records it. */
  record Engagement(Register register, int position, Vendor vendor) {}

  private final List<Engagement> engagements;
  private final Vendor vendor;
  private final boolean sub;

  ProcessorRecordDraft(List<Engagement> engagements) {
    this.engagements = List.copyOf(engagements);
    this.vendor = engagements.get(0).vendor();
    this.sub = engagements.stream().anyMatch(e -> e.vendor().role() == VendorRole.SUB_PROCESSOR);
  }

  DraftDocument build(LocalDate on) {
    String name = vendor.name();
    DraftDocument.Builder doc = DraftDocument.builder()
        .documentKind(DraftDocument.Kind.PROCESSOR_RECORD)
        .subject(vendor.id())
        .title(sub
            ? t("Underbiträdets register över behandlingar – " + name, "Underdatabehandlerens protokoll over behandlingsaktiviteter – " + name,
                "Sub-processor's record of processing activities – " + name)
            : t("Personuppgiftsbiträdets register över behandlingar – " + name, "Databehandlerens protokoll over behandlingsaktiviteter – " + name,
                "Processor's record of processing activities – " + name))
        .generatedOn(on)
        .addSections(processorSection());
    Set<String> ids = new HashSet<>();
    for (Engagement e : engagements) {
      String id = e.register().organisation().map(Organisation::name).or(e.register()::name).orElse("controller-" + e.position());
      String unique = id;
      for (int k = 2; !ids.add(unique); k++) {
        unique = id + "-" + k;
      }
      doc.addSections(new ControllerSection(e, unique).build());
    }
    return doc.build();
  }

  // ---------------------------------------------------------------- the processor, Art. 30(2)(a)

  private DraftSection processorSection() {
    DraftSection.Builder s = DraftSection.builder().id("processor")
        .title(sub ? t("Underbiträde", "Underdatabehandler", "Sub-processor") : t("Personuppgiftsbiträde", "Databehandler", "Processor"))
        .reference(ART_30_2);
    List<EntryRef> source = List.of(vendor.ref());
    // Registers of different controllers may spell the vendor differently; show every version.
    s.addItems(localized("processor", t("Namn", "Navn", "Name"), REF_A, distinct(Vendor::name), source));
    List<LocalizedText> contacts = distinct(v -> v.contact().orElse(""));
    s.addItems(localizedList("contact", t("Kontaktuppgifter", "Kontaktinformasjon", "Contact details"), REF_A, contacts, source,
        t("leverantörens funktionsadress (vendors[].contact)", "leverandørens funksjonsadresse (vendors[].contact)", "the vendor's functional contact (vendors[].contact)")));
    List<String> outside = engagements.stream().map(e -> e.vendor().country()).filter(c -> !Countries.isEuEea(c)).distinct().toList();
    LocalizedText representative = t("Företrädare i unionen", "Representant i unionen", "Representative in the Union");
    if (outside.isEmpty()) {
      String countries = engagements.stream().map(e -> e.vendor().country()).distinct().collect(Collectors.joining(", "));
      s.addItems(localized("representative", representative, REF_A + ", Art. 27",
          List.of(t("Ej tillämpligt – etablerad inom EU/EES (" + countries + ")", "Ikke aktuelt – etablert i EU/EØS (" + countries + ")",
              "Not applicable – established in the EU/EEA (" + countries + ")")), source));
    } else {
      String countries = String.join(", ", outside);
      s.addItems(localizedList("representative", representative, REF_A + ", Art. 27", distinct(v -> v.euRepresentative().orElse("")), source,
          t("om art. 27 gäller för " + vendor.name() + " (etablerad i " + countries + ") och i så fall företrädaren (vendors[].euRepresentative)",
              "om art. 27 gjelder for " + vendor.name() + " (etablert i " + countries + ") og i så fall representanten (vendors[].euRepresentative)",
              "whether Art. 27 applies to " + vendor.name() + " (established in " + countries + ") and, if so, its representative (vendors[].euRepresentative)")));
    }
    s.addItems(localizedList("dpo", t("Dataskyddsombud", "Personvernombud", "Data protection officer"), REF_A + ", Art. 37",
        distinct(v -> v.dpoContact().orElse("")), source,
        t("biträdets dataskyddsombud, eller att inget ombud är utsett (vendors[].dpoContact)",
            "databehandlerens personvernombud, eller at det ikke er utpekt noe (vendors[].dpoContact)",
            "the processor's data protection officer, or that none is designated (vendors[].dpoContact)")));
    return s.build();
  }

  private List<LocalizedText> distinct(java.util.function.Function<Vendor, String> field) {
    return engagements.stream().map(e -> field.apply(e.vendor())).filter(x -> !x.isEmpty()).distinct().map(Records::same).toList();
  }

  // ---------------------------------------------------------------- one controller, Art. 30(2)(a)–(d)

  private static final class ControllerSection {
    private final Register register;
    private final Vendor vendor;
    private final String id;
    private final List<InformationSystem> systems;
    /** The engaging processor when a sub-processor has no system of its own in this register. */
    private final Optional<Vendor> through;
    private final Set<String> scope;
    private final List<ProcessingActivity> activities;

    ControllerSection(Engagement e, String id) {
      this.register = e.register();
      this.vendor = e.vendor();
      this.id = id;
      List<InformationSystem> own = systemsOf(vendor.id());
      Optional<Vendor> engagedBy = vendor.processorOf().flatMap(register::vendor);
      if (own.isEmpty() && vendor.role() == VendorRole.SUB_PROCESSOR && engagedBy.isPresent()) {
        this.systems = systemsOf(engagedBy.get().id());
        this.through = engagedBy;
      } else {
        this.systems = own;
        this.through = Optional.empty();
      }
      this.scope = systems.stream().map(InformationSystem::id).collect(Collectors.toSet());
      this.activities = Records.activitiesUsing(register, scope);
    }

    DraftSection build() {
      String name = register.organisation().map(Organisation::name).orElse(id);
      DraftSection.Builder s = DraftSection.builder().id(id)
          .title(t("Personuppgiftsansvarig: " + name, "Behandlingsansvarlig: " + name, "Controller: " + name))
          .reference(ART_30_2);
      controller(s);
      if (vendor.role() == VendorRole.SUB_PROCESSOR) {
        s.addItems(engagedBy());
      }
      processing(s);
      s.addItems(Records.transferItem("transfers", parties(), systems, REF_C));
      s.addItems(locations());
      s.addItems(localizedList("measures", t("Tekniska säkerhetsåtgärder", "Tekniske sikkerhetstiltak", "Technical security measures"), REF_D,
          Records.measures(register, systems, true), refs(systems),
          t("systemens skyddsnivå, autentisering och skydd av flöden (clearedFor, authentication, transport)",
              "systemenes beskyttelsesnivå, autentisering og beskyttelse av flyter (clearedFor, authentication, transport)",
              "the systems' clearance, authentication and flow protection (clearedFor, authentication, transport)")));
      s.addItems(missing("organisational", t("Organisatoriska säkerhetsåtgärder", "Organisatoriske sikkerhetstiltak", "Organisational security measures"),
          REF_D + ", Art. 32(4)",
          t("tystnadsplikt, behörighetsstyrning, utbildning och regelbunden prövning av åtgärderna – registret beskriver bara systemens förmåga",
              "taushetsplikt, tilgangsstyring, opplæring og jevnlig testing av tiltakene – registeret beskriver bare systemenes evne",
              "confidentiality undertakings, access management, training and regular testing of the measures — the register describes only the systems' capabilities")));
      return s.build();
    }

    private void controller(DraftSection.Builder s) {
      Optional<Organisation> org = register.organisation();
      // The controller is whoever the processing belongs to: a committee (nämnd) where the
      // activities name one, else the organisation.
      java.util.Map<String, io.github.trygg.core.register.OrganisationUnit> units = new java.util.LinkedHashMap<>();
      activities.forEach(a -> register.controllerOf(a).filter(u -> !u.id().isEmpty()).ifPresent(u -> units.putIfAbsent(u.id(), u)));
      Optional<String> name = units.isEmpty() ? org.map(Organisation::name)
          : Optional.of(units.values().stream().map(u -> u.name() + org.map(o -> " (" + o.name() + ")").orElse("")).collect(Collectors.joining("; ")));
      List<String> unitContacts = units.values().stream().map(u -> u.contact()).flatMap(Optional::stream).toList();
      Optional<String> contact = unitContacts.isEmpty() ? org.flatMap(Organisation::contact) : Optional.of(String.join("; ", unitContacts));
      s.addItems(
          Records.value("controller", t("Personuppgiftsansvarig", "Behandlingsansvarlig", "Controller"), REF_A, name,
              t("organisationens namn (organisation.name)", "virksomhetens navn (organisation.name)", "the organisation's name (organisation.name)")),
          Records.value("controller-contact", t("Den ansvariges kontaktuppgifter", "Den ansvarliges kontaktinformasjon", "Controller's contact details"), REF_A,
              contact,
              t("en funktionsadress (organisation.contact)", "en funksjonsadresse (organisation.contact)", "a functional contact (organisation.contact)")),
          Records.value("controller-dpo", t("Den ansvariges dataskyddsombud", "Den ansvarliges personvernombud", "Controller's data protection officer"), REF_A,
              org.flatMap(Organisation::dpoContact),
              t("kontakt till dataskyddsombudet (organisation.dpoContact)", "kontakt til personvernombudet (organisation.dpoContact)",
                  "how to reach the DPO (organisation.dpoContact)")));
      // A register's organisation is Swedish or Norwegian, so established in the EU/EEA: Art. 27 does not apply to it.
      org.ifPresent(o -> s.addItems(localized("controller-representative", t("Den ansvariges företrädare", "Den ansvarliges representant", "Controller's representative"),
          REF_A + ", Art. 27", List.of(t("Ej tillämpligt – etablerad inom EU/EES (" + o.jurisdiction().countryCode() + ")",
              "Ikke aktuelt – etablert i EU/EØS (" + o.jurisdiction().countryCode() + ")",
              "Not applicable – established in the EU/EEA (" + o.jurisdiction().countryCode() + ")")), List.of())));
    }

    /** {@return the chain of processors through which a sub-processor acts for the controller} */
    private DraftItem engagedBy() {
      LocalizedText label = t("Anlitad av", "Engasjert av", "Engaged by");
      String reference = REF_A + ", Art. 28(4)";
      List<LocalizedText> lines = new ArrayList<>();
      List<EntryRef> sources = new ArrayList<>();
      sources.add(vendor.ref());
      Set<String> seen = new HashSet<>(Set.of(vendor.id()));
      Optional<Vendor> next = vendor.processorOf().flatMap(register::vendor);
      while (next.isPresent() && seen.add(next.get().id())) {
        Vendor p = next.get();
        String contact = p.contact().map(c -> ", " + c).orElse("");
        LocalizedText role = p.role().label();
        lines.add(t(p.name() + " (" + role.sv() + ", " + p.country() + contact + ")", p.name() + " (" + role.nb() + ", " + p.country() + contact + ")",
            p.name() + " (" + role.en() + ", " + p.country() + contact + ")"));
        sources.add(p.ref());
        next = p.role() == VendorRole.SUB_PROCESSOR ? p.processorOf().flatMap(register::vendor) : Optional.empty();
      }
      if (lines.isEmpty()) {
        return missing("engaged-by", label, reference, t("biträdet som anlitat underbiträdet (processorOf)", "databehandleren som har engasjert underdatabehandleren (processorOf)",
            "the processor that engaged the sub-processor (processorOf)"));
      }
      vendor.agreementDate().ifPresent(d -> lines.add(t("Avtal om underbiträde: " + d, "Underdatabehandleravtale: " + d, "Sub-processing agreement: " + d)));
      return localized("engaged-by", label, reference, lines, sources);
    }

    // ---------------------------------------------------------------- Art. 30(2)(b)

    private void processing(DraftSection.Builder s) {
      List<LocalizedText> lines = new ArrayList<>();
      List<EntryRef> sources = new ArrayList<>();
      Map<String, List<String>> hosted = new HashMap<>();
      systems.forEach(x -> x.hostedOn().ifPresent(h -> hosted.computeIfAbsent(h, k -> new ArrayList<>()).add(x.name())));
      for (ProcessingActivity a : activities) {
        Set<String> used = usedBy(a);
        List<LocalizedText> parts = new ArrayList<>();
        for (InformationSystem system : systems) {
          if (used.contains(system.id())) {
            parts.add(operations(system, hosted.getOrDefault(system.id(), List.of())));
            sources.add(system.ref());
          }
        }
        String prefixSv = through.map(p -> "Genom " + p.name() + ": ").orElse("");
        String prefixNb = through.map(p -> "Gjennom " + p.name() + ": ").orElse("");
        String prefixEn = through.map(p -> "Through " + p.name() + ": ").orElse("");
        lines.add(t(prefixSv + a.name() + " (" + a.purpose() + ") – " + join(parts, LocalizedText::sv),
            prefixNb + a.name() + " (" + a.purpose() + ") – " + join(parts, LocalizedText::nb),
            prefixEn + a.name() + " (" + a.purpose() + ") – " + join(parts, LocalizedText::en)));
        sources.add(a.ref());
      }
      s.addItems(localizedList("processing", t("Kategorier av behandling", "Kategorier av behandling", "Categories of processing"), REF_B, lines,
          List.copyOf(new LinkedHashSet<>(sources)),
          t("behandlingar som använder leverantörens system (systems[].vendor, activities[].systems)",
              "behandlinger som bruker leverandørens systemer (systems[].vendor, activities[].systems)",
              "processing activities that use the vendor's systems (systems[].vendor, activities[].systems)")));
      through.ifPresent(p -> s.addItems(missing("own-operations", t("Underbiträdets del av behandlingen", "Underdatabehandlerens del av behandlingen",
              "The sub-processor's part of the processing"), REF_B,
          t("vilka av behandlingarna hos " + p.name() + " som " + vendor.name() + " utför: ett system med leverantören " + vendor.id()
                  + " (systems[].vendor) eller som körs på dess plattform (hostedOn)",
              "hvilke av behandlingene til " + p.name() + " som " + vendor.name() + " utfører: et system med leverandøren " + vendor.id()
                  + " (systems[].vendor) eller som kjører på dets plattform (hostedOn)",
              "which of " + p.name() + "'s operations " + vendor.name() + " performs: a system with vendor: " + vendor.id() + " or one hosted on its platform (hostedOn)"))));
      List<InformationAsset> assets = Records.assetsReaching(register, systems);
      s.addItems(Records.localizedList("data", t("Kategorier av personuppgifter", "Kategorier av personopplysninger", "Categories of personal data"), REF_B,
          Records.dataCategories(assets), refs(assets),
          t("tillgångar med kategorier av personuppgifter i leverantörens system (assets, dataCategories)",
              "informasjonsressurser med kategorier i leverandørens systemer (assets, dataCategories)",
              "assets with their data categories in the vendor's systems (assets, dataCategories)")));
      Set<String> subjects = new LinkedHashSet<>();
      assets.stream().filter(InformationAsset::personalData).forEach(x -> subjects.addAll(x.dataSubjectCategories()));
      s.addItems(Records.localizedList("subjects", t("Kategorier av registrerade", "Kategorier av registrerte", "Categories of data subjects"), REF_B,
          Records.subjectCategories(subjects), refs(assets),
          t("kategorier av registrerade för tillgångarna (assets[].dataSubjectCategories)", "kategorier av registrerte for informasjonsressursene (assets[].dataSubjectCategories)",
              "data-subject categories of the assets (assets[].dataSubjectCategories)")));
    }

    /** Ids of the vendor's systems the activity uses, itself or through a system hosted on them. */
    private Set<String> usedBy(ProcessingActivity a) {
      Set<String> used = new HashSet<>();
      for (String id : a.systems()) {
        if (scope.contains(id)) {
          register.system(id).map(this::hostChain).orElse(List.of()).stream().filter(scope::contains).forEach(used::add);
        }
      }
      return used;
    }

    private LocalizedText operations(InformationSystem system, List<String> hosted) {
      List<String> stored = names(system.assetsStored());
      List<String> processed = names(system.assetsProcessed());
      return t(system.name() + ops(stored, "lagrar ", processed, "behandlar ", hosted, "driftar "),
          system.name() + ops(stored, "lagrer ", processed, "behandler ", hosted, "drifter "),
          system.name() + ops(stored, "stores ", processed, "processes ", hosted, "hosts "));
    }

    private static String ops(List<String> stored, String store, List<String> processed, String process, List<String> hosted, String host) {
      List<String> parts = new ArrayList<>();
      if (!stored.isEmpty()) {
        parts.add(store + String.join(", ", stored));
      }
      if (!processed.isEmpty()) {
        parts.add(process + String.join(", ", processed));
      }
      if (!hosted.isEmpty()) {
        parts.add(host + String.join(", ", hosted));
      }
      return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private List<String> names(List<String> assetIds) {
      return assetIds.stream().map(register::asset).flatMap(Optional::stream).map(InformationAsset::name).toList();
    }

    private static String join(List<LocalizedText> parts, java.util.function.Function<LocalizedText, String> in) {
      return parts.stream().map(in).collect(Collectors.joining("; "));
    }

    // ---------------------------------------------------------------- Art. 30(2)(c)

    /** {@return the vendor and every sub-processor below it, wherever the chain leaves the EU/EEA} */
    private List<Vendor> parties() {
      List<Vendor> parties = new ArrayList<>();
      parties.add(vendor);
      parties.addAll(Records.subProcessorsOf(register, vendor.id()));
      return parties;
    }

    private DraftItem locations() {
      LocalizedText label = t("Plats för behandlingen", "Sted for behandlingen", "Where the processing takes place");
      List<LocalizedText> lines = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      for (InformationSystem system : systems) {
        List<String> where = locationsOf(system);
        if (!where.isEmpty()) {
          lines.add(same(system.name() + ": " + String.join(", ", where)));
        } else if (system.systemKind() != SystemKind.DEVICE) {
          // A device sits with the data subject; where its data are kept is where it sends them.
          unknown.add(system.name());
        }
      }
      if (!unknown.isEmpty()) {
        String names = String.join(", ", unknown);
        return missing("locations", label, REF_C, t("länder där data lagras eller behandlas för " + names + " (dataLocations, själv eller på plattformen)",
            "land der data lagres eller behandles for " + names + " (dataLocations, selv eller på plattformen)",
            "the countries where data are kept or processed for " + names + " (dataLocations, its own or its platform's)"));
      }
      return localized("locations", label, REF_C, lines, refs(systems));
    }

    /** A system's own locations, or those of the platform it runs on. */
    private List<String> locationsOf(InformationSystem system) {
      for (String id : hostChain(system)) {
        List<String> where = register.system(id).map(InformationSystem::dataLocations).orElse(List.of());
        if (!where.isEmpty()) {
          return where;
        }
      }
      return List.of();
    }

    /** The system and the platforms below it, nearest first; hosting cycles are reported by validation, not followed. */
    private List<String> hostChain(InformationSystem system) {
      List<String> chain = new ArrayList<>();
      Optional<InformationSystem> current = Optional.of(system);
      while (current.isPresent() && !chain.contains(current.get().id())) {
        chain.add(current.get().id());
        current = current.get().hostedOn().flatMap(register::system);
      }
      return chain;
    }

    // ---------------------------------------------------------------- scope

    /** The vendor's systems and, at any depth, the systems hosted on them. */
    private List<InformationSystem> systemsOf(String vendorId) {
      Set<String> ids = new LinkedHashSet<>();
      register.systems().stream().filter(x -> x.vendor().map(vendorId::equals).orElse(false)).forEach(x -> ids.add(x.id()));
      boolean grew = !ids.isEmpty();
      while (grew) {
        grew = false;
        for (InformationSystem x : register.systems()) {
          if (x.hostedOn().map(ids::contains).orElse(false) && ids.add(x.id())) {
            grew = true;
          }
        }
      }
      return register.systems().stream().filter(x -> ids.contains(x.id())).toList();
    }
  }
}
