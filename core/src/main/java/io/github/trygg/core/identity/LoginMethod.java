package io.github.trygg.core.identity;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Scope;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named way of logging in — BankID, Freja eID Plus, MinID, a password with an SMS code — and the
 * eIDAS level of assurance it gives, with the sources that place it there. The level is the lowest
 * the method is known to reach: a caller who names the method need not guess the level.
 *
 * @param id the wire id, such as {@code bankid-se} or {@code password-sms-code}
 * @param label the method's name in the reader's language
 * @param level the assurance level the method gives
 * @param scope where the method is used (a Swedish e-ID, a Norwegian one, or anywhere)
 * @param sources what places the method at its level, with kind and verification status
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LoginMethod(String id, LocalizedText label, AssuranceLevel level, Scope scope, List<LegalReference> sources) {
  /**
   * Copies the sources and checks that the rest is given.
   *
   * @param id the wire id, such as {@code bankid-se} or {@code password-sms-code}
   * @param label the method's name in the reader's language
   * @param level the assurance level the method gives
   * @param scope where the method is used (a Swedish e-ID, a Norwegian one, or anywhere)
   * @param sources what places the method at its level, with kind and verification status
   * @throws NullPointerException if the id, label, level or scope is missing
   */
  public LoginMethod {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(scope, "scope");
    sources = List.copyOf(sources);
  }

  /**
   * The method's name in one language.
   *
   * @param language the reader's language
   * @return the name in it
   */
  public String label(Language language) {
    return label.in(language);
  }
}
