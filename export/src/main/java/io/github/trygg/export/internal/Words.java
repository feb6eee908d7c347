package io.github.trygg.export.internal;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.dpia.DpiaOutcome;
import io.github.trygg.core.dpia.DpiaStatus;
import io.github.trygg.core.register.DpiaRecord;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.VendorRole;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.risk.AcceptanceStatus;
import io.github.trygg.core.risk.RiskCategory;
import org.apiguardian.api.API;

/** The words of sheet names and headers in the three languages; values take the labels core gives them. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Words {
  private Words() {}

  public static LocalizedText t(String sv, String nb, String en) {
    return new LocalizedText(sv, nb, en);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  public static String yes(boolean value, Language l) {
    return value ? t("ja", "ja", "yes").in(l) : t("nej", "nei", "no").in(l);
  }

  public static String aspect(SecurityAspect aspect, Language l) {
    return capitalised(aspect.label(l));
  }

  public static String status(ImplementationStatus status, Language l) {
    return status.label(l);
  }

  public static String acceptance(AcceptanceStatus status, Language l) {
    return status.label(l);
  }

  public static String category(RiskCategory category, Language l) {
    return category.label(l);
  }

  public static String role(VendorRole role, Language l) {
    return role.label(l);
  }

  public static String safeguard(TransferSafeguard s, Language l) {
    return s.label(l);
  }

  public static String outcome(DpiaOutcome outcome, Language l) {
    return capitalised(outcome.label(l));
  }

  public static String decision(DpiaRecord.Outcome outcome, Language l) {
    return capitalised(outcome.label(l));
  }

  public static String dpiaStatus(DpiaStatus status, Language l) {
    return capitalised(status.label(l));
  }

  public static String entryKind(EntryKind kind, Language l) {
    return kind.label(l);
  }
}
