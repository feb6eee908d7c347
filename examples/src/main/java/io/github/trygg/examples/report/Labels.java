package io.github.trygg.examples.report;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.propagation.PersonalDataFlag;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.risk.RiskStage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report's and the tool's own words — headings, notes, sentence patterns — in Swedish,
 * Norwegian bokmål and English. The names of enum constants and codes are not here: they come from
 * core ({@code label(Language)}).
 */
public final class Labels {
  public static final LocalizedText REPORT = t("Informationssäkerhetsrapport", "Informasjonssikkerhetsrapport", "Information security report");
  public static final LocalizedText CONTENTS = t("Innehåll", "Innhold", "Contents");
  public static final LocalizedText SUMMARY = t("Sammanfattning", "Sammendrag", "Summary");
  public static final LocalizedText ATTENTION = t("Att åtgärda först", "Bør håndteres først", "Needs attention first");
  public static final LocalizedText NOTHING_URGENT = t("Inget som kräver åtgärd just nu.", "Ingenting som krever tiltak nå.", "Nothing needs attention right now.");
  public static final LocalizedText ASSETS = t("Informationstillgångar", "Informasjonsressurser", "Information assets");
  public static final LocalizedText ASSET = t("Informationstillgång", "Informasjonsressurs", "Information asset");
  public static final LocalizedText SYSTEMS = t("System", "Systemer", "Systems");
  public static final LocalizedText SYSTEM = t("System", "System", "System");
  public static final LocalizedText VENDORS_THIRD_COUNTRY = t("Leverantörer i tredjeland", "Leverandører i tredjeland", "Vendors in third countries");
  public static final LocalizedText INTEGRATIONS = t("Integrationer", "Integrasjoner", "Integrations");
  public static final LocalizedText OVERDUE = t("Granskningar efter sitt datum", "Gjennomganger med passert frist", "Overdue reviews");
  public static final LocalizedText MISSING_FIELDS = t("Uppgifter som saknas", "Manglende opplysninger", "Missing record fields");
  public static final LocalizedText CLASSIFICATION = t("Klassning per informationstillgång", "Klassifisering per informasjonsressurs", "Classification per information asset");
  public static final LocalizedText CLASSIFICATION_NOTE = t(
      "Nivå 0–4 per aspekt med informationsägarens motivering. Nivå 4 täcks inte av kravkatalogen och kräver särskild analys.",
      "Nivå 0–4 per aspekt med informasjonseierens begrunnelse. Nivå 4 dekkes ikke av kravkatalogen og krever egen analyse.",
      "Level 0–4 per aspect with the information owner's reasons. Level 4 is outside the requirement catalogue and needs a separate analysis.");
  public static final LocalizedText SYSTEM_LEVELS = t("Skyddsnivå per system", "Beskyttelsesnivå per system", "Protection level per system");
  public static final LocalizedText CHAIN = t("Integrationskedjan", "Integrasjonskjeden", "The integration chain");
  public static final LocalizedText CHAIN_NOTE = t(
      "Varje system färgat efter sin högsta krävda nivå (0–4) enligt spridningen i kedjan: konfidentialitet och spårbarhet följer informationen nedströms genom varje led, riktighet och tillgänglighet följer beroenden uppströms och når via flöden bara den som är beroende av uppgifterna i sin verksamhet, inte kopior för uppföljning, statistik, arkiv eller säkerhetskopiering; en plattform bär det den driftar. Pilar = flöden; streckat = beroende eller drift; rött = brist.",
      "Hvert system farget etter sitt høyeste krevde nivå (0–4) etter spredningen i kjeden: konfidensialitet og sporbarhet følger informasjonen nedstrøms gjennom hvert ledd, integritet og tilgjengelighet følger avhengigheter oppstrøms og når via flyter bare den som er avhengig av opplysningene i sitt arbeid, ikke kopier for oppfølging, statistikk, arkiv eller sikkerhetskopi; en plattform bærer det den drifter. Piler = flyter; stiplet = avhengighet eller drift; rødt = funn.",
      "Each system coloured by its highest required level (0–4) as propagated along the chain: confidentiality and traceability follow the information downstream through every hop, integrity and availability follow dependencies upstream and reach through flows only a receiver whose work depends on the data, not copies for follow-up, statistics, archive or backup; a platform carries what it hosts. Arrows = flows; dotted = dependency or hosting; red = finding.");
  public static final LocalizedText LEGEND = t("Nivå", "Nivå", "Level");
  public static final LocalizedText FINDINGS = t("Brister", "Funn", "Findings");
  public static final LocalizedText FINDINGS_GROUPED = t("Brister (%d, i %d grupper efter orsak)", "Funn (%d, i %d grupper etter årsak)",
      "Findings (%d, in %d groups by cause)");

