package io.github.trygg.export;

import static io.github.trygg.export.internal.Words.t;

import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.plan.ActionItem;
import io.github.trygg.core.plan.Evidence;
import io.github.trygg.core.records.DraftDocument;
import io.github.trygg.core.records.DraftItem;
import io.github.trygg.core.records.DraftSection;
import io.github.trygg.core.records.Records;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.OverdueReview;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.requirements.ApplicableRequirement;
import io.github.trygg.core.requirements.RequirementList;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskStage;
import io.github.trygg.core.risk.StageEvaluation;
import io.github.trygg.export.internal.Files2;
import io.github.trygg.export.internal.Sheets;
import io.github.trygg.export.internal.Words;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apiguardian.api.API;

/**
 * The officer's workbook in one language: the action plan, requirement gaps, risks with inherent and
 * residual levels, the Art. 30 record, processors and transfers, and what is overdue — each a sheet
 * with a frozen, filtered header row and dates as dates. Thread-safe; each call writes a new file.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OfficerWorkbook {
  private final Language language;

  private OfficerWorkbook(Language language) {
    this.language = language;
  }

  /**
   * A workbook writer whose sheet names, headers and cell texts are in {@code language}.
   *
   * @param language the language of everything the workbook shows
   * @return the writer
   */
  public static OfficerWorkbook of(Language language) {
    return new OfficerWorkbook(language);
  }

  /**
   * The language the workbook is written in.
   *
   * @return the language given to {@link #of(Language)}
   */
  public Language language() {
    return language;
  }

  /**
   * The sheet names, in order, as this workbook writes them.
   *
   * @return the six sheet names in this workbook's language
   */
  public List<String> sheetNames() {
    return List.of(PLAN.in(language), GAPS.in(language), RISKS.in(language), ART30.in(language), PROCESSORS.in(language), OVERDUE.in(language));
  }

  /**
   * Writes the workbook (XLSX) to {@code out}, which is not closed.
   *
   * @param content what goes into the sheets
   * @param out where the XLSX bytes go
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(WorkbookContent content, OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.getProperties().getCoreProperties().setTitle(content.register().name().orElse("Trygg"));
      workbook.getProperties().getCoreProperties().setCreator("Trygg");
      Sheets sheets = new Sheets(workbook);
      List<String> names = sheetNames();
      sheets.sheet(names.get(0), headers(PLAN_HEADERS), plan(content));
      sheets.sheet(names.get(1), headers(GAP_HEADERS), gaps(content));
      sheets.sheet(names.get(2), headers(RISK_HEADERS), risks(content));
      sheets.sheet(names.get(3), headers(ART30_HEADERS), art30(content));
      sheets.sheet(names.get(4), headers(PROCESSOR_HEADERS), processors(content.register()));
      sheets.sheet(names.get(5), headers(OVERDUE_HEADERS), overdue(content));
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the workbook", e);
    }
  }

  /**
   * Writes the workbook to {@code file} through a temporary file, so a failure leaves no
   * half-written file behind.
   *
   * @param content what goes into the sheets
   * @param file the XLSX file to write or replace
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void write(WorkbookContent content, Path file) {
    Files2.write(file, out -> write(content, out));
  }

  // ---- sheets ----------------------------------------------------------------------------------

  private static final LocalizedText PLAN = t("Åtgärdsplan", "Tiltaksplan", "Action plan");
  private static final LocalizedText GAPS = t("Kravgap", "Kravgap", "Requirement gaps");
  private static final LocalizedText RISKS = t("Risker", "Risikoer", "Risks");
  private static final LocalizedText ART30 = t("Registerförteckning art. 30", "Protokoll art. 30", "Art. 30 record");
  private static final LocalizedText PROCESSORS = t("Biträden och överföringar", "Databehandlere og overføringer", "Processors and transfers");
  private static final LocalizedText OVERDUE = t("Försenat", "Frist passert", "Overdue");

  private static final List<LocalizedText> PLAN_HEADERS = List.of(t("Id", "Id", "Id"), t("Åtgärd", "Tiltak", "Action"),
      t("Ursprung", "Opphav", "Origin"), t("Regel eller fynd", "Regel eller funn", "Rule or finding"), t("Gäller", "Gjelder", "Concerns"),
      t("Prioritet", "Prioritet", "Priority"), t("Varför den prioriteten", "Hvorfor den prioriteten", "Why that priority"),
      t("Ansvarig", "Ansvarlig", "Owner"), t("Klart senast", "Frist", "Due"), t("Status", "Status", "Status"),
      t("Motivering", "Begrunnelse", "Reason"), t("Godkänd av", "Godkjent av", "Approved by"), t("Godkänd den", "Godkjent dato", "Approved on"),
      t("Underlag", "Dokumentasjon", "Evidence"), t("Skapad", "Opprettet", "Created"), t("Löst av analysen", "Løst av analysen", "Resolved by the analysis"),
      t("Försenad", "Frist passert", "Overdue"));
  private static final List<LocalizedText> GAP_HEADERS = List.of(t("System", "System", "System"), t("Krav", "Krav", "Requirement"),
      t("Aspekt", "Aspekt", "Aspect"), t("Nivå", "Nivå", "Level"), t("Status", "Status", "Status"), t("Vald åtgärd", "Valgt tiltak", "Chosen measure"),
      t("Kravtext", "Kravtekst", "Requirement text"), t("Källor", "Kilder", "References"));
  private static final List<LocalizedText> RISK_HEADERS = List.of(t("Id", "Id", "Id"), t("Risk", "Risiko", "Risk"), t("Kategori", "Kategori", "Category"),
      t("Ägare", "Eier", "Owner"), t("Inneboende sannolikhet", "Iboende sannsynlighet", "Inherent likelihood"),
      t("Inneboende konsekvens", "Iboende konsekvens", "Inherent consequence"), t("Inneboende nivå", "Iboende nivå", "Inherent level"),
      t("Restrisk sannolikhet", "Restrisiko sannsynlighet", "Residual likelihood"), t("Restrisk konsekvens", "Restrisiko konsekvens", "Residual consequence"),
      t("Restrisk nivå", "Restrisiko nivå", "Residual level"), t("Acceptans", "Aksept", "Acceptance"), t("Behöver uppmärksamhet", "Trenger oppmerksomhet", "Needs attention"));
  private static final List<LocalizedText> ART30_HEADERS = List.of(t("Avsnitt", "Avsnitt", "Section"), t("Uppgift", "Opplysning", "Item"),
      t("Hänvisning", "Henvisning", "Reference"), t("Innehåll", "Innhold", "Content"), t("Saknas", "Mangler", "Missing"));
  private static final List<LocalizedText> PROCESSOR_HEADERS = List.of(t("Id", "Id", "Id"), t("Leverantör", "Leverandør", "Vendor"),
      t("Roll", "Rolle", "Role"), t("Land", "Land", "Country"), t("Underbiträde till", "Underdatabehandler for", "Sub-processor of"),
      t("Avtal", "Avtale", "Agreement"), t("Skyddsåtgärder vid överföring", "Garantier ved overføring", "Transfer safeguards"),
      t("Underlag", "Dokumentasjon", "Evidence"), t("Företrädare i EU", "Representant i EU", "EU representative"),
      t("Dataskyddsombud", "Personvernombud", "Data protection officer"), t("System", "Systemer", "Systems"),
      t("Lagringsländer", "Lagringsland", "Data locations"));
  private static final List<LocalizedText> OVERDUE_HEADERS = List.of(t("Vad", "Hva", "What"), t("Id", "Id", "Id"),
      t("Beskrivning", "Beskrivelse", "Description"), t("Skulle vara klart", "Frist", "Was due"), t("Ansvarig", "Ansvarlig", "Owner"));

  private List<String> headers(List<LocalizedText> headers) {
    return headers.stream().map(h -> h.in(language)).toList();
  }

  private List<List<Object>> plan(WorkbookContent content) {
    List<List<Object>> rows = new ArrayList<>();
    for (ActionItem i : content.actionPlan().map(p -> p.items()).orElse(List.of())) {
      rows.add(Arrays.asList(i.id(), i.title(), i.origin().kind().label(language), i.origin().ruleLabel().in(language), i.origin().subjectLabel().in(language),
          i.priority().label(language), i.priorityReason().orElse(""), i.owner().orElse(""), i.due().orElse(null), i.status().label(language),
          i.statusReason().orElse(""), i.approvedBy().orElse(""), i.approvedOn().orElse(null),
          i.evidence().stream().map(Evidence::reference).collect(Collectors.joining("\n")), i.createdOn().orElse(null), i.resolvedOn().orElse(null),
          Words.yes(i.isOverdue(content.on()), language)));
    }
    return rows;
  }

  private List<List<Object>> gaps(WorkbookContent content) {
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, RequirementList> e : content.requirements().entrySet()) {
      String system = content.register().system(e.getKey()).map(InformationSystem::name).orElse(e.getKey());
      for (ApplicableRequirement g : e.getValue().gaps()) {
        rows.add(Arrays.asList(system, g.requirement().id(), Words.aspect(g.requirement().aspect(), language), g.aspectLevel().ordinalLevel(),
            Words.status(g.status(), language), g.assessment().flatMap(a -> a.measure()).orElse(""), g.requirement().text().in(language),
            g.requirement().references().stream().map(LegalReference::citation).collect(Collectors.joining("; "))));
      }
    }
    return rows;
  }

  private List<List<Object>> risks(WorkbookContent content) {
    List<List<Object>> rows = new ArrayList<>();
    for (RiskEvaluation e : content.risks()) {
      Optional<StageEvaluation> inherent = e.stage(RiskStage.INHERENT);
      Optional<StageEvaluation> residual = e.stage(RiskStage.RESIDUAL);
      rows.add(Arrays.asList(e.risk().id(), e.risk().title(), Words.category(e.risk().category(), language), e.risk().owner().orElse(""),
          inherent.map(s -> (Object) s.cell().likelihood()).orElse(null), inherent.map(s -> (Object) s.cell().consequence()).orElse(null),
          inherent.map(s -> s.level().label().in(language)).orElse(""),
          residual.map(s -> (Object) s.cell().likelihood()).orElse(null), residual.map(s -> (Object) s.cell().consequence()).orElse(null),
          residual.map(s -> s.level().label().in(language)).orElse(""), Words.acceptance(e.acceptanceStatus(), language),
          e.findings().stream().map(f -> f.in(language)).collect(Collectors.joining("\n"))));
    }
    return rows;
  }

  private List<List<Object>> art30(WorkbookContent content) {
    DraftDocument record = Records.recordOfProcessing(content.register(), content.on());
    List<List<Object>> rows = new ArrayList<>();
    for (DraftSection s : record.sections()) {
      for (DraftItem i : s.items()) {
        rows.add(Arrays.asList(s.title().in(language), i.label().in(language), i.reference().orElse(""),
            i.values().stream().map(v -> v.in(language)).collect(Collectors.joining("\n")), i.missing().map(m -> m.in(language)).orElse("")));
      }
    }
    return rows;
  }

  private List<List<Object>> processors(Register register) {
    List<List<Object>> rows = new ArrayList<>();
    for (Vendor v : register.vendors()) {
      List<InformationSystem> systems = register.systems().stream().filter(s -> s.vendor().map(v.id()::equals).orElse(false)).toList();
      rows.add(Arrays.asList(v.id(), v.name(), Words.role(v.role(), language), v.country(), v.processorOf().orElse(""), v.agreementDate().orElse(null),
          v.safeguards().stream().map(s -> Words.safeguard(s, language)).collect(Collectors.joining("; ")), v.safeguardEvidence().orElse(""),
          v.euRepresentative().orElse(""), v.dpoContact().orElse(""), systems.stream().map(InformationSystem::name).collect(Collectors.joining("; ")),
          systems.stream().flatMap(s -> s.dataLocations().stream()).distinct().collect(Collectors.joining(", "))));
    }
    return rows;
  }

  private List<List<Object>> overdue(WorkbookContent content) {
    List<List<Object>> rows = new ArrayList<>();
    LocalizedText never = t("aldrig översedd", "aldri gjennomgått", "never reviewed");
    for (OverdueReview r : content.register().overdueReviews(content.on())) {
      rows.add(Arrays.asList(Words.entryKind(r.entry().kind(), language), r.entry().id(), never.in(language).equals("") ? "" : r.neverReviewed() ? never.in(language) : "",
          r.dueOn().orElse(null), ""));
    }
    LocalizedText item = t("åtgärd", "tiltak", "action item");
    content.actionPlan().ifPresent(p -> p.overdue(content.on()).forEach(i -> rows.add(Arrays.asList(item.in(language), i.id(), i.title(),
        i.due().orElse(null), i.owner().orElse("")))));
    return rows;
  }
}
