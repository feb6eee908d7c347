package io.github.trygg.examples.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ClassificationProfile;
import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.dpia.DpiaSuggestions;
import io.github.trygg.core.dpia.PriorConsultation;
import io.github.trygg.core.dpia.ScreeningInput;
import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.dpia.WelfareTemplate;
import io.github.trygg.core.dpia.WelfareTemplates;
import io.github.trygg.core.questionnaire.Answers;
import io.github.trygg.core.questionnaire.QuestionnaireResult;
import io.github.trygg.core.questionnaire.Questionnaires;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.RecoveryObjectives;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.core.register.SystemFeature;
import io.github.trygg.core.requirements.ApplicableRequirement;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.requirements.RequirementAssessment;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.requirements.RequirementContext;
import io.github.trygg.core.requirements.RequirementList;
import io.github.trygg.core.risk.AcceptanceStatus;
import io.github.trygg.core.risk.AffectedAsset;
import io.github.trygg.core.risk.HeatMap;
import io.github.trygg.core.risk.HeatMapCell;
import io.github.trygg.core.risk.Risk;
import io.github.trygg.core.risk.RiskAnalyzer;
import io.github.trygg.core.risk.RiskAssessment;
import io.github.trygg.core.risk.RiskCategory;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskStage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample register "Exempelkommun" assessed end to end: its assets classified with the
 * questionnaire and compared with the owners' recorded classification, its systems given their
 * requirement lists and gaps, its welfare technology screened for a DPIA, and a risk whose
 * acceptance lapses when a classification changes — every explanation printed in Swedish,
 * Norwegian bokmål and English.
 */
class SampleRegisterAssessmentTest {
  static final Path SAMPLE = Path.of("registers/exempelkommun");
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final Register REGISTER = RegisterReader.read(SAMPLE.resolve("product-larmkraft.yaml"), SAMPLE.resolve("register.yaml"));
  static final ClassificationProfile KLASSA = ClassificationProfiles.bundled().get(ClassificationProfiles.KLASSA).orElseThrow();
  static final Set<String> VULNERABLE = Set.of("care-recipient", "child", "patient");

  /**
   * What the information owner answers that the register cannot say: secrecy, harm from wrong or
   * missing information, decisions, tolerable downtime and data loss in hours, traceability.
   */
  record OwnerAnswers(String secrecy, String wrongHarm, String unavailableHarm, String decisions, double downtime, double dataLoss, String traceability) {}

  static final Map<String, OwnerAnswers> OWNER = new LinkedHashMap<>();

  static {
    // Reviewed in May 2026 against the level descriptions: serious harm to life and health is level 3.
    OWNER.put("larmhandelser", new OwnerAnswers("reversed-harm-test", "serious", "serious", "no", 0.1, 0.02, "legal-duty"));
    OWNER.put("brukaruppgifter", new OwnerAnswers("reversed-harm-test", "serious", "minor", "no", 8, 4, "per-person"));
    OWNER.put("positioner", new OwnerAnswers("reversed-harm-test", "serious", "serious", "no", 1, 0.25, "legal-duty"));
    OWNER.put("kamerabilder", new OwnerAnswers("reversed-harm-test", "no", "minor", "no", 8, 1000, "legal-duty"));
    OWNER.put("lakemedelsdata", new OwnerAnswers("reversed-harm-test", "serious", "serious", "no", 2, 1, "per-person"));
    OWNER.put("insatsplanering", new OwnerAnswers("reversed-harm-test", "minor", "serious", "correctable", 2, 1, "per-person"));
    OWNER.put("journalanteckningar", new OwnerAnswers("reversed-harm-test", "serious", "minor", "rights", 8, 1, "legal-duty"));
    OWNER.put("socialtjanstarenden", new OwnerAnswers("reversed-harm-test", "no", "no", "rights", 24, 4, "legal-duty"));
    OWNER.put("ansokningar", new OwnerAnswers("reversed-harm-test", "no", "no", "correctable", 168, 24, "per-person"));
    OWNER.put("sms-paminnelser", new OwnerAnswers("none", "no", "no", "no", 168, 1000, "no"));
    OWNER.put("statistikunderlag", new OwnerAnswers("reversed-harm-test", "no", "no", "correctable", 168, 1000, "per-person"));
    OWNER.put("arkivhandlingar", new OwnerAnswers("reversed-harm-test", "no", "no", "rights", 168, 1000, "legal-duty"));
  }

