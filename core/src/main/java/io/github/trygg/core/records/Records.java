package io.github.trygg.core.records;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.CitationKind;
import io.github.trygg.core.Durations;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.register.Countries;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.OrganisationUnit;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Recipient;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterCodes;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Generates the Art. 30(1) record of processing activities, the Art. 30(2) record a processor keeps
 * and processor-agreement appendix drafts from a register. Everything comes from register fields;
 * what the register does not hold is listed as missing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Records {
  private static final LegalReference ART_30 = LegalReference.of("GDPR Art. 30(1)", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  /** Bilag A–D are named on Digdir's page; the Danish clauses' numbering is from a public adaptation. */
  private static final LegalReference DIGDIR_A_D = LegalReference.of(
      "Digdir databehandleravtale, bilag A–D; EDPB register: Danish SA standard contractual clauses (Art. 28(8)), appendices A–D",
      CitationKind.GUIDANCE, VerificationStatus.SECONDARY, "https://anskaffelser.no/verktoy/maler/verktoy-pa-ssa-mal-databehandleravtale-og-sjekkliste");
  /** Sub-numbering C.1–C.8 of the Danish appendix C is verified only for C.4, C.7 and C.8. */
  private static final LegalReference DANISH_C = LegalReference.of(
      "Danish SA standard contractual clauses, appendix C (C.1–C.8)", CitationKind.DECISION,
      VerificationStatus.UNVERIFIED);

  private Records() {}

  /**
   * The record of processing activities of the whole register: a section on the controllers and one
   * section per activity, each naming its controller — the committee (nämnd) or other unit the
   * activity names, else the organisation. Where each committee keeps its own record, use
   * {@link #recordsOfProcessing(Register, LocalDate)}.
   *
   * @param register the register
   * @param on the date the document speaks of
   * @return the draft, with every field the register lacks marked missing
   */
  public static DraftDocument recordOfProcessing(Register register, LocalDate on) {
    DraftDocument.Builder doc = DraftDocument.builder()
        .documentKind(DraftDocument.Kind.RECORD_OF_PROCESSING)
        .subject(register.organisation().map(Organisation::name).orElse(register.name().orElse("")))
        .title(t("Register över behandlingar", "Protokoll over behandlingsaktiviteter", "Record of processing activities"))
        .generatedOn(on);
    doc.addSections(controllerSection(register, controllers(register)));
    for (ProcessingActivity activity : register.activities()) {
      doc.addSections(activitySection(register, activity));
    }
    return doc.build();
  }

  /**
   * One record of processing activities per controller (Art. 30(1)): in a Swedish municipality each
   * committee is controller of its own processing and keeps its own record. The records come in the
   * order their controllers first appear among the activities; a register without units gives one
   * record, the organisation's.
   *
   * @param register the register
   * @param on the date the document speaks of
   * @return one draft per controller
   */
  public static List<DraftDocument> recordsOfProcessing(Register register, LocalDate on) {
    List<DraftDocument> out = new ArrayList<>();
    for (OrganisationUnit controller : controllers(register)) {
      DraftDocument.Builder doc = DraftDocument.builder()
          .documentKind(DraftDocument.Kind.RECORD_OF_PROCESSING)
          .subject(controller.name())
          .title(t("Register över behandlingar – " + controller.name(), "Protokoll over behandlingsaktiviteter – " + controller.name(),
              "Record of processing activities – " + controller.name()))
          .generatedOn(on);
      doc.addSections(controllerSection(register, List.of(controller)));
      for (ProcessingActivity activity : register.activities()) {
        if (register.controllerOf(activity).map(c -> c.id().equals(controller.id())).orElse(true)) {
          doc.addSections(activitySection(register, activity));
        }
      }
      out.add(doc.build());
    }
    if (out.isEmpty()) {
      out.add(recordOfProcessing(register, on));
    }
    return List.copyOf(out);
  }

  /** The controllers of the register's activities, each once, in the order they first appear. */
  static List<OrganisationUnit> controllers(Register register) {
    java.util.Map<String, OrganisationUnit> out = new java.util.LinkedHashMap<>();
    for (ProcessingActivity a : register.activities()) {
      register.controllerOf(a).ifPresent(u -> out.putIfAbsent(u.id(), u));
    }
    return List.copyOf(out.values());
  }

  /**
   * Appendix drafts for every processor in the register, in register order.
   *
   * @param register the register
   * @param on the date the document speaks of
   * @return one draft per processor, in register order
   */
  public static List<DraftDocument> processorAgreements(Register register, LocalDate on) {
    return register.vendors().stream()
        .filter(v -> v.role() == VendorRole.PROCESSOR)
        .map(v -> processorAgreement(register, v.id(), on))
        .collect(Collectors.toList());
  }

  /**
   * Appendices A–D of the agreement with one processor; its sub-processors appear in appendix B.
   *
   * @param register the register
   * @param vendorId the processor's id in the register
   * @param on the date the document speaks of
   * @return the draft
   * @throws UnknownProcessorException if the register has no vendor {@code vendorId}
   */
  public static DraftDocument processorAgreement(Register register, String vendorId, LocalDate on) {
    Vendor vendor = register.vendor(vendorId)
        .orElseThrow(() -> new UnknownProcessorException(vendorId, null, processorIds(List.of(register))));
    return new AgreementDraft(register, vendor).build(on);
  }

  /**
   * The Art. 30(2) record that a processor or sub-processor keeps, for one controller: the register's
   * organisation. See {@link #processorRecord(List, String, LocalDate)}.
   *
   * @param register the register
   * @param vendorId the processor's id in the register
   * @param on the date the document speaks of
   * @return the draft
   * @throws UnknownProcessorException if the register has no vendor {@code vendorId}, or has it with
   *     a role other than processor or sub-processor
   */
  public static DraftDocument processorRecord(Register register, String vendorId, LocalDate on) {
    return processorRecord(List.of(register), vendorId, on);
  }

  /**
   * The Art. 30(2) record that a processor or sub-processor keeps, from the registers of the
   * controllers it works for — one register per controller, the controller being the register's
   * organisation. The record has a section on the processor and one section per controller whose
   * register names the vendor. For a sub-processor each controller section also names the processor
   * that engaged it ({@code processorOf}), through which it acts for that controller.
   *
   * @param registers the registers of the controllers the processor works for
   * @param vendorId the processor's id in the register
   * @param on the date the document speaks of
   * @return the draft
   * @throws UnknownProcessorException if no register has a vendor {@code vendorId}, or one has it
   *     with a role other than processor or sub-processor
   * @throws IllegalArgumentException if {@code registers} is empty
   */
  public static DraftDocument processorRecord(List<Register> registers, String vendorId, LocalDate on) {
    if (registers.isEmpty()) {
      throw new IllegalArgumentException("a processor record needs at least one controller's register");
    }
    List<ProcessorRecordDraft.Engagement> engagements = new ArrayList<>();
    for (int n = 0; n < registers.size(); n++) {
      Register register = registers.get(n);
      Optional<Vendor> vendor = register.vendor(vendorId);
      if (vendor.isPresent() && !vendor.get().processesOnBehalf()) {
        throw new UnknownProcessorException(vendorId, vendor.get().role(), processorIds(registers));
      }
      int position = n + 1;
      vendor.ifPresent(v -> engagements.add(new ProcessorRecordDraft.Engagement(register, position, v)));
    }
    if (engagements.isEmpty()) {
      throw new UnknownProcessorException(vendorId, null, processorIds(registers));
    }
    return new ProcessorRecordDraft(engagements).build(on);
  }

  private static List<String> processorIds(List<Register> registers) {
    Set<String> ids = new TreeSet<>();
    registers.forEach(r -> r.vendors().stream().filter(Vendor::processesOnBehalf).forEach(v -> ids.add(v.id())));
    return List.copyOf(ids);
  }

  // ---------------------------------------------------------------- Art. 30(1)

  /**
   * The controllers: with one, its name, contact and DPO; with several (committees), one line each,
   * the organisation they belong to named beside them.
   */
  private static DraftSection controllerSection(Register register, List<OrganisationUnit> controllers) {
    Optional<Organisation> org = register.organisation();
    DraftSection.Builder s = DraftSection.builder().id("controller")
        .title(t("Personuppgiftsansvarig", "Behandlingsansvarlig", "Controller")).reference(ART_30);
    if (controllers.size() <= 1) {
      Optional<OrganisationUnit> only = controllers.stream().findFirst();
      Optional<String> name = only.map(u -> u.id().isEmpty() ? u.name() : u.name() + org.map(o -> " (" + o.name() + ")").orElse(""))
          .or(() -> org.map(Organisation::name));
      s.addItems(
          value("controller", t("Namn", "Navn", "Name"), "Art. 30(1)(a)", name,
              t("organisationens namn (organisation.name)", "virksomhetens navn (organisation.name)", "the organisation's name (organisation.name)")),
          value("contact", t("Kontaktuppgifter", "Kontaktinformasjon", "Contact details"), "Art. 30(1)(a)",
              only.flatMap(OrganisationUnit::contact).or(() -> org.flatMap(Organisation::contact)),
              t("en funktionsadress (organisation.contact)", "en funksjonsadresse (organisation.contact)", "a functional contact (organisation.contact)")),
          value("dpo", t("Dataskyddsombud", "Personvernombud", "Data protection officer"), "Art. 30(1)(a)",
              only.flatMap(OrganisationUnit::dpoContact).or(() -> org.flatMap(Organisation::dpoContact)),
              t("kontakt till dataskyddsombudet (organisation.dpoContact)", "kontakt til personvernombudet (organisation.dpoContact)", "how to reach the DPO (organisation.dpoContact)")));
      return s.build();
    }
    s.addItems(item("controllers", t("Personuppgiftsansvariga nämnder och enheter", "Behandlingsansvarlige enheter", "Controlling committees and units"),
        "Art. 30(1)(a)", controllers.stream().map(u -> controllerLine(u, org)).toList(), List.of()));
    s.addItems(value("dpo", t("Dataskyddsombud", "Personvernombud", "Data protection officer"), "Art. 30(1)(a)", org.flatMap(Organisation::dpoContact),
        t("kontakt till dataskyddsombudet (organisation.dpoContact)", "kontakt til personvernombudet (organisation.dpoContact)", "how to reach the DPO (organisation.dpoContact)")));
    return s.build();
  }

  private static String controllerLine(OrganisationUnit u, Optional<Organisation> org) {
    String name = u.id().isEmpty() ? u.name() : u.name() + org.map(o -> " (" + o.name() + ")").orElse("");
    return name + u.contact().map(c -> ", " + c).orElse("");
  }

  private static DraftSection activitySection(Register register, ProcessingActivity a) {
    List<InformationAsset> assets = assetsOf(register, a);
    List<InformationSystem> systems = systemsOf(register, a);
    DraftSection.Builder s = DraftSection.builder().id(a.id()).title(t(a.name(), a.name(), a.name())).reference(ART_30);

    Optional<OrganisationUnit> controller = register.controllerOf(a);
    s.addItems(value("controller", t("Personuppgiftsansvarig", "Behandlingsansvarlig", "Controller"), "Art. 30(1)(a)",
        controller.map(u -> controllerLine(u, register.organisation())),
        t("den personuppgiftsansvariga nämnden (activities.controller) eller organisationen", "den behandlingsansvarlige enheten (activities.controller) eller virksomheten",
            "the controlling committee (activities.controller) or the organisation")));

    List<LocalizedText> purposes = new ArrayList<>();
    purposes.add(same(a.purpose()));
    purposes.add(legalBasis(a));
    s.addItems(localized("purposes", t("Ändamål och rättslig grund", "Formål og behandlingsgrunnlag", "Purposes and legal basis"), "Art. 30(1)(b)", purposes, List.of(a.ref())));

    Set<String> subjects = new LinkedHashSet<>(a.dataSubjectCategories());
    assets.forEach(x -> subjects.addAll(x.dataSubjectCategories()));
    s.addItems(localizedList("subjects", t("Kategorier av registrerade", "Kategorier av registrerte", "Categories of data subjects"), "Art. 30(1)(c)",
        subjectCategories(subjects), refs(a, assets),
        t("kategorier av registrerade (dataSubjectCategories)", "kategorier av registrerte (dataSubjectCategories)", "data-subject categories (dataSubjectCategories)")));

    s.addItems(localizedList("data", t("Kategorier av personuppgifter", "Kategorier av personopplysninger", "Categories of personal data"), "Art. 30(1)(c)",
        dataCategories(assets), refs(assets),
        t("tillgångar med kategorier av personuppgifter (assets, dataCategories)", "informasjonsressurser med kategorier (assets, dataCategories)",
            "assets with their data categories (assets, dataCategories)")));

    List<LocalizedText> recipients = new ArrayList<>(a.recipientsUnderArticle4().stream().map(r -> same(r.name())).toList());
    List<EntryRef> recipientSources = new ArrayList<>();
    recipientSources.add(a.ref());
    for (Vendor v : processorsOf(register, systems)) {
      LocalizedText role = v.role().label();
      recipients.add(t(v.name() + " (" + role.sv() + ", " + v.country() + ")", v.name() + " (" + role.nb() + ", " + v.country() + ")",
          v.name() + " (" + role.en() + ", " + v.country() + ")"));
      recipientSources.add(v.ref());
    }
    s.addItems(localized("recipients", t("Kategorier av mottagare", "Kategorier av mottakere", "Categories of recipients"), "Art. 30(1)(d)", recipients, recipientSources));

    s.addItems(transfers(register, systems, "Art. 30(1)(e)"));

    s.addItems(a.retention().isPresent()
        ? localized("retention", t("Gallring och radering", "Sletting og kassasjon", "Time limits for erasure"), "Art. 30(1)(f)",
            List.of(retention(a.retention().get())), List.of(a.ref()))
        : missing("retention", t("Gallring och radering", "Sletting og kassasjon", "Time limits for erasure"), "Art. 30(1)(f)",
            t("en gallringsregel (retention.rule)", "en sletteregel (retention.rule)", "a retention rule (retention.rule)")));

    s.addItems(localizedList("measures", t("Tekniska och organisatoriska säkerhetsåtgärder", "Tekniske og organisatoriske sikkerhetstiltak",
            "Technical and organisational security measures"), "Art. 30(1)(g)", measures(register, systems), refs(systems),
        t("systemens skyddsnivå, autentisering och skydd av flöden (clearedFor, authentication, transport)",
            "systemenes beskyttelsesnivå, autentisering og beskyttelse av flyter (clearedFor, authentication, transport)",
            "the systems' clearance, authentication and flow protection (clearedFor, authentication, transport)")));
    return s.build();
  }

  // ---------------------------------------------------------------- agreement appendices

  /** Builds appendices A–D for one processor. */
  private static final class AgreementDraft {
    private final Register register;
    private final Vendor vendor;
    private final List<InformationSystem> systems;
    private final List<ProcessingActivity> activities;
    private final List<InformationAsset> assets;
    private final List<Vendor> subProcessors;

    AgreementDraft(Register register, Vendor vendor) {
      this.register = register;
      this.vendor = vendor;
      this.systems = register.systems().stream().filter(s -> s.vendor().map(vendor.id()::equals).orElse(false)).collect(Collectors.toList());
      Set<String> systemIds = systems.stream().map(InformationSystem::id).collect(Collectors.toSet());
      this.activities = activitiesUsing(register, systemIds);
      this.assets = assetsReaching(register, systems);
      this.subProcessors = subProcessorsOf(register, vendor.id());
    }

    DraftDocument build(LocalDate on) {
      return DraftDocument.builder()
          .documentKind(DraftDocument.Kind.PROCESSOR_AGREEMENT)
          .subject(vendor.id())
          .title(t("Personuppgiftsbiträdesavtal med " + vendor.name() + " – bilagor A–D (utkast)",
              "Databehandleravtale med " + vendor.name() + " – bilag A–D (utkast)",
              "Processing agreement with " + vendor.name() + " – appendices A–D (draft)"))
          .generatedOn(on)
          .addSections(appendixA(), appendixB(), appendixC(), appendixD())
          .build();
    }

    private DraftSection appendixA() {
      DraftSection.Builder s = DraftSection.builder().id("A")
          .title(t("Bilaga A – Information om behandlingen", "Bilag A – Opplysninger om behandlingen", "Appendix A – Information about the processing"))
          .reference(DIGDIR_A_D);
      // The agreement binds the controller of the processing: in a Swedish municipality the committee.
      java.util.Map<String, OrganisationUnit> controllers = new java.util.LinkedHashMap<>();
      activities.forEach(a -> register.controllerOf(a).ifPresent(u -> controllers.putIfAbsent(u.id(), u)));
      s.addItems(list("controller", t("Personuppgiftsansvarig", "Behandlingsansvarlig", "Controller"), "Art. 28(3)",
          controllers.values().stream().map(u -> controllerLine(u, register.organisation())).toList(), refs(activities),
          t("den personuppgiftsansvariga nämnden (activities.controller) eller organisationen", "den behandlingsansvarlige enheten (activities.controller) eller virksomheten",
              "the controlling committee (activities.controller) or the organisation")));
      s.addItems(list("purpose", t("Ändamål", "Formål", "Purpose"), "Art. 28(3)",
          activities.stream().map(a -> a.name() + ": " + a.purpose()).collect(Collectors.toList()), refs(activities),
          t("behandlingar som använder leverantörens system (activities.systems)", "behandlinger som bruker leverandørens systemer (activities.systems)",
              "processing activities that use the vendor's systems (activities.systems)")));
      s.addItems(list("nature", t("Behandlingens art", "Behandlingens art", "Nature of the processing"), "Art. 28(3)",
          systems.stream().map(x -> x.name() + x.description().map(d -> " – " + d).orElse("")).collect(Collectors.toList()), refs(systems),
          t("leverantörens system i registret (systems.vendor)", "leverandørens systemer i registeret (systems.vendor)", "the vendor's systems in the register (systems.vendor)")));
      s.addItems(localizedList("data", t("Typer av personuppgifter", "Typer personopplysninger", "Types of personal data"), "Art. 28(3)",
          dataCategories(assets), refs(assets),
          t("tillgångar som leverantörens system lagrar eller behandlar", "informasjonsressurser leverandørens systemer lagrer eller behandler",
              "assets the vendor's systems store or process")));
      Set<String> subjects = new LinkedHashSet<>();
      assets.forEach(a -> subjects.addAll(a.dataSubjectCategories()));
      activities.forEach(a -> subjects.addAll(a.dataSubjectCategories()));
      s.addItems(localizedList("subjects", t("Kategorier av registrerade", "Kategorier av registrerte", "Categories of data subjects"), "Art. 28(3)",
          subjectCategories(subjects), refs(assets), t("kategorier av registrerade", "kategorier av registrerte", "data-subject categories")));
      s.addItems(vendor.agreementDate().isPresent()
          ? item("start", t("Avtalet gäller från", "Avtalen gjelder fra", "In force from"), "Art. 28(3)", List.of(vendor.agreementDate().get().toString()), List.of(vendor.ref()))
          : missing("start", t("Avtalet gäller från", "Avtalen gjelder fra", "In force from"), "Art. 28(3)",
              t("avtalsdatum (agreementDate)", "avtaledato (agreementDate)", "the agreement date (agreementDate)")));
      s.addItems(missing("duration", t("Behandlingens varaktighet", "Behandlingens varighet", "Duration of the processing"), "Art. 28(3)",
          t("avtalets löptid och uppsägning – registret har inga avtalsvillkor", "avtalens varighet og oppsigelse – registeret har ingen avtalevilkår",
              "the agreement's term and termination — the register holds no contract terms")));
      return s.build();
    }

    private DraftSection appendixB() {
      DraftSection.Builder s = DraftSection.builder().id("B")
          .title(t("Bilaga B – Underbiträden", "Bilag B – Underdatabehandlere", "Appendix B – Sub-processors"))
          .reference(DIGDIR_A_D);
      List<LocalizedText> list = subProcessors.stream().map(v -> {
        boolean eea = Countries.isEuEea(v.country());
        String date = v.agreementDate().map(LocalDate::toString).orElse("");
        return t(v.name() + " (" + v.country() + (eea ? ", inom EU/EES" : ", tredjeland") + (date.isEmpty() ? "" : ", avtal " + date) + ")",
            v.name() + " (" + v.country() + (eea ? ", innenfor EU/EØS" : ", tredjeland") + (date.isEmpty() ? "" : ", avtale " + date) + ")",
            v.name() + " (" + v.country() + (eea ? ", inside the EU/EEA" : ", third country") + (date.isEmpty() ? "" : ", agreement " + date) + ")");
      }).collect(Collectors.toList());
      s.addItems(localized("approved", t("Godkända underbiträden", "Godkjente underdatabehandlere", "Approved sub-processors"), "Art. 28(2), 28(4)", list, refs(subProcessors)));
      for (Vendor sub : subProcessors) {
        if (sub.agreementDate().isEmpty()) {
          s.addItems(missing("agreement:" + sub.id(), t("Avtal med " + sub.name(), "Avtale med " + sub.name(), "Agreement with " + sub.name()), "Art. 28(4)",
              t("avtalsdatum för underbiträdet (agreementDate)", "avtaledato for underdatabehandleren (agreementDate)", "the sub-processor's agreement date (agreementDate)")));
        }
      }
      s.addItems(missing("notice", t("Förhandsbesked vid byte av underbiträde", "Varsel ved endring av underdatabehandler", "Prior notice of changes"), "Art. 28(2)",
          t("varseltid och invändningsrätt – registret har inga avtalsvillkor", "varslingsfrist og innsigelsesrett – registeret har ingen avtalevilkår",
              "the notice period and right to object — the register holds no contract terms")));
      return s.build();
    }

    private DraftSection appendixC() {
      DraftSection.Builder s = DraftSection.builder().id("C")
          .title(t("Bilaga C – Instruktion för behandlingen", "Bilag C – Instruks for behandlingen", "Appendix C – Instructions for the processing"))
          .reference(DANISH_C);
      s.addItems(localizedList("C.1", t("Behandlingens föremål och instruktion", "Behandlingens gjenstand og instruks", "Subject matter and instruction"), "Art. 28(3)(a)",
          assets.stream().map(a -> t(a.name() + " i " + systemsHolding(a), a.name() + " i " + systemsHolding(a), a.name() + " in " + systemsHolding(a)))
              .collect(Collectors.toList()), refs(assets),
          t("tillgångar och system", "informasjonsressurser og systemer", "assets and systems")));
      s.addItems(localizedList("C.2", t("Säkerhetsåtgärder", "Sikkerhetstiltak", "Security measures"), "Art. 28(3)(c), Art. 32", security(), refs(systems),
          t("systemens skyddsnivå och autentisering (clearedFor, authentication)", "systemenes beskyttelsesnivå og autentisering (clearedFor, authentication)",
              "the systems' clearance and authentication (clearedFor, authentication)")));
      List<LocalizedText> dsr = systems.stream().filter(x -> x.dsrEndpoint().isPresent())
          .map(x -> {
            LocalizedText channel = x.dsrEndpoint().get().channel().label();
            String address = " " + x.dsrEndpoint().get().address();
            return t(x.name() + ": " + channel.sv() + address, x.name() + ": " + channel.nb() + address, x.name() + ": " + channel.en() + address);
          }).collect(Collectors.toList());
      s.addItems(localizedList("C.3", t("Bistånd vid de registrerades rättigheter", "Bistand ved de registrertes rettigheter", "Assistance with data-subject rights"), "Art. 28(3)(e)",
          dsr, refs(systems), t("kanal för rättighetsärenden (dsrEndpoint)", "kanal for rettighetssaker (dsrEndpoint)", "a data-subject-rights channel (dsrEndpoint)")));
      s.addItems(vendor.contact().isPresent()
          ? item("C.3-breach", t("Kontakt vid personuppgiftsincident", "Kontakt ved personvernbrudd", "Breach notification contact"), "Art. 28(3)(f), Art. 33(2)",
              List.of(vendor.contact().get()), List.of(vendor.ref()))
          : missing("C.3-breach", t("Kontakt vid personuppgiftsincident", "Kontakt ved personvernbrudd", "Breach notification contact"), "Art. 28(3)(f), Art. 33(2)",
              t("leverantörens kontakt (vendor.contact)", "leverandørens kontakt (vendor.contact)", "the vendor's contact (vendor.contact)")));
      s.addItems(list("C.4", t("Lagringstid och radering", "Lagringstid og sletting", "Storage period and erasure"), "Art. 28(3)(g)",
          activities.stream().filter(a -> a.retention().isPresent()).map(a -> a.name() + ": " + a.retention().get().rule()).collect(Collectors.toList()), refs(activities),
          t("gallringsregler för behandlingarna (retention)", "sletteregler for behandlingene (retention)", "retention rules of the activities (retention)")));
      Set<String> locations = new TreeSet<>();
      systems.forEach(x -> locations.addAll(x.dataLocations()));
      subProcessors.forEach(v -> locations.add(v.country()));
      s.addItems(list("C.5", t("Plats för behandlingen", "Sted for behandlingen", "Location of the processing"), "Art. 28(3)(a)", List.copyOf(locations), refs(systems),
          t("länder där data lagras (dataLocations)", "land der data lagres (dataLocations)", "countries where data are kept (dataLocations)")));
      List<Vendor> parties = new ArrayList<>();
      parties.add(vendor);
      parties.addAll(subProcessors);
      s.addItems(transferItem("C.6", parties, systems, "Art. 28(3)(a), Chapter V"));
      s.addItems(missing("C.7", t("Granskning av biträdet", "Revisjon av databehandleren", "Audits of the processor"), "Art. 28(3)(h)",
          t("revisionsförfarande – registret har inga avtalsvillkor", "revisjonsordning – registeret har ingen avtalevilkår", "the audit procedure — the register holds no contract terms")));
      s.addItems(missing("C.8", t("Granskning av underbiträden", "Revisjon av underdatabehandlere", "Audits of sub-processors"), "Art. 28(3)(h)",
          t("hur underbiträden granskas", "hvordan underdatabehandlere revideres", "how sub-processors are audited")));
      return s.build();
    }

    private DraftSection appendixD() {
      return DraftSection.builder().id("D")
          .title(t("Bilaga D – Övriga villkor", "Bilag D – Andre vilkår", "Appendix D – Other terms"))
          .reference(DIGDIR_A_D)
          .addItems(missing("terms", t("Parternas övriga villkor", "Partenes øvrige vilkår", "The parties' other terms"), "",
              t("överenskoms mellan parterna; registret innehåller inga avtalsvillkor", "avtales mellom partene; registeret har ingen avtalevilkår",
                  "to be agreed between the parties; the register holds no contract terms")))
          .build();
    }

    private List<LocalizedText> security() {
      List<LocalizedText> lines = new ArrayList<>();
      for (InformationSystem s : systems) {
        Levels required = s.assessed().orElse(Levels.none());
        for (String a : s.assetsStored()) {
          required = required.max(register.asset(a).map(InformationAsset::levels).orElse(Levels.none()));
        }
        for (String a : s.assetsProcessed()) {
          required = required.max(register.asset(a).map(InformationAsset::levels).orElse(Levels.none()));
        }
        LocalizedText cleared = s.clearedFor().map(Levels::explanation).orElse(same(""));
        LocalizedText need = required.explanation();
        LocalizedText auth = s.authentication().map(AssuranceLevel::label).orElse(same(""));
        lines.add(t(s.name() + ": krav " + need.sv() + (cleared.sv().isEmpty() ? "" : ", godkänt för " + cleared.sv()) + (auth.sv().isEmpty() ? "" : ", inloggning på nivå " + auth.sv()),
            s.name() + ": krav " + need.nb() + (cleared.nb().isEmpty() ? "" : ", godkjent for " + cleared.nb()) + (auth.nb().isEmpty() ? "" : ", innlogging på nivå " + auth.nb()),
            s.name() + ": required " + need.en() + (cleared.en().isEmpty() ? "" : ", cleared for " + cleared.en()) + (auth.en().isEmpty() ? "" : ", authentication " + auth.en())));
      }
      return lines;
    }

    private String systemsHolding(InformationAsset a) {
      return systems.stream().filter(s -> s.assetsStored().contains(a.id()) || s.assetsProcessed().contains(a.id()))
          .map(InformationSystem::name).collect(Collectors.joining(", "))
          .transform(x -> x.isEmpty() ? vendor.name() : x);
    }
  }

  // ---------------------------------------------------------------- shared pieces

  /** Activities that use at least one of the systems. */
  static List<ProcessingActivity> activitiesUsing(Register register, Set<String> systemIds) {
    return register.activities().stream().filter(a -> a.systems().stream().anyMatch(systemIds::contains)).collect(Collectors.toList());
  }

  /** Assets the systems store or process, and those flows bring to them or carry back from them. */
  static List<InformationAsset> assetsReaching(Register register, List<InformationSystem> systems) {
    Set<String> systemIds = systems.stream().map(InformationSystem::id).collect(Collectors.toSet());
    Set<String> assetIds = new LinkedHashSet<>();
    systems.forEach(s -> {
      assetIds.addAll(s.assetsStored());
      assetIds.addAll(s.assetsProcessed());
    });
    for (Integration i : register.integrationsOf(systemIds)) {
      if (systemIds.contains(i.target())) {
        assetIds.addAll(i.assetsSent());
      }
      if (systemIds.contains(i.source())) {
        assetIds.addAll(i.assetsReceived());
      }
    }
    return assetIds.stream().map(register::asset).flatMap(Optional::stream).collect(Collectors.toList());
  }

  private static DraftItem transfers(Register register, List<InformationSystem> systems, String reference) {
    List<Vendor> parties = new ArrayList<>();
    for (Vendor v : processorsOf(register, systems)) {
      parties.add(v);
    }
    return transferItem("transfers", parties, systems, reference);
  }

  static DraftItem transferItem(String key, List<Vendor> parties, List<InformationSystem> systems, String reference) {
    LocalizedText label = t("Överföring till tredjeland", "Overføring til tredjeland", "Transfers to third countries");
    List<LocalizedText> lines = new ArrayList<>();
    List<EntryRef> sources = new ArrayList<>();
    List<String> unsafe = new ArrayList<>();
    List<String> undocumented = new ArrayList<>();
    for (Vendor v : parties) {
      if (!v.inEuEea()) {
        sources.add(v.ref());
        if (v.safeguards().isEmpty()) {
          unsafe.add(v.name());
        } else if (undocumentedDerogation(v)) {
          undocumented.add(v.name());
        } else {
          String head = v.name() + " (" + v.country() + "): ";
          String evidence = v.safeguardEvidence().map(e -> " – " + e).orElse("");
          LocalizedText safeguards = joined(v.safeguards().stream().map(TransferSafeguard::label).toList());
          lines.add(t(head + safeguards.sv() + evidence, head + safeguards.nb() + evidence, head + safeguards.en() + evidence));
        }
      }
    }
    for (InformationSystem s : systems) {
      for (String country : s.dataLocations()) {
        if (!Countries.isEuEea(country)) {
          lines.add(t(s.name() + ": data lagras i " + country, s.name() + ": data lagres i " + country, s.name() + ": data stored in " + country));
          sources.add(s.ref());
        }
      }
    }
    if (!unsafe.isEmpty()) {
      return missing(key, label, reference, t("skyddsåtgärd för överföring till " + String.join(", ", unsafe) + " (safeguards)",
          "overføringsgrunnlag for " + String.join(", ", unsafe) + " (safeguards)", "a transfer safeguard for " + String.join(", ", unsafe) + " (safeguards)"));
    }
    if (!undocumented.isEmpty()) {
      String names = String.join(", ", undocumented);
      return missing(key, label, reference, t(
          "dokumentation av lämpliga skyddsåtgärder för undantaget enligt art. 49.1 vid överföring till " + names + " (safeguardEvidence)",
          "dokumentasjon av egnede garantier for unntaket etter art. 49 nr. 1 ved overføring til " + names + " (safeguardEvidence)",
          "documentation of the suitable safeguards for the Art. 49(1) derogation used for " + names + " (safeguardEvidence)"));
    }
    return localized(key, label, reference, lines, sources);
  }

  /**
   * A transfer that rests on an Art. 49 derogation alone, with nothing recorded about it: Art. 30(1)(e)
   * and 30(2)(c) require the safeguards of a second-subparagraph transfer to be documented, and the
   * register cannot tell which derogation was used, so the documentation is asked for.
   */
  private static boolean undocumentedDerogation(Vendor v) {
    boolean transferTool = v.safeguards().stream().anyMatch(s -> s != TransferSafeguard.DEROGATION && s != TransferSafeguard.SUPPLEMENTARY_MEASURES);
    return v.safeguards().contains(TransferSafeguard.DEROGATION) && !transferTool && v.safeguardEvidence().isEmpty();
  }

  static List<LocalizedText> measures(Register register, List<InformationSystem> systems) {
    return measures(register, systems, false);
  }

  /**
   * Clearance, authentication and recovery of the systems, and the protection of flows between them
   * — or, with {@code eitherEnd}, of every flow that reaches or leaves them.
   */
  static List<LocalizedText> measures(Register register, List<InformationSystem> systems, boolean eitherEnd) {
    List<LocalizedText> lines = new ArrayList<>();
    Set<String> ids = systems.stream().map(InformationSystem::id).collect(Collectors.toSet());
    for (InformationSystem s : systems) {
      if (s.clearedFor().isEmpty() && s.authentication().isEmpty()) {
        continue;
      }
      LocalizedText cleared = s.clearedFor().map(Levels::explanation).orElse(same(""));
      Optional<LocalizedText> auth = s.authentication().map(AssuranceLevel::label);
      Optional<LocalizedText> restore = s.recoveryCapability().flatMap(r -> r.maxDowntime()).map(Durations::words);
      lines.add(t(measure(s.name(), cleared.sv(), "godkänt för ", auth.map(LocalizedText::sv), "inloggning på nivå ", restore.map(LocalizedText::sv), "återställs inom "),
          measure(s.name(), cleared.nb(), "godkjent for ", auth.map(LocalizedText::nb), "innlogging på nivå ", restore.map(LocalizedText::nb), "gjenopprettes innen "),
          measure(s.name(), cleared.en(), "cleared for ", auth.map(LocalizedText::en), "user authentication ", restore.map(LocalizedText::en), "restored within ")));
    }
    for (Integration i : register.integrationsOf(ids)) {
      if (eitherEnd ? ids.contains(i.source()) || ids.contains(i.target()) : ids.contains(i.source()) && ids.contains(i.target())) {
        String name = i.name().orElse(i.id()) + ": ";
        LocalizedText transport = i.transport().label();
        LocalizedText authentication = i.authentication().label();
        lines.add(t(name + transport.sv() + ", " + authentication.sv(), name + transport.nb() + ", " + authentication.nb(),
            name + transport.en() + ", " + authentication.en()));
      }
    }
    return lines;
  }

  private static String measure(String name, String cleared, String clearedLabel, Optional<String> auth, String authLabel, Optional<String> restore,
      String restoreLabel) {
    List<String> parts = new ArrayList<>();
    if (!cleared.isEmpty()) {
      parts.add(clearedLabel + cleared);
    }
    auth.ifPresent(a -> parts.add(authLabel + a));
    restore.ifPresent(r -> parts.add(restoreLabel + r));
    return name + ": " + String.join("; ", parts);
  }

  /** The categories of personal data the assets hold, in words: the register's categories, then the GDPR flags. */
  static List<LocalizedText> dataCategories(List<InformationAsset> assets) {
    Set<LocalizedText> categories = new LinkedHashSet<>();
    RegisterCodes codes = RegisterCodes.bundled();
    for (InformationAsset a : assets) {
      if (!a.personalData()) {
        continue;
      }
      a.dataCategories().forEach(c -> categories.add(codes.dataCategory(c)));
      if (a.specialCategory()) {
        categories.add(t("känsliga personuppgifter (art. 9)", "særlige kategorier av personopplysninger (art. 9)", "special category (Art. 9)"));
      }
      if (a.criminalData()) {
        categories.add(t("uppgifter om lagöverträdelser (art. 10)", "opplysninger om straffedommer og lovovertredelser (art. 10)", "criminal offences (Art. 10)"));
      }
      if (a.nationalIdentityNumbers()) {
        categories.add(t("personnummer (art. 87)", "fødselsnummer (art. 87)", "national identity numbers (Art. 87)"));
      }
    }
    return List.copyOf(categories);
  }

  /** Data-subject categories in words. */
  static List<LocalizedText> subjectCategories(java.util.Collection<String> codes) {
    RegisterCodes words = RegisterCodes.bundled();
    return codes.stream().map(words::subjectCategory).distinct().collect(Collectors.toList());
  }

  /** A retention rule with its period in words. */
  static LocalizedText retention(io.github.trygg.core.register.Retention r) {
    String rule = r.rule();
    return r.period().map(Durations::words)
        .map(p -> t(rule + " (" + p.sv() + ")", rule + " (" + p.nb() + ")", rule + " (" + p.en() + ")"))
        .orElse(same(rule));
  }

  static LocalizedText joined(List<LocalizedText> texts) {
    return t(String.join(", ", texts.stream().map(LocalizedText::sv).toList()), String.join(", ", texts.stream().map(LocalizedText::nb).toList()),
        String.join(", ", texts.stream().map(LocalizedText::en).toList()));
  }

  private static LocalizedText legalBasis(ProcessingActivity a) {
    LocalizedText basis = a.legalBasis().label();
    StringBuilder sv = new StringBuilder("art. 6.1: ").append(basis.sv());
    StringBuilder nb = new StringBuilder("art. 6 nr. 1: ").append(basis.nb());
    StringBuilder en = new StringBuilder("Art. 6(1): ").append(basis.en());
    a.specialCategoryBasis().map(b -> b.label()).ifPresent(b -> {
      sv.append("; art. 9.2: ").append(b.sv());
      nb.append("; art. 9 nr. 2: ").append(b.nb());
      en.append("; Art. 9(2): ").append(b.en());
    });
    a.nationalLegalBasis().ifPresent(n -> {
      sv.append("; ").append(n);
      nb.append("; ").append(n);
      en.append("; ").append(n);
    });
    return t(sv.toString(), nb.toString(), en.toString());
  }

  private static List<InformationAsset> assetsOf(Register r, ProcessingActivity a) {
    return a.assets().stream().map(r::asset).flatMap(Optional::stream).collect(Collectors.toList());
  }

  private static List<InformationSystem> systemsOf(Register r, ProcessingActivity a) {
    return a.systems().stream().map(r::system).flatMap(Optional::stream).collect(Collectors.toList());
  }

  /** Processors of the systems and, through them, their sub-processors. */
  private static List<Vendor> processorsOf(Register r, List<InformationSystem> systems) {
    Set<Vendor> out = new LinkedHashSet<>();
    for (InformationSystem s : systems) {
      s.vendor().flatMap(r::vendor).filter(Vendor::processesOnBehalf).ifPresent(v -> {
        out.add(v);
        out.addAll(subProcessorsOf(r, v.id()));
      });
    }
    return List.copyOf(out);
  }

  /** Sub-processors of a processor, at every depth; cycles are reported by validation, not followed. */
  static List<Vendor> subProcessorsOf(Register r, String processorId) {
    Set<Vendor> out = new LinkedHashSet<>();
    List<String> frontier = new ArrayList<>(List.of(processorId));
    Set<String> seen = new LinkedHashSet<>(frontier);
    while (!frontier.isEmpty()) {
      String current = frontier.remove(0);
      for (Vendor v : r.vendors()) {
        if (v.processorOf().map(current::equals).orElse(false) && seen.add(v.id())) {
          out.add(v);
          frontier.add(v.id());
        }
      }
    }
    return List.copyOf(out);
  }

  static List<EntryRef> refs(List<? extends io.github.trygg.core.register.RegisterEntry> entries) {
    return entries.stream().map(io.github.trygg.core.register.RegisterEntry::ref).collect(Collectors.toList());
  }

  static List<EntryRef> refs(ProcessingActivity a, List<InformationAsset> assets) {
    List<EntryRef> out = new ArrayList<>();
    out.add(a.ref());
    out.addAll(refs(assets));
    return out;
  }

  static DraftItem item(String key, LocalizedText label, String reference, List<String> values, List<EntryRef> sources) {
    return localized(key, label, reference, values.stream().map(Records::same).collect(Collectors.toList()), sources);
  }

  static DraftItem localized(String key, LocalizedText label, String reference, List<LocalizedText> values, List<EntryRef> sources) {
    DraftItem.Builder b = DraftItem.builder().key(key).label(label).values(values).sources(sources);
    if (!reference.isEmpty()) {
      b.reference(reference);
    }
    return b.build();
  }

  /** An item that must have at least one value; empty means the register lacks it. */
  static DraftItem list(String key, LocalizedText label, String reference, List<String> values, List<EntryRef> sources, LocalizedText needed) {
    return values.isEmpty() ? missing(key, label, reference, needed) : item(key, label, reference, values, sources);
  }

  static DraftItem localizedList(String key, LocalizedText label, String reference, List<LocalizedText> values, List<EntryRef> sources, LocalizedText needed) {
    return values.isEmpty() ? missing(key, label, reference, needed) : localized(key, label, reference, values, sources);
  }

  static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }

  static DraftItem value(String key, LocalizedText label, String reference, Optional<String> value, LocalizedText needed) {
    return value.map(v -> item(key, label, reference, List.of(v), List.of())).orElseGet(() -> missing(key, label, reference, needed));
  }

  static DraftItem missing(String key, LocalizedText label, String reference, LocalizedText needed) {
    DraftItem.Builder b = DraftItem.builder().key(key).label(label).missing(needed);
    if (!reference.isEmpty()) {
      b.reference(reference);
    }
    return b.build();
  }

  static LocalizedText t(String sv, String nb, String en) {
    return new LocalizedText(sv, nb, en);
  }
}
