package io.github.trygg.examples.cli;

import io.github.trygg.core.LocalizedText;

/** Words the officer's commands print, in the three languages. */
final class Words {
  static final LocalizedText OVERDUE = t("Försenat", "Forsinket", "Overdue");
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

  private Words() {}

  private static LocalizedText t(String sv, String nb, String en) {
    return new LocalizedText(sv, nb, en);
  }
}