  public static final LocalizedText RISKS = t("Risker", "Risikoer", "Risks");
  public static final LocalizedText RISK = t("Risk", "Risiko", "Risk");
  public static final LocalizedText HEAT_MAP_NOTE = t(
      "Antal risker per ruta i riskmatrisen; nivån är rutans, inte produkten av sannolikhet och konsekvens. Konsekvensen är aldrig lägre än klassningen av den information risken gäller.",
      "Antall risikoer per rute i risikomatrisen; nivået er rutens, ikke produktet av sannsynlighet og konsekvens. Konsekvensen er aldri lavere enn klassifiseringen av informasjonen risikoen gjelder.",
      "Number of risks per cell of the matrix; the level is the cell's, not likelihood × consequence. The consequence never falls below the classification of the information at risk.");
  public static final LocalizedText NO_RISKS = t(
      "Inget riskregister angavs (--risks).", "Ingen risikoregister ble oppgitt (--risks).", "No risk register was given (--risks).");
  public static final LocalizedText LIKELIHOOD = t("Sannolikhet", "Sannsynlighet", "Likelihood");
  public static final LocalizedText CONSEQUENCE = t("Konsekvens", "Konsekvens", "Consequence");
  public static final LocalizedText LEVEL = t("Nivå", "Nivå", "Level");
  public static final LocalizedText OWNER = t("Ägare", "Eier", "Owner");
  public static final LocalizedText ACCEPTANCE = t("Acceptans", "Aksept", "Acceptance");
  public static final LocalizedText NEEDS_ATTENTION = t("Behöver åtgärd", "Trenger oppfølging", "Needs attention");
  public static final LocalizedText NOT_ASSESSED_STAGE = t("ej bedömd", "ikke vurdert", "not assessed");
  public static final LocalizedText PRIOR_CONSULTATION = t("Förhandssamråd (art. 36)", "Forhåndsdrøftelse (art. 36)", "Prior consultation (Art. 36)");
  public static final LocalizedText DPIA = t("Konsekvensbedömning (DPIA) – screening", "Personvernkonsekvensvurdering (DPIA) – screening", "Data protection impact assessment (DPIA) – screening");
  public static final LocalizedText DPIA_NOTE = t(
      "En konsekvensbedömning görs per behandling, inte per system. Kriterier ur WP248 och de nationella förteckningarna, föreslagna från registret; två eller fler kriterier: en DPIA krävs sannolikt. Bedömningen ska innehålla delarna i art. 35.7, dataskyddsombudets råd (art. 35.2) och den personuppgiftsansvariga nämndens beslut.",
      "En vurdering gjøres per behandling, ikke per system. Kriterier fra WP248 og de nasjonale listene, foreslått fra registeret; to eller flere kriterier: en DPIA kreves sannsynligvis. Vurderingen skal inneholde delene i art. 35 nr. 7, personvernombudets råd (art. 35 nr. 2) og den behandlingsansvarliges beslutning.",
      "A DPIA is done per processing activity, not per system. Criteria from WP248 and the national lists, suggested from the register; two or more criteria: a DPIA is likely required. The assessment holds the parts of Art. 35(7), the DPO's advice (Art. 35(2)) and the controller's decision.");
  public static final LocalizedText OUTCOME = t("Utfall", "Utfall", "Outcome");
  public static final LocalizedText CRITERIA = t("Kriterier", "Kriterier", "Criteria");
  public static final LocalizedText LISTS = t("Förteckningar", "Lister", "Lists");
  public static final LocalizedText BASIS = t("Grund", "Grunnlag", "Basis");
  public static final LocalizedText DPIA_EXPECTED = t("Behandlingar där DPIA saknas eller är ofullständig", "Behandlinger der DPIA mangler eller er ufullstendig",
      "Processing activities whose DPIA is missing or incomplete");
  public static final LocalizedText ACTIVITY = t("Behandling", "Behandling", "Processing activity");
  public static final LocalizedText DPIA_STATUS = t("Konsekvensbedömningen", "Vurderingen", "The assessment");
  public static final LocalizedText DPIA_MISSING = t("Saknas", "Mangler", "Missing");
  public static final LocalizedText DPIA_SYSTEMS = t("System", "Systemer", "Systems");
  public static final LocalizedText REQUIREMENTS = t("Krav och brister", "Krav og mangler", "Requirements and gaps");
  public static final LocalizedText REQUIREMENTS_NOTE = t(
      "Krav ur kravkatalogen som gäller systemet utifrån dess nivå och villkor, med organisationens egen bedömning. Ej bedömda krav räknas som brister.",
      "Krav fra kravkatalogen som gjelder systemet ut fra nivå og vilkår, med virksomhetens egen vurdering. Krav som ikke er vurdert, regnes som mangler.",
      "Requirements of the catalogue that apply to the system by its level and conditions, with the organisation's own assessment. Requirements not assessed count as gaps.");
  public static final LocalizedText APPLICABLE = t("Gäller", "Gjelder", "Apply");
  public static final LocalizedText GAPS = t("Brister", "Mangler", "Gaps");
  public static final LocalizedText REQUIREMENT = t("Krav", "Krav", "Requirement");
  public static final LocalizedText MEASURE = t("Åtgärd", "Tiltak", "Measure");
  public static final LocalizedText STATUS = t("Status", "Status", "Status");
  public static final LocalizedText WHY = t("Varför", "Hvorfor", "Why");
  public static final LocalizedText UNMET = t("Krav som inte uppfylls", "Krav som ikke er oppfylt", "Requirements not met");
  public static final LocalizedText RECORDS = t("Register och avtal", "Protokoll og avtaler", "Records and agreements");
  public static final LocalizedText RECORDS_NOTE = t(
      "Registret över behandlingar (art. 30.1) och utkast till personuppgiftsbiträdesavtalens bilagor A–D, skapade från systemförteckningen, och med --processor biträdets eget register (art. 30.2). Det som saknas i förteckningen listas, det hittas aldrig på.",
      "Protokollen over behandlingsaktiviteter (art. 30 nr. 1) og utkast til databehandleravtalenes bilag A–D, laget fra systemoversikten, og med --processor databehandlerens egen protokoll (art. 30 nr. 2). Det som mangler, listes – det diktes aldri opp.",
      "The record of processing activities (Art. 30(1)) and draft processor-agreement appendices A–D, generated from the register, and with --processor the processor's own record (Art. 30(2)). What the register lacks is listed, never invented.");
  public static final LocalizedText REVIEWS = t("Granskningar", "Gjennomganger", "Reviews");
  public static final LocalizedText NEVER = t("aldrig granskad", "aldri gjennomgått", "never reviewed");
  public static final LocalizedText DUE = t("Förfallodag", "Forfallsdato", "Due");
  public static final LocalizedText ENTRY = t("Post", "Post", "Entry");
  public static final LocalizedText NOT_RATED = t("ej klassad", "ikke klassifisert", "not rated");
  public static final LocalizedText SEPARATE = t("Nivå 4: kräver särskild analys", "Nivå 4: krever egen analyse", "Level 4: needs a separate analysis");
  public static final LocalizedText GENERATED = t("Skapad av Trygg", "Laget av Trygg", "Generated by Trygg");
  public static final LocalizedText SOURCES = t("Källor", "Kilder", "Sources");
  public static final LocalizedText TO_COMPLETE = t("att komplettera", "må fylles ut", "to complete");
  public static final LocalizedText NAME = t("Namn", "Navn", "Name");
  public static final LocalizedText CONDITIONS = t("Villkor", "Vilkår", "Conditions");
  public static final LocalizedText CLEARED = t("Godkänt för", "Godkjent for", "Cleared for");
  public static final LocalizedText UNACCEPTABLE_RISKS = t("Oacceptabla restrisker", "Uakseptable restrisikoer", "Unacceptable residual risks");
  public static final LocalizedText RISKS_ATTENTION = t("Risker som behöver åtgärd", "Risikoer som trenger oppfølging", "Risks needing attention");
  public static final LocalizedText UNMET_COUNT = t("Krav som inte uppfylls", "Krav som ikke er oppfylt", "Requirements not met");


