package io.github.trygg.core.signoff;

import io.github.trygg.core.Language;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A sign-off checked against the register as it is now: its status and, when it needs renewal,
 * each approved field that changed with its value then and now.
 *
 * @param signOff the sign-off checked
 * @param status whether it still holds, needs renewal, or its subject is gone
 * @param changes each approved field that changed, with its value then and now
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SignOffReview(SignOff signOff, SignOffStatus status, List<FieldChange> changes) {
  /**
   * Copies the changes.
   *
   * @param signOff the sign-off checked
   * @param status whether it still holds, needs renewal, or its subject is gone
   * @param changes each approved field that changed, with its value then and now
   */
  public SignOffReview {
    changes = List.copyOf(changes);
  }

  /**
   * One approved field: its value when signed and now (empty where it was or is absent).
   *
   * @param field the field's property name
   * @param approved its value when signed; empty when it was absent
   * @param now its value now; empty when it is absent
   */
  public record FieldChange(String field, Optional<String> approved, Optional<String> now) {
    /**
     * The field's name in {@code language}; the file's property name where there is no word for it.
     *
     * @param language the language of the name
     * @return the field's name
     */
    public String fieldLabel(Language language) {
      return io.github.trygg.core.internal.data.FieldWords.label(field, language);
    }

    /**
     * The value when signed, in words (wire ids by their labels, periods spelled out); "—" where absent.
     *
     * @param language the language of the words
     * @return the value when signed
     */
    public String approvedIn(Language language) {
      return approved.map(v -> io.github.trygg.core.internal.words.FieldValues.of(field, v).in(language)).orElse("—");
    }

    /**
     * The value now, in words; "—" where absent.
     *
     * @param language the language of the words
     * @return the value now
     */
    public String nowIn(Language language) {
      return now.map(v -> io.github.trygg.core.internal.words.FieldValues.of(field, v).in(language)).orElse("—");
    }
  }

  /**
   * One line: the sign-off, its status and what changed.
   *
   * @param language the language of the words
   * @return the line
   */
  public String explain(Language language) {
    StringBuilder sb = new StringBuilder();
    sb.append(signOff.kind().label(language)).append(" · ").append(signOff.subject().label(language)).append(" · ").append(signOff.signedBy())
        .append(" (").append(signOff.role()).append(") ").append(signOff.signedOn()).append(": ").append(status.label(language));
    for (FieldChange c : changes) {
      sb.append("; ").append(c.fieldLabel(language)).append(' ').append(c.approvedIn(language)).append(" → ").append(c.nowIn(language));
    }
    return sb.toString();
  }
}
