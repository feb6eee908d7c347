package io.github.trygg.core.signoff;

import io.github.trygg.core.Language;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A sign-off checked against the register as it is now: its status and, when it needs renewal,
 * each approved field that changed with its value then and now.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SignOffReview(SignOff signOff, SignOffStatus status, List<FieldChange> changes) {
  public SignOffReview {
    changes = List.copyOf(changes);
  }

  /** One approved field: its value when signed and now (empty where it was or is absent). */
  public record FieldChange(String field, Optional<String> approved, Optional<String> now) {
    /** The field's name in {@code language}; the file's property name where there is no word for it. */
    public String fieldLabel(Language language) {
      return io.github.trygg.core.internal.data.FieldWords.label(field, language);
    }

    /** The value when signed, in words (wire ids by their labels, periods spelled out); "—" where absent. */
    public String approvedIn(Language language) {
      return approved.map(v -> io.github.trygg.core.internal.words.FieldValues.of(field, v).in(language)).orElse("—");
    }

    /** The value now, in words; "—" where absent. */
    public String nowIn(Language language) {
      return now.map(v -> io.github.trygg.core.internal.words.FieldValues.of(field, v).in(language)).orElse("—");
    }
  }

  /** One line: the sign-off, its status and what changed. */
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