  /** Answers the register already gives (personal-data flags, subjects, volume) plus the owner's. */
  static Answers answers(InformationAsset asset, OwnerAnswers owner) {
    List<String> special = new ArrayList<>();
    if (asset.specialCategory()) {
      special.add(asset.dataCategories().contains("health") ? "health" : "other-special");
    }
    if (asset.criminalData()) {
      special.add("criminal");
    }
    boolean vulnerable = asset.children() || asset.dataSubjectCategories().stream().anyMatch(VULNERABLE::contains);
    Answers.Builder b = Answers.builder()
        .choose("personal-data", asset.personalData() ? "yes" : "no")
        .choose("special-categories", special)
        .choose("identity-numbers", asset.nationalIdentityNumbers() ? "yes" : "no")
        .choose("vulnerable-subjects", vulnerable ? "yes" : "no")
        .choose("secrecy", owner.secrecy())
        .choose("wrong-information-harm", owner.wrongHarm())
        .choose("unavailable-information-harm", owner.unavailableHarm())
        .choose("decisions", owner.decisions())
        .hours("tolerable-downtime", owner.downtime())
        .hours("data-loss", owner.dataLoss())
        .choose("traceability", owner.traceability());
    asset.volume().ifPresent(v -> b.choose("volume", v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    return b.build();
  }

  @Test
  void everyAssetIsClassifiedWithReasonsAndComparedWithTheOwnersRecord() {
    assertEquals(OWNER.keySet(), REGISTER.assets().stream().map(InformationAsset::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    List<String> differences = new ArrayList<>();
    for (InformationAsset asset : REGISTER.assets()) {
      QuestionnaireResult result = Questionnaires.classification().evaluate(answers(asset, OWNER.get(asset.id())));
      assertTrue(result.unanswered().isEmpty(), asset.id() + " " + result.unanswered());
      AssetClassification derived = result.toClassification(KLASSA, Language.SWEDISH, "Informationsägare", TODAY);
      for (SecurityAspect aspect : SecurityAspect.values()) {
        assertFalse(derived.ratings().get(aspect).justification().isBlank(), asset.id() + " " + aspect);
      }
      print("== " + asset.name() + " (" + asset.id() + ")");
      for (Language language : Language.values()) {
        result.explain(KLASSA, language).forEach(SampleRegisterAssessmentTest::print);
      }
      AssetClassification recorded = asset.classification().orElseThrow();
      for (SecurityAspect aspect : SecurityAspect.values()) {
        ConsequenceLevel was = recorded.levels().get(aspect);
        ConsequenceLevel now = derived.levels().get(aspect);
        if (was != now) {
          differences.add(asset.id() + " " + aspect.name().charAt(0) + " " + was.ordinalLevel() + "→" + now.ordinalLevel());
        }
      }
    }
    print("Questionnaire vs recorded classification: " + differences);
    // The questionnaire agrees with the owners everywhere except where the register records a
    // judgement the answers cannot see: pseudonymisation, "only for the moment" images, a lower
    // confidentiality for social-services data than the reversed harm test of OSL 26:1 suggests,
    // traceability for special-category data below the legal-duty level, and reminders that the
    // owner judged harmless although they go to care recipients.
    assertEquals(List.of(
        "brukaruppgifter C 2→3",
        "kamerabilder I 1→0",
        "lakemedelsdata T 2→3",
        "insatsplanering C 2→3",
        "insatsplanering T 2→3",
        "ansokningar C 2→3",
        "sms-paminnelser C 1→2",
        "sms-paminnelser I 1→0",
        "sms-paminnelser T 0→2",
        "statistikunderlag C 2→3",
        "statistikunderlag T 2→3"), differences);
    assertFalse(REGISTER.asset("larmhandelser").orElseThrow().classification().orElseThrow().requiresSeparateAnalysis(),
        "level 3 covers serious harm to life and health; no aspect of the sample needs level 4");
  }

  /** The organisation's own assessment of a few requirements, from what the register records. */
  static List<RequirementAssessment> fromRegister(InformationSystem system) {
    List<RequirementAssessment> out = new ArrayList<>();
    system.authentication().ifPresent(a -> {
      ImplementationStatus strong = a.satisfies(AssuranceLevel.SUBSTANTIAL) ? ImplementationStatus.MET : ImplementationStatus.NOT_MET;
      out.add(RequirementAssessment.of("au-02", strong, "Inloggning på nivå " + a.name().toLowerCase(java.util.Locale.ROOT)));
      out.add(RequirementAssessment.of("au-03", strong, "Inloggning på nivå " + a.name().toLowerCase(java.util.Locale.ROOT)));
    });
    system.recoveryCapability().flatMap(RecoveryObjectives::maxDowntime).ifPresent(d -> out.add(RequirementAssessment.of("br-03",
        d.compareTo(Duration.ofHours(4)) <= 0 ? ImplementationStatus.MET : ImplementationStatus.NOT_MET, "Utlovad återställningstid " + d)));
    return out;
  }

  @Test
  void everySystemGetsItsRequirementsGapsAndProcurementPhrasing() {
    Map<String, Integer> gapsPerSystem = new LinkedHashMap<>();
    for (InformationSystem system : REGISTER.systems()) {
      RequirementContext context = RequirementContext.forSystem(REGISTER, system.id());
      RequirementList list = RequirementCatalogues.bundled().requirementsFor(context).withAssessments(fromRegister(system));
      gapsPerSystem.put(system.id(), list.gaps().size());
      List<ApplicableRequirement> gaps = list.gaps();
      for (int i = 1; i < gaps.size(); i++) {
        assertTrue(gaps.get(i - 1).aspectLevel().compareTo(gaps.get(i).aspectLevel()) >= 0, "gaps most severe first");
      }
      for (ApplicableRequirement item : list.items()) {
        assertFalse(item.reasons().isEmpty(), item.requirement().id() + " applies for a reason");
      }
      if (context.conditions().containsKey(io.github.trygg.core.requirements.RequirementCondition.PROCESSOR)) {
        assertTrue(list.item("su-01").isPresent(), system.id() + " needs a processor agreement");
      }
    }
    print("Gaps per system: " + gapsPerSystem);

    RequirementList alarmCentre = RequirementCatalogues.bundled()
        .requirementsFor(RequirementContext.forSystem(REGISTER, "larmcentral"))
        .withAssessments(fromRegister(REGISTER.system("larmcentral").orElseThrow()));
    assertEquals(EnumSet.noneOf(SecurityAspect.class), alarmCentre.separateAnalysisNeeded(), "alarms are availability 3: serious harm to life and health");
    assertEquals(3, alarmCentre.context().levels().get(SecurityAspect.AVAILABILITY).ordinalLevel());
    assertEquals(ImplementationStatus.MET, alarmCentre.item("au-03").orElseThrow().status(), "BankID-level login");
    assertEquals(ImplementationStatus.MET, alarmCentre.item("br-03").orElseThrow().status(), "10 minutes recovery");
    RequirementList warehouse = RequirementCatalogues.bundled().requirementsFor(RequirementContext.forSystem(REGISTER, "datalager"));
    assertTrue(warehouse.item("su-04").isPresent() && warehouse.item("er-03").isPresent(), "US processing needs a transfer tool and keys under control");
    RequirementList sms = RequirementCatalogues.bundled().requirementsFor(RequirementContext.forSystem(REGISTER, "sms-gateway"))
        .withAssessments(fromRegister(REGISTER.system("sms-gateway").orElseThrow()));
    assertEquals(ImplementationStatus.NOT_MET, sms.item("au-02").map(ApplicableRequirement::status).orElse(ImplementationStatus.NOT_MET));

    for (Language language : Language.values()) {
      alarmCentre.explain(language).forEach(SampleRegisterAssessmentTest::print);
      alarmCentre.procurementRequirements(language).forEach(SampleRegisterAssessmentTest::print);
    }
  }

  /** The welfare-technology systems and the template that fits each. */
  static final Map<String, String> WELFARE = Map.of(
      "larmplattform", WelfareTemplates.SAFETY_ALARM,
      "trygghetslarm-enheter", WelfareTemplates.SAFETY_ALARM,
      "fallsensorer", WelfareTemplates.SENSORS,
      "gps-larm", WelfareTemplates.GPS_ALARM,
      "gps-enheter", WelfareTemplates.GPS_ALARM,
      "nattkamera", WelfareTemplates.NIGHT_CAMERA,
      "lakemedelsrobot", WelfareTemplates.MEDICATION_DISPENSER);

  @Test
  void theWelfareTechnologyIsScreenedAndEveryOutcomeHasItsReasons() {
    Set<String> found = REGISTER.systems().stream()
        .filter(s -> s.features().stream().anyMatch(f -> EnumSet.of(SystemFeature.POSITIONING, SystemFeature.CAMERA, SystemFeature.SENSORS, SystemFeature.AUDIO).contains(f)))
        .map(InformationSystem::id).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(WELFARE.keySet()), found, "the register's monitoring systems are the welfare technology");
    for (String systemId : new TreeSet<>(WELFARE.keySet())) {
      ScreeningInput suggested = DpiaSuggestions.forSystem(REGISTER, systemId, Jurisdiction.SWEDEN);
      assertFalse(suggested.criteria().isEmpty(), systemId);
      WelfareTemplate template = WelfareTemplates.get(WELFARE.get(systemId)).orElseThrow();
      ScreeningInput.Builder combined = template.input("system:" + systemId, Jurisdiction.SWEDEN);
      suggested.criteria().forEach(combined::criterion);
      suggested.facts().forEach(combined::fact);
      ScreeningResult result = DpiaScreener.bundled().screen(combined.build());
      assertTrue(result.outcome().dpiaExpected(), systemId + ": " + result.outcome());
      assertTrue(result.criteria().stream().allMatch(c -> !c.reason().en().isBlank()));
      print("== DPIA screening " + systemId + " (" + template.id() + ")");
      for (Language language : Language.values()) {
        result.explain(language).forEach(SampleRegisterAssessmentTest::print);
        template.notesFor(Jurisdiction.SWEDEN).forEach(n -> print("  " + n.in(language)));
      }
    }
    ScreeningResult gpsInNorway = DpiaScreener.bundled().screen(DpiaSuggestions.forSystem(REGISTER, "gps-larm", Jurisdiction.NORWAY));
    assertTrue(gpsInNorway.nationalItems().stream().anyMatch(m -> m.item().id().equals("no-dt-location")), "positions with health data");
  }

  @Test
  void aRiskAcceptanceLapsesWhenTheAlarmDataAreReclassified() {
    Risk outage = Risk.builder().id("rsa-1").title("Larm når inte larmcentralen")
        .scenario("Avbrott i mobilnätet gör att larm från trygghetslarmen inte når fram.")
        .category(RiskCategory.CONTINUITY).owner("Förvaltningschef vård och omsorg")
        .addAffectedAssets(AffectedAsset.of("brukaruppgifter", SecurityAspect.AVAILABILITY)).addAffectedSystems("larmplattform", "larmcentral")
        .inherent(RiskAssessment.of(3, 3, "Ingen reservväg", "Informationssäkerhetssamordnare", LocalDate.of(2026, 2, 12)))
        .residual(RiskAssessment.of(1, 3, "Larmenheten växlar till annan operatör", "Informationssäkerhetssamordnare", LocalDate.of(2026, 2, 20)))
        .build();
    RiskAnalyzer analyzer = RiskAnalyzer.of(RiskMatrices.iso27005(), REGISTER);
    Risk accepted = analyzer.accept(outage, "Förvaltningschef vård och omsorg", LocalDate.of(2026, 2, 21), "Reservväg via annan operatör", Optional.empty());
    RiskEvaluation before = analyzer.evaluate(accepted, TODAY);
    assertEquals(AcceptanceStatus.VALID, before.acceptanceStatus());

    // The owner raises the availability of brukaruppgifter from 2 to 3.
    InformationAsset raised = REGISTER.asset("brukaruppgifter").orElseThrow();
    AssetClassification c = raised.classification().orElseThrow();
    AssetClassification raisedC = AssetClassification.builder().from(c)
        .putRatings(SecurityAspect.AVAILABILITY, io.github.trygg.core.classification.AspectRating.builder().from(c.ratings().get(SecurityAspect.AVAILABILITY))
            .level(ConsequenceLevel.SERIOUS).justification("Nyckelinformation behövs vid varje larm.").build()).build();
    List<InformationAsset> assets = new ArrayList<>(REGISTER.assets());
    assets.replaceAll(a -> a.id().equals("brukaruppgifter") ? InformationAsset.builder().from(a).classification(raisedC).build() : a);
    Register reclassified = Register.builder().from(REGISTER).assets(assets).build();
    RiskEvaluation after = RiskAnalyzer.of(RiskMatrices.iso27005(), reclassified).evaluate(accepted, TODAY);
    assertEquals(AcceptanceStatus.CLASSIFICATION_CHANGED, after.acceptanceStatus());
    assertEquals(4, after.consequenceFloor(), "availability 3 sets the consequence floor to 4");

    List<RiskEvaluation> both = List.of(before, analyzer.evaluate(Risk.builder().from(outage).id("rsa-2").build(), TODAY));
    HeatMap heat = RiskMatrices.iso27005().heatMap(both, RiskStage.RESIDUAL);
    assertEquals(2, heat.count(1, 3));
    for (List<HeatMapCell> row : heat.rows()) {
      print(row.stream().map(cell -> cell.count() + "(" + cell.level().id() + ")").collect(Collectors.joining(" ")));
    }
    for (Language language : Language.values()) {
      after.explain(language).forEach(SampleRegisterAssessmentTest::print);
      PriorConsultation.assess(Jurisdiction.SWEDEN, List.of(after)).reasons().forEach(r -> print(r.in(language)));
    }
  }

  private static void print(String line) {
    System.out.println(line);
  }
}
