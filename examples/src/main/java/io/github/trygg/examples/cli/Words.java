package io.github.trygg.examples.cli;

import io.github.trygg.core.LocalizedText;

/** Words the officer's commands print, in the three languages. */
final class Words {
  static final LocalizedText OVERDUE = t("Försenat", "Frist passert", "Overdue");
  static final LocalizedText THIS_MONTH = t("Ska vara klart denna månad", "Frist denne måneden", "Due this month");
  static final LocalizedText BY_OWNER = t("Öppna åtgärder per ansvarig", "Åpne tiltak per ansvarlig", "Open items by owner");
  static final LocalizedText MERGED = t("%d nya, %d lösta, %d återöppnade; %d åtgärder i planen.", "%d nye, %d løst, %d gjenåpnet; %d tiltak i planen.",
      "%d added, %d resolved, %d reopened; %d items in the plan.");
  static final LocalizedText WRITTEN = t("skrivet till", "skrevet til", "written to");
  static final LocalizedText EVIDENCE = t("åtgärd %s: underlaget %s är %s", "tiltak %s: dokumentasjonen %s er %s", "item %s: evidence %s is %s");
  static final LocalizedText MISSING = t("borta", "borte", "missing");
  static final LocalizedText CHANGED = t("ändrat sedan det registrerades", "endret siden det ble registrert", "changed since it was recorded");
  static final LocalizedText FINE = t("Inget att anmärka.", "Ingenting å bemerke.", "Nothing to report.");
  static final LocalizedText SIGNED = t("Godkännande %s registrerat: %s", "Godkjenning %s registrert: %s", "Sign-off %s recorded: %s");
  static final LocalizedText NO_CHANGES = t("Inga ändringar.", "Ingen endringer.", "No changes.");
  static final LocalizedText CHANGES = t("%d ändringar", "%d endringer", "%d changes");
  // validate
  static final LocalizedText VALID = t("giltigt: %d informationstillgångar, %d system, %d leverantörer, %d integrationer, %d behandlingar",
      "gyldig: %d informasjonsressurser, %d systemer, %d leverandører, %d integrasjoner, %d behandlinger",
      "valid: %d assets, %d systems, %d vendors, %d integrations, %d processing activities");
  static final LocalizedText DUE_FOR_REVIEW = t("%d poster ska granskas per %s:", "%d poster skal gjennomgås per %s:", "%d entries are due for review on %s:");
  static final LocalizedText NEVER_REVIEWED = t("aldrig granskad", "aldri gjennomgått", "never reviewed");
  static final LocalizedText REVIEW_DUE = t("skulle granskas %s", "skulle gjennomgås %s", "due %s");
  static final LocalizedText VALID_PROFILE = t("giltig produktprofil: %d informationstillgångar, %d system, %d leverantörer, %d integrationer",
      "gyldig produktprofil: %d informasjonsressurser, %d systemer, %d leverandører, %d integrasjoner",
      "valid product profile: %d assets, %d systems, %d vendors, %d integrations");
  static final LocalizedText LEFT_TO_USAGE = t("lämnas till kommunens användningsfil:", "overlates til kommunens bruksfil:", "left to the municipality's usage file:");
  /** What each problem a product profile leaves to the usage file is, in words. */
  static final java.util.Map<String, LocalizedText> LEFT = java.util.Map.of(
      "missing-volume", t("omfattning saknas", "omfang mangler", "volume missing"),
      "processor-without-agreement", t("biträde utan avtal", "databehandler uten avtale", "processor without an agreement"),
      "missing-special-category-basis", t("undantag enligt art. 9 saknas", "unntak etter art. 9 mangler", "Art. 9 basis missing"),
      "unknown-reference", t("hänvisning till något som finns i användningsfilen", "henvisning til noe som finnes i bruksfilen", "reference to an entry of the usage file"));
  // seal and open
  static final LocalizedText SEALED = t("förseglade %d byte till %d mottagare%s%s: %s (%s)", "forseglet %d byte til %d mottakere%s%s: %s (%s)",
      "sealed %d bytes to %d recipient%s%s: %s (%s)");
  static final LocalizedText SIGNED_FIRST = t(", signerat", ", signert", ", signed");
  static final LocalizedText UNSIGNED = t(", osignerat", ", usignert", ", unsigned");
  static final LocalizedText OPENED_UNCHECKED = t("öppnade %d byte till %s; signaturen är inte kontrollerad (ange --trust för att kontrollera avsändaren)",
      "åpnet %d byte til %s; signaturen er ikke kontrollert (oppgi --trust for å kontrollere avsenderen)",
      "opened %d bytes into %s; signature not checked (give --trust to verify the sender)");
  static final LocalizedText OPENED = t("öppnade %d byte till %s; signerat av %s (%s)%s%s", "åpnet %d byte til %s; signert av %s (%s)%s%s",
      "opened %d bytes into %s; signed by %s (%s)%s%s");
  static final LocalizedText SIGNED_AT = t(" den %s", " den %s", " at %s");
  static final LocalizedText RECIPIENTS_UNBOUND = t("; undertecknaren angav inte sina mottagare", "; den som signerte, oppga ikke mottakerne",
      "; the signer did not name its recipients");
  static final LocalizedText REFUSED = t("vägrat: %s", "avvist: %s", "refused: %s");
  // pseudonymise and dsr
  static final LocalizedText KEY_FILE_CREATED = t("skapade nyckelfilen %s med nycklarna %s; förvara den åtskild från %s",
      "opprettet nøkkelfilen %s med nøklene %s; oppbevar den adskilt fra %s", "created key file %s with keys %s; keep it apart from %s");
  static final LocalizedText THE_DATA = t("uppgifterna", "dataene", "the data");
  static final LocalizedText THE_JOURNAL = t("journalen", "journalen", "the journal");
  static final LocalizedText AND = t(" och ", " og ", " and ");
  static final LocalizedText PSEUDONYMISED = t("%s → %s: %d poster, %s läst, %s skrivet (policy %s version %d)", "%s → %s: %d poster, %s lest, %s skrevet (policy %s versjon %d)",
      "%s → %s: %d records, %s read, %s written (policy %s r%d)");
  static final LocalizedText DOMAIN_KEY = t("domänen %s använde nyckeln %s", "domenet %s brukte nøkkelen %s", "domain %s used key %s");
  static final LocalizedText MADE_OPAQUE = t("%d värden som policyn inte kunde ta emot gjordes oläsbara; de första:",
      "%d verdier som policyen ikke kunne ta imot, ble gjort uleselige; de første:", "%d values the policy could not take were made opaque; the first:");
  static final LocalizedText FIELD = t("Fält", "Felt", "FIELD");
  static final LocalizedText COUNTED_PSEUDONYMISED = t("Pseudonymiserade", "Pseudonymisert", "PSEUDONYMISED");
  static final LocalizedText COUNTED_GENERALISED = t("Generaliserade", "Generalisert", "GENERALISED");
  static final LocalizedText COUNTED_KEPT = t("Behållna", "Beholdt", "KEPT");
  static final LocalizedText COUNTED_DROPPED = t("Borttagna", "Fjernet", "DROPPED");
  static final LocalizedText COUNTED_EMPTY = t("Tomma", "Tomme", "EMPTY");
  static final LocalizedText COUNTED_INVALID = t("Ogiltiga", "Ugyldige", "INVALID");
  static final LocalizedText NOT_AN_IDENTITY_NUMBER = t("inte ett giltigt identitetsnummer: det %s", "ikke et gyldig identitetsnummer: det %s",
      "not a valid identity number: it %s");
  static final LocalizedText VALUE_NOT_TAKEN = t("värdet passar inte fältets regel", "verdien passer ikke feltets regel", "the value does not fit the field's rule");
  static final LocalizedText UNMATCHED = t("regler som inte träffade något fält: %s", "regler som ikke traff noe felt: %s", "rules that matched nothing: %s");
  static final LocalizedText DUPLICATE = t("begäran är en dubblett av den öppna begäran %s för samma registrerade och rättighet",
      "anmodningen er en dublett av den åpne anmodningen %s for samme registrerte og rettighet",
      "the request duplicates open request %s for the same subject and right");
  // check-message
  static final LocalizedText DETECTED = t("Hittat i texten", "Funnet i teksten", "Detected");
  static final LocalizedText AT = t("%s vid tecken %d–%d", "%s ved tegn %d–%d", "%s at %d–%d");
  static final LocalizedText TEST_NUMBER = t(" (testnummer)", " (testnummer)", " (test number)");
  // records and report
  static final LocalizedText TO_COMPLETE = t("%s: %d uppgifter att komplettera", "%s: %d opplysninger må fylles ut", "%s: %d fields to complete");
  static final LocalizedText REPORT_WRITTEN = t("rapporten skriven till %s", "rapporten skrevet til %s", "report written to %s");

  private Words() {}

  private static LocalizedText t(String sv, String nb, String en) {
    return new LocalizedText(sv, nb, en);
  }
}
