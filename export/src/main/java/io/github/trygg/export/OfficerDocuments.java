package io.github.trygg.export;

import io.github.trygg.core.register.RegisterCodes;
import static io.github.trygg.export.internal.Words.t;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.dpia.MatchedItem;
import io.github.trygg.core.dpia.MetCriterion;
import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.plan.ActionItem;
import io.github.trygg.core.records.DraftDocument;
import io.github.trygg.core.records.DraftItem;
import io.github.trygg.core.records.DraftSection;
import io.github.trygg.core.register.InformationSystem;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apiguardian.api.API;

/**
 * DOCX documents in one language: the Art. 30 record, processor-agreement appendices and a
 * processor's Art. 30(2) record (any {@link DraftDocument}, with every missing field marked), and a
 * DPIA from the screening, risks, measures and sign-offs. Headings use real heading styles, so Word
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
    InformationSystem s = c.system();
    ScreeningResult r = c.screening();
    docx.title(DPIA_TITLE.in(language) + ": " + s.name());
    docx.small(GENERATED.in(language) + " " + c.on() + " · GDPR Art. 35");

    docx.heading(1, "1. " + DESCRIPTION.in(language));
    docx.paragraph(s.description().orElse(s.name()));
    List<List<String>> facts = new ArrayList<>();
    facts.add(List.of(OWNER.in(language), s.owner().orElse("—")));
    facts.add(List.of(VENDOR.in(language), s.vendor().flatMap(c.register()::vendor).map(v -> v.name() + " (" + Words.role(v.role(), language) + ", " + v.country() + ")").orElse("—")));
    facts.add(List.of(LOCATIONS.in(language), s.dataLocations().isEmpty() ? "—" : String.join(", ", s.dataLocations())));
    docx.table(List.of(ITEM.in(language), CONTENT.in(language)), facts);
    Set<String> assetIds = new LinkedHashSet<>(s.assetsStored());
    assetIds.addAll(s.assetsProcessed());
    List<List<String>> assets = new ArrayList<>();
    for (String id : assetIds) {
      c.register().asset(id).ifPresent(a -> assets.add(List.of(a.name(), a.owner().orElse("—"),
          a.classification().map(AssetClassification::fingerprint).orElse(UNCLASSIFIED.in(language)), a.dataCategories().isEmpty() ? "—" : String.join(", ", a.dataCategories().stream().map(x -> RegisterCodes.bundled().dataCategory(x, language)).toList()))));
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

    docx.heading(1, "3. " + RISKS.in(language));
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

    docx.heading(1, "4. " + MEASURES.in(language));
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

    docx.heading(1, "5. " + SIGN_OFFS.in(language));
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
  private static final LocalizedText DESCRIPTION = t("Beskrivning av behandlingen", "Beskrivelse av behandlingen", "Description of the processing");
  private static final LocalizedText OWNER = t("Ansvarig", "Ansvarlig", "Owner");
  private static final LocalizedText VENDOR = t("Leverantör", "Leverandør", "Vendor");
  private static final LocalizedText LOCATIONS = t("Lagringsländer", "Lagringsland", "Data locations");
  private static final LocalizedText ASSETS = t("Informationsmängder och klassning", "Informasjonsmengder og klassifisering", "Assets and classification");
  private static final LocalizedText ASSET = t("Informationsmängd", "Informasjonsmengde", "Asset");
  private static final LocalizedText CLASSIFICATION = t("Klassning", "Klassifisering", "Classification");
  private static final LocalizedText UNCLASSIFIED = t("inte klassad", "ikke klassifisert", "not classified");
  private static final LocalizedText CATEGORIES = t("Uppgiftskategorier", "Opplysningskategorier", "Data categories");
  private static final LocalizedText SCREENING = t("Bedömning av behovet (WP248)", "Vurdering av behovet (WP248)", "Screening (WP248)");
  private static final LocalizedText CRITERION = t("Kriterium eller förteckning", "Kriterium eller liste", "Criterion or list item");
  private static final LocalizedText WHY = t("Varför", "Hvorfor", "Why");
  private static final LocalizedText BASIS = t("Grund", "Grunnlag", "Basis");
  private static final LocalizedText RISKS = t("Risker för de registrerade", "Risikoer for de registrerte", "Risks to the data subjects");
  private static final LocalizedText NO_RISKS = t("Inga risker registrerade för systemet.", "Ingen risikoer registrert for systemet.", "No risks recorded for the system.");
  private static final LocalizedText RISK = t("Risk", "Risiko", "Risk");
  private static final LocalizedText INHERENT = t("Inneboende risk", "Iboende risiko", "Inherent risk");
  private static final LocalizedText RESIDUAL = t("Restrisk", "Restrisiko", "Residual risk");
  private static final LocalizedText ACCEPTANCE = t("Acceptans", "Aksept", "Acceptance");
  private static final LocalizedText MEASURES = t("Planerade åtgärder", "Planlagte tiltak", "Measures envisaged");
  private static final LocalizedText NO_MEASURES = t("Inga åtgärder i åtgärdsplanen för systemet.", "Ingen tiltak i tiltaksplanen for systemet.",
      "No measures in the action plan for the system.");
  private static final LocalizedText MEASURE = t("Åtgärd", "Tiltak", "Measure");
  private static final LocalizedText DUE = t("Klart senast", "Frist", "Due");
  private static final LocalizedText STATUS = t("Status", "Status", "Status");
  private static final LocalizedText RESOLVED = t("löst enligt analysen", "løst ifølge analysen", "resolved by the analysis");
  private static final LocalizedText SIGN_OFFS = t("Beslut och yttranden", "Vedtak og uttalelser", "Decisions and opinions");
  private static final LocalizedText NO_SIGN_OFFS = t("Inget beslut eller yttrande registrerat.", "Ingen vedtak eller uttalelse registrert.",
      "No decision or opinion recorded.");
  private static final LocalizedText KIND = t("Slag", "Type", "Kind");
  private static final LocalizedText SIGNED_BY = t("Av", "Av", "By");
  private static final LocalizedText DATE = t("Datum", "Dato", "Date");
}