  // Sentences of the "needs attention" list; %s are filled in.
  public static final LocalizedText ATT_LEVEL4 = t("%s: %s på nivå 4 – kräver en särskild analys utöver kravkatalogen",
      "%s: %s på nivå 4 – krever en egen analyse utover kravkatalogen", "%s: %s at level 4 – needs a separate analysis beyond the catalogue");
  public static final LocalizedText ATT_CHAIN = t("%s brister i integrationskedjan, %s kritiska eller höga", "%s funn i integrasjonskjeden, %s kritiske eller høye",
      "%s findings along the integration chain, %s of them critical or high");
  public static final LocalizedText MORE_FINDINGS = t("%s brister till, på medelnivå eller lägre", "%s funn til, middels eller lavere", "%s more findings, medium or lower");
  public static final LocalizedText ATT_RISK = t("Risk %s %s: %s", "Risiko %s %s: %s", "Risk %s %s: %s");
  public static final LocalizedText ATT_RISK_LAPSED = t("Riskacceptanser som inte längre gäller: %s", "Risikoaksepter som ikke lenger gjelder: %s",
      "Risk acceptances that no longer hold: %s");
  public static final LocalizedText ID_BECAUSE = t("%s (%s)", "%s (%s)", "%s (%s)");
  public static final LocalizedText ATT_RISK_UNDECIDED = t("restrisken %s är inte accepterad", "restrisikoen %s er ikke akseptert", "residual risk %s not accepted");
  public static final LocalizedText ATT_RISK_OVERDUE = t("Riskåtgärder efter sitt slutdatum: %s", "Risikotiltak etter fristen: %s", "Risk measures past their due date: %s");
  public static final LocalizedText ATT_REQUIREMENTS = t("%s krav uppfylls inte eller bara delvis i %s system (mest: %s)",
      "%s krav er ikke eller bare delvis oppfylt i %s systemer (flest: %s)", "%s requirements not met or only partly met in %s systems (most: %s)");
  public static final LocalizedText ATT_DPIA = t("%s behandlingar behöver en konsekvensbedömning (DPIA) som saknas eller är ofullständig",
      "%s behandlinger trenger en personvernkonsekvensvurdering (DPIA) som mangler eller er ufullstendig",
      "%s processing activities need a data protection impact assessment (DPIA) that is missing or incomplete");
  public static final LocalizedText ATT_CONSULTATION = t("Förhandssamråd med tillsynsmyndigheten krävs (art. 36)", "Forhåndsdrøftelse med Datatilsynet kreves (art. 36)",
      "Prior consultation with the supervisory authority is required (Art. 36)");
  public static final LocalizedText ATT_REVIEWS = t("%s poster i registret har passerat sin granskningsdag", "%s poster i registeret har passert gjennomgangsdatoen",
      "%s register entries are past their review date");
  public static final LocalizedText ATT_RECORDS = t("%s uppgifter saknas i registren över behandlingar och biträdesavtalen",
      "%s opplysninger mangler i behandlingsprotokollene og databehandleravtalene", "%s fields are missing from the records of processing and the processor agreements");
  public static final LocalizedText LEVEL4_ASSETS = t("Tillgångar på nivå 4", "Ressurser på nivå 4", "Assets at level 4");
  public static final LocalizedText CHAIN_BY_AREA = t("Kedjan per område", "Kjeden per område", "The chain by area");
  public static final LocalizedText CHAIN_AREAS_NOTE = t(
      "En ruta per systemägare, färgad efter den högsta krävda nivån bland dess system; pilarna räknar flödena mellan områdena. Visar %s av %s områden (flest brister först) och %s av %s förbindelser (flest flöden först).",
      "En boks per systemeier, farget etter det høyeste krevde nivået blant systemene; pilene teller flytene mellom områdene. Viser %s av %s områder (flest funn først) og %s av %s forbindelser (flest flyter først).",
      "One box per system owner, coloured by the highest required level among its systems; the arrows count the flows between areas. Showing %s of %s areas (most findings first) and %s of %s connections (most flows first).");
  public static final LocalizedText CHAIN_WITH_FINDINGS = t("System med brister", "Systemer med funn", "Systems with findings");
  public static final LocalizedText CHAIN_CAPPED = t(
      "Visar %s system av de %s som har en kritisk eller hög brist eller ett sådant flöde, av %s system i registret, med flödena mellan dem.",
      "Viser %s systemer av de %s som har et kritisk eller høyt funn eller en slik flyt, av %s systemer i registeret, med flytene mellom dem.",
      "Showing %s of the %s systems with a critical or high finding or such a flow, of %s systems in the register, with the flows between them.");
  public static final LocalizedText AREA_DETAIL = t("%s system, %s med brister", "%s systemer, %s med funn", "%s systems, %s with findings");
  public static final LocalizedText AREA_FLOWS = t("%s flöden, %s med brister", "%s flyter, %s med funn", "%s flows, %s with findings");
  public static final LocalizedText SHOWING_FIRST = t("Visar de första %s av %s; trygg-verktygets kommandon listar alla.",
      "Viser de første %s av %s; trygg-verktøyets kommandoer lister alle.", "Showing the first %s of %s; the trygg tool's commands list them all.");
  public static final LocalizedText AND_MORE = t("… och %s till", "… og %s til", "… and %s more");
  public static final LocalizedText CHAIN_FINDINGS = t("Brister i kedjan", "Funn i kjeden", "Chain findings");
  public static final LocalizedText REQUIRED_LEVEL = t("Krävd nivå", "Krevd nivå", "Required");
  public static final LocalizedText NOT_DECLARED = t("ej angivet", "ikke oppgitt", "not declared");
  public static final LocalizedText MATRIX = t("Matris", "Matrise", "Matrix");
  public static final LocalizedText DETAILS = t("Visa detaljer", "Vis detaljer", "Show details");
  public static final LocalizedText SHOW_DOCUMENT = t("Visa utkastet", "Vis utkastet", "Show the draft");
  public static final LocalizedText REFERENCE = t("Hänvisning", "Henvisning", "Reference");
  public static final LocalizedText NONE_RECORDED = t("Inget registrerat", "Ingenting registrert", "None recorded");
  public static final LocalizedText MISSING = t("Saknas", "Mangler", "Missing");
  public static final LocalizedText JURISDICTION = t("Jurisdiktion", "Jurisdiksjon", "Jurisdiction");
  public static final LocalizedText DEPENDENCY_OR_HOSTING = t("Beroende eller drift", "Avhengighet eller drift", "Dependency or hosting");
  public static final LocalizedText STAGE_INHERENT = capitalised(RiskStage.INHERENT);
  public static final LocalizedText STAGE_RESIDUAL = capitalised(RiskStage.RESIDUAL);
  public static final LocalizedText STATUS_MET = ImplementationStatus.MET.label();
  public static final LocalizedText STATUS_PARTLY_MET = ImplementationStatus.PARTLY_MET.label();
  public static final LocalizedText STATUS_NOT_MET = ImplementationStatus.NOT_MET.label();
  public static final LocalizedText STATUS_NOT_ASSESSED = ImplementationStatus.NOT_ASSESSED.label();
  public static final LocalizedText DOCUMENT = t("Dokument", "Dokument", "Document");
  // The dsr command.
  public static final LocalizedText DSR_REQUEST = t("Begäran %s: %s, %s (%s)", "Anmodning %s: %s, %s (%s)", "Request %s: %s, %s (%s)");
  public static final LocalizedText DSR_DUE = t("Mottagen %s; ska besvaras senast %s (%d dagar kvar); en förlängning ska meddelas senast %s och ger %s",
      "Mottatt %s; skal besvares innen %s (%d dager igjen); en forlengelse må varsles innen %s og gir %s",
      "Received %s; due %s (%d days left); an extension must be notified by %s and gives %s");
  public static final LocalizedText DSR_IDENTITY = t("Identiteten ska fastställas minst på nivå %s; träffade tillgångar: %s",
      "Identiteten må fastslås minst på nivå %s; treff i informasjonsressurser: %s", "Identity must be established at least at level %s; matched assets: %s");
  public static final LocalizedText DSR_CONTROLLERS = t("Personuppgiftsansvarig: %s", "Behandlingsansvarlig: %s", "Controller: %s");
  public static final LocalizedText DSR_SECRECY = t("Sekretessprövning innan något lämnas ut:", "Vurdering av taushetsplikt og unntak før noe utleveres:",
      "Secrecy review before anything is released:");
  public static final LocalizedText DSR_PLANNED_STATUS = t("planerad", "planlagt", "planned");
  public static final LocalizedText DSR_EXPECTED = t("Väntat utfall", "Forventet utfall", "Expected outcome");
  public static final LocalizedText DSR_TASK_CONTROLLER = t("ansvarig: %s", "ansvarlig: %s", "controller: %s");
  public static final LocalizedText DSR_REFUSED = t("Avvisat: %s", "Avvist: %s", "Refused: %s");
  public static final LocalizedText DSR_PLANNED = t("Planerade uppgifter (skapas när identiteten är kontrollerad; ange --identity METOD, t.ex. bankid-se):",
      "Planlagte oppgaver (opprettes når identiteten er kontrollert; oppgi --identity METODE, f.eks. bankid-no):",
      "Planned tasks (created once identity is verified; pass --identity METHOD, e.g. bankid-se):");
  public static final LocalizedText RIGHT = t("Rättighet", "Rettighet", "Right");
  public static final LocalizedText CHANNEL = t("Kanal", "Kanal", "Channel");
  public static final LocalizedText ADDRESS = t("Adress", "Adresse", "Address");
  public static final LocalizedText VIA = t("Via", "Via", "Via");
  public static final LocalizedText CHAIN_REVIEWS = t("Sammanställningar att granska", "Sammenstillinger som må vurderes", "Compilations to review");
  public static final LocalizedText RULES = t("Regler", "Regler", "Rules");
  public static final LocalizedText REVIEW = t("granska", "vurder", "review");
  public static final LocalizedText NO_OVERDUE = t("Alla poster är granskade i tid.", "Alle poster er gjennomgått i tide.", "Every entry has been reviewed on time.");
  public static final LocalizedText PLAN = t("Åtgärdsplan", "Tiltaksplan", "Action plan");
  public static final LocalizedText PLAN_NOTE = t("Åtgärder från kravgap, riskbehandling, fynd i kedjan, konsekvensbedömningar och försenade översyner, med ansvarig, prioritet (och varför) och datum. Det som är försenat först, sedan det som ska vara klart denna månad, sedan allt öppet per ansvarig.",
      "Tiltak fra kravgap, risikobehandling, funn i kjeden, personvernkonsekvensvurderinger og gjennomganger med passert frist, med ansvarlig, prioritet (og hvorfor) og frist. Det som er forsinket først, så det som har frist denne måneden, så alt åpent per ansvarlig.",
      "Items from requirement gaps, risk treatment, chain findings, DPIAs and overdue reviews, with owner, priority (and why) and due date. What is overdue first, then what is due this month, then everything open by owner.");
  public static final LocalizedText PLAN_PROPOSED = t("Ingen åtgärdsplan angavs: det här är vad analysen föreslår i dag.", "Ingen tiltaksplan ble oppgitt: dette er hva analysen foreslår i dag.",
      "No action plan was given: this is what the analysis proposes today.");
  public static final LocalizedText PLAN_OVERDUE = t("Försenade åtgärder", "Tiltak med passert frist", "Overdue items");
  public static final LocalizedText DUE_THIS_MONTH = t("Ska vara klart denna månad", "Frist denne måneden", "Due this month");
  public static final LocalizedText BY_OWNER = t("Öppna åtgärder per ansvarig", "Åpne tiltak per ansvarlig", "Open items by owner");
  public static final LocalizedText OPEN_ITEMS = t("Öppna åtgärder", "Åpne tiltak", "Open items");
  public static final LocalizedText CLOSED_ITEMS = t("Klara, accepterade eller lösta", "Utført, akseptert eller løst", "Done, accepted or resolved");
  public static final LocalizedText ACTION = t("Åtgärd", "Tiltak", "Action");
  public static final LocalizedText PRIORITY = t("Prioritet", "Prioritet", "Priority");
  public static final LocalizedText NOTHING_DUE = t("Inget.", "Ingenting.", "Nothing.");
  public static final LocalizedText NO_OWNER = t("utan ansvarig", "uten ansvarlig", "no owner");
  public static final LocalizedText CHANGES = t("Sedan förra översynen", "Siden forrige gjennomgang", "Since the last review");
  public static final LocalizedText CHANGES_NOTE = t("Vad som ändrats sedan den förra versionen av registret, och varför varje härlett värde flyttat sig.",
      "Hva som er endret siden forrige versjon av registeret, og hvorfor hver utledet verdi har flyttet seg.",
      "What changed since the previous version of the register, and why each derived value moved.");
  public static final LocalizedText NO_CHANGES = t("Inga ändringar.", "Ingen endringer.", "No changes.");
  public static final LocalizedText SIGN_OFF = t("Godkännande", "Godkjenning", "Sign-off");
  public static final LocalizedText DECISION = t("Beslut och yttrande", "Vedtak og uttalelse", "Decision and opinion");
  public static final LocalizedText NOT_SIGNED = t("inte godkänd", "ikke godkjent", "not signed off");
  public static final LocalizedText ACTIVITY_DECISIONS = t("Beslut om behandlingar", "Vedtak om behandlinger", "Decisions on processing activities");

