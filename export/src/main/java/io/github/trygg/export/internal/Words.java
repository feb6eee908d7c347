package io.github.trygg.export.internal;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.dpia.DpiaOutcome;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.VendorRole;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.risk.AcceptanceStatus;
import io.github.trygg.core.risk.RiskCategory;
import org.apiguardian.api.API;

/** The words of sheet names, headers and values in the three languages. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Words {
  private Words() {}

  public static LocalizedText t(String sv, String nb, String en) {
    return new LocalizedText(sv, nb, en);
  }

  public static String yes(boolean value, Language l) {
    return value ? t("ja", "ja", "yes").in(l) : t("nej", "nei", "no").in(l);
  }

  public static String aspect(SecurityAspect aspect, Language l) {
    return (switch (aspect) {
      case CONFIDENTIALITY -> t("Konfidentialitet", "Konfidensialitet", "Confidentiality");
      case INTEGRITY -> t("Riktighet", "Integritet", "Integrity");
      case AVAILABILITY -> t("Tillgänglighet", "Tilgjengelighet", "Availability");
      case TRACEABILITY -> t("Spårbarhet", "Sporbarhet", "Traceability");
    }).in(l);
  }

  public static String status(ImplementationStatus status, Language l) {
    return (switch (status) {
      case MET -> t("uppfyllt", "oppfylt", "met");
      case PARTLY_MET -> t("delvis uppfyllt", "delvis oppfylt", "partly met");
      case NOT_MET -> t("inte uppfyllt", "ikke oppfylt", "not met");
      case NOT_ASSESSED -> t("ej bedömt", "ikke vurdert", "not assessed");
    }).in(l);
  }

  public static String acceptance(AcceptanceStatus status, Language l) {
    return (switch (status) {
      case NOT_ACCEPTED -> t("ej accepterad", "ikke akseptert", "not accepted");
      case VALID -> t("accepterad", "akseptert", "accepted");
      case CLASSIFICATION_CHANGED -> t("ogiltig: klassningen har ändrats", "ugyldig: klassifiseringen er endret", "lapsed: a classification changed");
      case RESIDUAL_CHANGED -> t("ogiltig: restrisken har ändrats", "ugyldig: restrisikoen er endret", "lapsed: the residual risk changed");
      case EXPIRED -> t("ogiltig: har löpt ut", "ugyldig: utløpt", "lapsed: expired");
    }).in(l);
  }

  public static String category(RiskCategory category, Language l) {
    return (switch (category) {
      case INFORMATION_SECURITY -> t("informationssäkerhet", "informasjonssikkerhet", "information security");
      case PRIVACY -> t("integritet", "personvern", "privacy");
      case SECRECY -> t("sekretess", "taushetsplikt", "secrecy");
      case CONTINUITY -> t("kontinuitet", "kontinuitet", "continuity");
      case SUPPLIER -> t("leverantör", "leverandør", "supplier");
      case LEGAL_COMPLIANCE -> t("regelefterlevnad", "regeletterlevelse", "legal compliance");
      case UNINTENDED_DISCRIMINATION -> t("oavsiktlig diskriminering", "utilsiktet diskriminering", "unintended discrimination");
      case ETHICS -> t("etik", "etikk", "ethics");
    }).in(l);
  }

  public static String role(VendorRole role, Language l) {
    return (switch (role) {
      case CONTROLLER -> t("personuppgiftsansvarig", "behandlingsansvarlig", "controller");
      case JOINT_CONTROLLER -> t("gemensamt personuppgiftsansvarig", "felles behandlingsansvarlig", "joint controller");
      case PROCESSOR -> t("personuppgiftsbiträde", "databehandler", "processor");
      case SUB_PROCESSOR -> t("underbiträde", "underdatabehandler", "sub-processor");
      case SUPPLIER -> t("leverantör", "leverandør", "supplier");
    }).in(l);
  }

  public static String safeguard(TransferSafeguard s, Language l) {
    return (switch (s) {
      case ADEQUACY_DECISION -> t("beslut om adekvat skyddsnivå", "beslutning om tilstrekkelig beskyttelsesnivå", "adequacy decision");
      case STANDARD_CONTRACTUAL_CLAUSES -> t("standardavtalsklausuler", "standard personvernbestemmelser", "standard contractual clauses");
      case BINDING_CORPORATE_RULES -> t("bindande företagsbestämmelser", "bindende virksomhetsregler", "binding corporate rules");
      case CODE_OR_CERTIFICATION -> t("uppförandekod eller certifiering", "atferdsnorm eller sertifisering", "code of conduct or certification");
      case DEROGATION -> t("undantag för särskilda situationer", "unntak for særlige situasjoner", "derogation");
      case SUPPLEMENTARY_MEASURES -> t("kompletterande åtgärder", "supplerende tiltak", "supplementary measures");
    }).in(l);
  }

  public static String outcome(DpiaOutcome outcome, Language l) {
    return (switch (outcome) {
      case REQUIRED -> t("DPIA krävs", "DPIA kreves", "DPIA required");
      case REQUIRED_BY_LIST -> t("DPIA krävs enligt myndighetens förteckning", "DPIA kreves etter tilsynets liste", "DPIA required by the authority's list");
      case LIKELY_REQUIRED -> t("DPIA krävs sannolikt", "DPIA kreves sannsynligvis", "DPIA likely required");
      case CONSIDER -> t("Överväg en DPIA", "Vurder en DPIA", "Consider a DPIA");
      case NOT_REQUIRED -> t("DPIA krävs inte", "DPIA kreves ikke", "DPIA not required");
    }).in(l);
  }

  public static String entryKind(EntryKind kind, Language l) {
    return (switch (kind) {
      case ASSET -> t("informationsmängd", "informasjonsmengde", "asset");
      case SYSTEM -> t("system", "system", "system");
      case VENDOR -> t("leverantör", "leverandør", "vendor");
      case INTEGRATION -> t("informationsflöde", "informasjonsflyt", "flow");
      case DEPENDENCY -> t("beroende", "avhengighet", "dependency");
      case ACTIVITY -> t("behandling", "behandling", "processing activity");
      case OVERRIDE -> t("avsteg", "unntak", "override");
    }).in(l);
  }
}
