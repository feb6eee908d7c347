package io.github.trygg.export;

import io.github.trygg.core.register.RegisterCodes;
import static io.github.trygg.export.internal.Words.t;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.dpia.MatchedItem;
import io.github.trygg.core.dpia.MetCriterion;
import io.github.trygg.core.dpia.ProcessingDpia;
import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.plan.ActionItem;
import io.github.trygg.core.records.DraftDocument;
import io.github.trygg.core.records.DraftItem;
import io.github.trygg.core.records.DraftSection;
import io.github.trygg.core.register.DpiaRecord;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskStage;
import io.github.trygg.core.signoff.SignOffReview;
import io.github.trygg.export.internal.Docx;
import io.github.trygg.export.internal.Files2;
import io.github.trygg.export.internal.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * DOCX documents in one language: the Art. 30 record, processor-agreement appendices and a
 * processor's Art. 30(2) record (any {@link DraftDocument}, with every missing field marked), and
 * the DPIA of a processing activity: its screening, the Art. 35(7) parts the register records (each
 * missing one marked), the risks and measures, the DPO's advice and the controller's decision. Headings use real heading styles, so Word
 * and LibreOffice show the outline. Thread-safe; each call writes a new document.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OfficerDocuments {
  private final Language language;

  private OfficerDocuments(Language language) {
    this.language = language;
  }

  /**
   * A document writer whose headings and texts are in {@code language}.
   *
   * @param language the language of everything the documents show
   * @return the writer
   */
  public static OfficerDocuments of(Language language) {
    return new OfficerDocuments(language);
  }

  /**
   * Writes a record or agreement draft (DOCX) to {@code out}, which is not closed.
   *
   * @param document the draft, with its missing fields marked in the text
   * @param out where the DOCX bytes go
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(DraftDocument document, OutputStream out) {
    write(out, docx -> {
      docx.title(document.title().in(language));
      docx.small(GENERATED.in(language) + " " + document.generatedOn());
      int missing = document.missing().size();
      if (missing > 0) {
        docx.note(String.format(TO_COMPLETE.in(language), missing), true);
      }
      for (DraftSection section : document.sections()) {
        docx.heading(1, section.title().in(language) + section.reference().map(r -> " (" + r.citation() + ")").orElse(""));
        List<List<String>> rows = new ArrayList<>();
        for (DraftItem item : section.items()) {
          String label = item.label().in(language) + item.reference().map(r -> "\n" + r).orElse("");
          String value = item.missing().map(m -> MISSING.in(language) + ": " + m.in(language))
              .orElse(item.values().isEmpty() ? NONE.in(language) : item.values().stream().map(v -> v.in(language)).collect(Collectors.joining("\n")));
          rows.add(List.of(label, value));
        }
        docx.table(List.of(ITEM.in(language), CONTENT.in(language)), rows);
      }
    });
  }

  /**
   * Writes a record or agreement draft to {@code file} through a temporary file.
   *
   * @param document the draft
   * @param file the DOCX file to write or replace
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(DraftDocument document, Path file) {
    Files2.write(file, out -> write(document, out));
  }

  /**
   * Writes a DPIA document (DOCX) to {@code out}, which is not closed.
   *
   * @param content the system, screening, risks, measures and sign-offs
   * @param out where the DOCX bytes go
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeDpia(DpiaContent content, OutputStream out) {
    write(out, docx -> dpia(content, docx));
  }

  /**
   * Writes a DPIA document to {@code file} through a temporary file.
   *
   * @param content the system, screening, risks, measures and sign-offs
   * @param file the DOCX file to write or replace
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeDpia(DpiaContent content, Path file) {
    Files2.write(file, out -> writeDpia(content, out));
  }

  private void dpia(DpiaContent c, Docx docx) {
    ProcessingDpia d = c.dpia();
    ProcessingActivity a = d.activity();
    ScreeningResult r = d.screening();
    Optional<DpiaRecord> rec = d.recorded();
    RegisterCodes codes = RegisterCodes.bundled();
    docx.title(DPIA_TITLE.in(language) + ": " + a.name());
    docx.small(GENERATED.in(language) + " " + c.on() + " · GDPR Art. 35");
    int missing = d.missingParts().size();
    if (missing > 0) {
      docx.note(Words.dpiaStatus(d.status(), language) + ". " + String.format(Locale.ROOT, PARTS_TO_COMPLETE.in(language), missing), true);
    }

    docx.heading(1, "1. " + DESCRIPTION.in(language));
    recorded(docx, rec.flatMap(DpiaRecord::description), DpiaRecord.Part.DESCRIPTION);
    List<List<String>> facts = new ArrayList<>();
    facts.add(List.of(CONTROLLER.in(language), c.controller().map(u -> u.name()).orElse("—")));
    facts.add(List.of(PURPOSE.in(language), a.purpose()));
    facts.add(List.of(LEGAL_BASIS.in(language), a.legalBasis().label(language)
        + a.specialCategoryBasis().map(b -> "; " + b.label(language)).orElse("")
        + a.nationalLegalBasis().map(n -> "; " + n).orElse("")));
    facts.add(List.of(SUBJECTS.in(language), a.dataSubjectCategories().isEmpty() ? "—"
        : String.join(", ", a.dataSubjectCategories().stream().map(x -> codes.subjectCategory(x, language)).toList())));
    facts.add(List.of(STATUS.in(language), d.status().label(language)));
    docx.table(List.of(ITEM.in(language), CONTENT.in(language)), facts);
    docx.heading(2, SYSTEMS.in(language));
    List<List<String>> systems = new ArrayList<>();
    for (String id : d.systems()) {
      Optional<InformationSystem> s = c.register().system(id);
      systems.add(List.of(s.map(InformationSystem::name).orElse(id), s.flatMap(InformationSystem::owner).orElse("—"),
          s.flatMap(InformationSystem::vendor).flatMap(c.register()::vendor).map(v -> v.name() + " (" + Words.role(v.role(), language) + ", " + v.country() + ")").orElse("—"),
          s.map(x -> x.dataLocations().isEmpty() ? "—" : String.join(", ", x.dataLocations())).orElse("—")));
    }
    docx.table(List.of(SYSTEM.in(language), OWNER.in(language), VENDOR.in(language), LOCATIONS.in(language)), systems);
    List<List<String>> assets = new ArrayList<>();
    for (String id : a.assets()) {
      c.register().asset(id).ifPresent(x -> assets.add(List.of(x.name(), x.owner().orElse("—"),
          x.classification().map(k -> k.levels().explain(language)).orElse(UNCLASSIFIED.in(language)),
          x.dataCategories().isEmpty() ? "—" : String.join(", ", x.dataCategories().stream().map(k -> codes.dataCategory(k, language)).toList()))));
    }
    docx.heading(2, ASSETS.in(language));
    docx.table(List.of(ASSET.in(language), OWNER.in(language), CLASSIFICATION.in(language), CATEGORIES.in(language)), assets);

    docx.heading(1, "2. " + SCREENING.in(language));
    docx.paragraph(Words.outcome(r.outcome(), language) + ". " + r.reason().in(language));
    List<List<String>> criteria = new ArrayList<>();
    for (MetCriterion m : r.criteria()) {
      criteria.add(List.of(m.criterion().number() + ". " + m.criterion().label().in(language), m.reason().in(language)));
    }
    for (MatchedItem m : concat(r.mandatoryCases(), r.nationalItems())) {
      criteria.add(List.of(m.item().label().in(language), m.because().stream().map(b -> b.in(language)).collect(Collectors.joining("; "))
          + " (" + m.item().references().stream().map(x -> x.explain(language)).collect(Collectors.joining("; ")) + ")"));
    }
    docx.table(List.of(CRITERION.in(language), WHY.in(language)), criteria);
    docx.small(BASIS.in(language) + ": " + r.basis().stream().map(x -> x.explain(language)).collect(Collectors.joining("; ")));

    docx.heading(1, "3. " + NECESSITY.in(language));
    recorded(docx, rec.flatMap(DpiaRecord::necessityAndProportionality), DpiaRecord.Part.NECESSITY_AND_PROPORTIONALITY);

    docx.heading(1, "4. " + RISKS.in(language));
    recorded(docx, rec.flatMap(DpiaRecord::risks), rec.map(x -> x.riskIds().isEmpty()).orElse(true) ? DpiaRecord.Part.RISKS : null);
    if (c.risks().isEmpty()) {
      docx.note(NO_RISKS.in(language), true);
    } else {
      List<List<String>> risks = new ArrayList<>();
      for (RiskEvaluation e : c.risks()) {
        risks.add(List.of(e.risk().id() + " · " + e.risk().title(), stage(e, RiskStage.INHERENT), stage(e, RiskStage.RESIDUAL),
            Words.acceptance(e.acceptanceStatus(), language)));
      }
      docx.table(List.of(RISK.in(language), INHERENT.in(language), RESIDUAL.in(language), ACCEPTANCE.in(language)), risks);
    }

    docx.heading(1, "5. " + MEASURES.in(language));
    recorded(docx, rec.flatMap(DpiaRecord::measures), DpiaRecord.Part.MEASURES);
    if (c.measures().isEmpty()) {
      docx.note(NO_MEASURES.in(language), true);
    } else {
      List<List<String>> measures = new ArrayList<>();
      for (ActionItem i : c.measures()) {
        measures.add(List.of(i.title(), i.owner().orElse("—"), i.due().map(Object::toString).orElse("—"), i.status().label(language)
            + (i.resolvedOn().isPresent() ? " · " + RESOLVED.in(language) : "")));
      }
      docx.table(List.of(MEASURE.in(language), OWNER.in(language), DUE.in(language), STATUS.in(language)), measures);
    }

    docx.heading(1, "6. " + DPO_ADVICE.in(language));
    Optional<DpiaRecord.DpoAdvice> advice = rec.flatMap(DpiaRecord::dpoAdvice);
    if (advice.isPresent()) {
      docx.table(List.of(DATE.in(language), CONTENT.in(language)), List.of(List.of(advice.get().on().toString(), advice.get().advice())));
    } else {
      recorded(docx, Optional.empty(), DpiaRecord.Part.DPO_ADVICE);
    }

    docx.heading(1, "7. " + DECISION.in(language));
    Optional<DpiaRecord.Decision> decision = rec.flatMap(DpiaRecord::decision);
    if (decision.isPresent()) {
      DpiaRecord.Decision x = decision.get();
      docx.table(List.of(ITEM.in(language), CONTENT.in(language)), List.of(
          List.of(DECIDED_BY.in(language), x.decidedBy()),
          List.of(DATE.in(language), x.on().toString()),
          List.of(OUTCOME.in(language), Words.decision(x.outcome(), language)),
          List.of(REASONS.in(language), x.reasons())));
    } else {
      recorded(docx, Optional.empty(), DpiaRecord.Part.DECISION);
    }
    Optional<DpiaRecord.PriorConsultation> consulted = rec.flatMap(DpiaRecord::priorConsultation);
    if (consulted.isPresent()) {
      docx.paragraph(PRIOR_CONSULTATION.in(language) + " " + consulted.get().on() + ": " + consulted.get().reference());
    } else if (d.priorConsultationPending()) {
      docx.note(CONSULTATION_PENDING.in(language), true);
    }
    docx.heading(2, SIGN_OFFS.in(language));
    if (c.signOffs().isEmpty()) {
      docx.note(NO_SIGN_OFFS.in(language), true);
    } else {
      List<List<String>> signed = new ArrayList<>();
      for (SignOffReview v : c.signOffs()) {
        signed.add(List.of(v.signOff().kind().label(language), v.signOff().signedBy() + " (" + v.signOff().role() + ")", v.signOff().signedOn().toString(),
            v.status().label(language) + v.changes().stream().map(ch -> "\n" + ch.field() + ": " + ch.approved().orElse("—") + " → " + ch.now().orElse("—"))
                .collect(Collectors.joining())));
      }
      docx.table(List.of(KIND.in(language), SIGNED_BY.in(language), DATE.in(language), STATUS.in(language)), signed);
    }
  }

  /** The text the register records for a part of the assessment, or a marked note that it is missing. */
  private void recorded(Docx docx, Optional<String> text, DpiaRecord.@Nullable Part part) {
    if (text.isPresent()) {
      docx.paragraph(text.get());
    } else if (part != null) {
      docx.note(MISSING.in(language) + ": " + part.label(language), true);
    }
  }

  private String stage(RiskEvaluation e, RiskStage stage) {
    return e.stage(stage).map(s -> s.level().label().in(language) + " (" + s.cell().likelihood() + "×" + s.cell().consequence() + ")").orElse("—");
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private interface Body {
    void fill(Docx docx);
  }

  private void write(OutputStream out, Body body) {
    try (XWPFDocument doc = new XWPFDocument()) {
      body.fill(new Docx(doc));
      doc.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the document", e);
    }
  }

  private static final LocalizedText GENERATED = t("Framtaget ur registret", "Laget fra registeret", "Generated from the register on");
  private static final LocalizedText TO_COMPLETE = t("%d uppgifter saknas i registret och måste fyllas i.", "%d opplysninger mangler i registeret og må fylles ut.",
      "%d items are missing from the register and must be completed.");
  private static final LocalizedText MISSING = t("Saknas", "Mangler", "Missing");
  private static final LocalizedText NONE = t("Inga registrerade", "Ingen registrert", "None recorded");
  private static final LocalizedText ITEM = t("Uppgift", "Opplysning", "Item");
  private static final LocalizedText CONTENT = t("Innehåll", "Innhold", "Content");
  private static final LocalizedText DPIA_TITLE = t("Konsekvensbedömning avseende dataskydd", "Vurdering av personvernkonsekvenser", "Data protection impact assessment");
  private static final LocalizedText DESCRIPTION = t("Systematisk beskrivning av behandlingen och ändamålen (art. 35.7 a)",
      "Systematisk beskrivelse av behandlingen og formålene (art. 35 nr. 7 bokstav a)", "Systematic description of the processing and its purposes (Art. 35(7)(a))");
  private static final LocalizedText PARTS_TO_COMPLETE = t("%d delar av konsekvensbedömningen saknas i registret och måste fyllas i.",
      "%d deler av vurderingen mangler i registeret og må fylles ut.", "%d parts of the assessment are missing from the register and must be completed.");
  private static final LocalizedText CONTROLLER = t("Personuppgiftsansvarig", "Behandlingsansvarlig", "Controller");
  private static final LocalizedText PURPOSE = t("Ändamål", "Formål", "Purpose");
  private static final LocalizedText LEGAL_BASIS = t("Rättslig grund", "Behandlingsgrunnlag", "Legal basis");
  private static final LocalizedText SUBJECTS = t("Kategorier av registrerade", "Kategorier av registrerte", "Categories of data subjects");
  private static final LocalizedText SYSTEMS = t("System som används", "Systemer som brukes", "Systems used");
  private static final LocalizedText SYSTEM = t("System", "System", "System");
  private static final LocalizedText NECESSITY = t("Nödvändighet och proportionalitet (art. 35.7 b)", "Nødvendighet og forholdsmessighet (art. 35 nr. 7 bokstav b)",
      "Necessity and proportionality (Art. 35(7)(b))");
  private static final LocalizedText DPO_ADVICE = t("Dataskyddsombudets råd (art. 35.2)", "Personvernombudets råd (art. 35 nr. 2)",
      "The data protection officer's advice (Art. 35(2))");
  private static final LocalizedText DECISION = t("Den personuppgiftsansvariges beslut", "Den behandlingsansvarliges beslutning", "The controller's decision");
  private static final LocalizedText DECIDED_BY = t("Beslutat av", "Besluttet av", "Decided by");
  private static final LocalizedText OUTCOME = t("Beslut", "Beslutning", "Decision");
  private static final LocalizedText REASONS = t("Skäl", "Begrunnelse", "Reasons");
  private static final LocalizedText PRIOR_CONSULTATION = t("Förhandssamråd med tillsynsmyndigheten (art. 36)", "Forhåndsdrøftelse med Datatilsynet (art. 36)",
      "Prior consultation of the supervisory authority (Art. 36)");
  private static final LocalizedText CONSULTATION_PENDING = t(
      "Den personuppgiftsansvarige har beslutat att begära förhandssamråd med IMY (art. 36), men inget samråd är registrerat. Behandlingen får inte påbörjas förrän samrådet har skett.",
      "Den behandlingsansvarlige har besluttet å be om forhåndsdrøftelse med Datatilsynet (art. 36), men ingen drøftelse er registrert. Behandlingen kan ikke starte før drøftelsen er gjennomført.",
      "The controller decided to consult the supervisory authority first (Art. 36), and no consultation is recorded. The processing may not start before it.");
  private static final LocalizedText OWNER = t("Ansvarig", "Ansvarlig", "Owner");
  private static final LocalizedText VENDOR = t("Leverantör", "Leverandør", "Vendor");
  private static final LocalizedText LOCATIONS = t("Lagringsländer", "Lagringsland", "Data locations");
  private static final LocalizedText ASSETS = t("Informationstillgångar och klassning", "Informasjonsressurser og klassifisering", "Information assets and classification");
  private static final LocalizedText ASSET = t("Informationstillgång", "Informasjonsressurs", "Information asset");
  private static final LocalizedText CLASSIFICATION = t("Klassning", "Klassifisering", "Classification");
  private static final LocalizedText UNCLASSIFIED = t("inte klassad", "ikke klassifisert", "not classified");
  private static final LocalizedText CATEGORIES = t("Uppgiftskategorier", "Opplysningskategorier", "Data categories");
  private static final LocalizedText SCREENING = t("Bedömning av behovet (WP248)", "Vurdering av behovet (WP248)", "Screening (WP248)");
  private static final LocalizedText CRITERION = t("Kriterium eller förteckning", "Kriterium eller liste", "Criterion or list item");
  private static final LocalizedText WHY = t("Varför", "Hvorfor", "Why");
  private static final LocalizedText BASIS = t("Grund", "Grunnlag", "Basis");
  private static final LocalizedText RISKS = t("Risker för de registrerades rättigheter och friheter (art. 35.7 c)",
      "Risikoer for de registrertes rettigheter og friheter (art. 35 nr. 7 bokstav c)", "Risks to the rights and freedoms of the data subjects (Art. 35(7)(c))");
  private static final LocalizedText NO_RISKS = t("Inga risker i riskregistret för behandlingen eller dess system.",
      "Ingen risikoer i risikoregisteret for behandlingen eller systemene den bruker.", "No risks in the risk register for the processing or its systems.");
  private static final LocalizedText RISK = t("Risk", "Risiko", "Risk");
  private static final LocalizedText INHERENT = t("Inneboende risk", "Iboende risiko", "Inherent risk");
  private static final LocalizedText RESIDUAL = t("Restrisk", "Restrisiko", "Residual risk");
  private static final LocalizedText ACCEPTANCE = t("Acceptans", "Aksept", "Acceptance");
  private static final LocalizedText MEASURES = t("Planerade åtgärder mot riskerna (art. 35.7 d)", "Planlagte tiltak mot risikoene (art. 35 nr. 7 bokstav d)",
      "Measures envisaged to address the risks (Art. 35(7)(d))");
  private static final LocalizedText NO_MEASURES = t("Inga åtgärder i åtgärdsplanen för behandlingen eller dess system.",
      "Ingen tiltak i tiltaksplanen for behandlingen eller systemene den bruker.", "No measures in the action plan for the processing or its systems.");
  private static final LocalizedText MEASURE = t("Åtgärd", "Tiltak", "Measure");
  private static final LocalizedText DUE = t("Klart senast", "Frist", "Due");
  private static final LocalizedText STATUS = t("Status", "Status", "Status");
  private static final LocalizedText RESOLVED = t("löst enligt analysen", "løst ifølge analysen", "resolved by the analysis");
  private static final LocalizedText SIGN_OFFS = t("Undertecknade beslut och yttranden", "Signerte beslutninger og uttalelser", "Signed decisions and opinions");
  private static final LocalizedText NO_SIGN_OFFS = t("Inga undertecknade beslut eller yttranden om behandlingen.", "Ingen signerte beslutninger eller uttalelser om behandlingen.",
      "No signed decision or opinion about the processing.");
  private static final LocalizedText KIND = t("Slag", "Type", "Kind");
  private static final LocalizedText SIGNED_BY = t("Av", "Av", "By");
  private static final LocalizedText DATE = t("Datum", "Dato", "Date");
}
