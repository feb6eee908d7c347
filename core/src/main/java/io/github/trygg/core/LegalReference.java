package io.github.trygg.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A citation of the rule behind a decision — for example {@code HSLF-FS 2016:40 3 kap. 15 §} or
 * {@code GDPR Art. 33(1)} — with what kind of source it is (statute, regulation, guidance …), how
 * well it is verified, where to read it when known, and whom it binds. "Verified" says the text was
 * read in the source, not that it binds: that is the {@link #kind()} and the {@link #scope()}.
 *
 * @param citation the citation, such as {@code GDPR Art. 32}
 * @param kind what kind of source: a statute, a regulation, guidance …
 * @param status how well the citation has been checked in its source
 * @param url the source's URL; empty when none is given
 * @param scope whom the provision binds
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LegalReference(String citation, CitationKind kind, VerificationStatus status, String url, Scope scope) {

  /**
   * Checks that the citation, kind and status are given.
   *
   * @param citation the citation, such as {@code GDPR Art. 32}
   * @param kind what kind of source: a statute, a regulation, guidance …
   * @param status how well the citation has been checked in its source
   * @param url the source's URL; empty when none is given
   * @param scope whom the provision binds
   * @throws NullPointerException if one is missing
   */
  public LegalReference {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * A citation that binds everyone (or a general method), without a link.
   *
   * @param citation the citation, such as {@code GDPR Art. 32}
   * @param kind what kind of source it is
   * @param status how well the citation has been checked
   * @return the reference, binding everyone
   */
  public static LegalReference of(String citation, CitationKind kind, VerificationStatus status) {
    return new LegalReference(citation, kind, status, "", Scope.general());
  }

  /**
   * A citation with a link that binds everyone (or a general method).
   *
   * @param citation the citation, such as {@code GDPR Art. 32}
   * @param kind what kind of source it is
   * @param status how well the citation has been checked
   * @param url the source's URL
   * @return the reference, binding everyone
   */
  public static LegalReference of(String citation, CitationKind kind, VerificationStatus status, String url) {
    return new LegalReference(citation, kind, status, url, Scope.general());
  }

  /**
   * The same citation, binding only {@code scope}.
   *
   * @param scope whom the provision binds
   * @return the same citation, binding only that scope
   */
  public LegalReference within(Scope scope) {
    return new LegalReference(citation, kind, status, url, scope);
  }

  /** {@return the URL of the source, when one is given} */
  public Optional<String> link() {
    return url.isEmpty() ? Optional.empty() : Optional.of(url);
  }

  /**
   * Whether the reference binds {@code actor}.
   *
   * @param actor jurisdiction, kind of organisation and sectors
   * @return whether the scope covers it
   */
  public boolean binds(Actor actor) {
    return scope.binds(actor);
  }

  /**
   * The references of {@code all} that bind {@code actor}, in order.
   *
   * @param all the references to filter
   * @param actor who acts: jurisdiction, kind of organisation, sectors
   * @return whether the kind is binding law
   */
  public static List<LegalReference> binding(List<LegalReference> all, Actor actor) {
    return all.stream().filter(r -> r.binds(actor)).toList();
  }

  /**
   * For example {@code HSLF-FS 2016:40 3 kap. 15 § (föreskrift; läst i andrahandskälla)}.
   *
   * @param language the language of the text
   * @return the reference in words: citation, kind, status and where it applies
   */
  public String explain(Language language) {
    return citation + " (" + kind.label(language) + "; " + status.label(language) + ")";
  }

  /** {@return {@link #explain(Language)} in every language} */
  public LocalizedText explanation() {
    return new LocalizedText(explain(Language.SWEDISH), explain(Language.NORWEGIAN_BOKMAL), explain(Language.ENGLISH));
  }

  @Override
  public String toString() {
    return citation + " (" + kind.label().en() + "; " + status.label().en() + ")";
  }
}