  /** The pattern filled in each language. */
  public static LocalizedText format(LocalizedText pattern, Object... args) {
    Object[] sv = new Object[args.length];
    Object[] nb = new Object[args.length];
    Object[] en = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      sv[i] = a instanceof LocalizedText l ? l.sv() : a;
      nb[i] = a instanceof LocalizedText l ? l.nb() : a;
      en[i] = a instanceof LocalizedText l ? l.en() : a;
    }
    return new LocalizedText(String.format(java.util.Locale.ROOT, pattern.sv(), sv), String.format(java.util.Locale.ROOT, pattern.nb(), nb),
        String.format(java.util.Locale.ROOT, pattern.en(), en));
  }

  /** The personal-data flags of an asset, as core names them. */
  public static java.util.List<PersonalDataFlag> flags(io.github.trygg.core.register.InformationAsset a) {
    java.util.List<PersonalDataFlag> flags = new java.util.ArrayList<>();
    if (a.personalData()) {
      flags.add(PersonalDataFlag.PERSONAL_DATA);
    }
    if (a.specialCategory()) {
      flags.add(PersonalDataFlag.SPECIAL_CATEGORY);
    }
    if (a.criminalData()) {
      flags.add(PersonalDataFlag.CRIMINAL_DATA);
    }
    if (a.nationalIdentityNumbers()) {
      flags.add(PersonalDataFlag.NATIONAL_IDENTITY_NUMBERS);
    }
    if (a.children()) {
      flags.add(PersonalDataFlag.CHILDREN);
    }
    return flags;
  }

  /** The flags' labels in one language. */
  public static java.util.List<String> flags(io.github.trygg.core.register.InformationAsset a, Language lang) {
    return flags(a).stream().map(f -> f.label(lang)).toList();
  }

  /** A label as a heading or the start of a sentence: its first letter upper-case. */
  public static String capitalised(Labelled value, Language lang) {
    String s = value.label(lang);
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(lang.locale()) + s.substring(1);
  }

  /** {@link #capitalised(Labelled, Language)} in every language. */
  public static LocalizedText capitalised(Labelled value) {
    return new LocalizedText(capitalised(value, Language.SWEDISH), capitalised(value, Language.NORWEGIAN_BOKMAL), capitalised(value, Language.ENGLISH));
  }

  /** The texts joined with "; " in each language. */
  public static LocalizedText join(java.util.List<LocalizedText> texts) {
    return new LocalizedText(String.join("; ", texts.stream().map(LocalizedText::sv).toList()),
        String.join("; ", texts.stream().map(LocalizedText::nb).toList()), String.join("; ", texts.stream().map(LocalizedText::en).toList()));
  }

  private Labels() {}

  /** All labels by field name, in one language, for the template. */
  static Map<String, String> in(Language lang) {
    Map<String, String> m = new LinkedHashMap<>();
    for (java.lang.reflect.Field f : Labels.class.getDeclaredFields()) {
      if (f.getType() == LocalizedText.class) {
        try {
          m.put(f.getName().toLowerCase(java.util.Locale.ROOT), ((LocalizedText) f.get(null)).in(lang));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return m;
  }

  private static LocalizedText t(String sv, String nb, String en) {
    return new LocalizedText(sv, nb, en);
  }
}
