package io.github.trygg.core.changes;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.EntryKind;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One change: in which area, added, removed or changed, what it is about ({@code system:journal},
 * {@code risk:rsa-01}), which field (empty for a whole entry), the value before and after, and — for
 * a derived value such as a required level, a finding, a risk level or a sign-off's status — why it
 * moved.
 *
 * @param area the area of the change
 * @param kind added, removed or changed
 * @param subject the entry changed, such as {@code system:journal}
 * @param field the field changed, by property name; empty for a whole entry
 * @param before the value before; empty when it was added
 * @param after the value after; empty when it was removed
 * @param reason for a derived value, why it moved
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Change(ChangeArea area, ChangeKind kind, String subject, String field, Optional<LocalizedText> before,
    Optional<LocalizedText> after, Optional<LocalizedText> reason) {

  /**
   * A change of a value that reads the same in every language (a name, a level, a date).
   *
   * @param subject the entry changed, such as {@code system:journal}
   * @param area the area of the change
   * @param kind added, removed or changed
   * @param field the field changed, by property name
   * @param before the value before; empty when it was added
   * @param after the value after; empty when it was removed
   * @param reason why it holds
   * @return the change
   */
  public static Change of(ChangeArea area, ChangeKind kind, String subject, String field, Optional<String> before, Optional<String> after,
      Optional<LocalizedText> reason) {
    return new Change(area, kind, subject, field, before.map(Change::same), after.map(Change::same), reason);
  }

  private static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }


  /**
   * The field's name in {@code language}; the file's property name where there is no word for it.
   *
   * @param language the language of the text
   * @return the field's name in words
   */
  public String fieldLabel(Language language) {
    return io.github.trygg.core.internal.data.FieldWords.label(field, language);
  }

  /**
   * What the change is about in words: {@code asset:positioner} reads "informationstillgång
   * positioner", {@code item:gap:journal:ac-04} "åtgärd gap:journal:ac-04".
   *
   * @param language the language of the text
   * @return the entry in words
   */
  public String subjectLabel(Language language) {
    int colon = subject.indexOf(':');
    if (colon < 0) {
      return subject;
    }
    String kind = subject.substring(0, colon);
    String id = subject.substring(colon + 1);
    Optional<LocalizedText> word = switch (kind) {
      case "risk" -> Optional.of(new LocalizedText("risk", "risiko", "risk"));
      case "item" -> Optional.of(new LocalizedText("åtgärd", "tiltak", "item"));
      case "sign-off" -> Optional.of(new LocalizedText("godkännande", "godkjenning", "sign-off"));
      default -> WireNames.parse(kind, EntryKind.class).map(EntryKind::label);
    };
    return word.map(w -> w.in(language) + " " + id).orElse(subject);
  }

  /**
   * One line, for example {@code klassning · informationstillgång positioner · konfidentialitet: 2 → 3 (…)}.
   *
   * @param language the language of the text
   * @return the change in one line
   */
  public String describe(Language language) {
    StringBuilder sb = new StringBuilder();
    sb.append(area.label(language)).append(" · ").append(subjectLabel(language));
    if (field.isEmpty()) {
      sb.append(": ").append(kind.label(language));
    } else {
      sb.append(" · ").append(fieldLabel(language)).append(": ").append(before.map(b -> b.in(language)).orElse("—")).append(" → ").append(after.map(a -> a.in(language)).orElse("—"));
    }
    reason.ifPresent(r -> sb.append(" (").append(r.in(language)).append(')'));
    return sb.toString();
  }
}
