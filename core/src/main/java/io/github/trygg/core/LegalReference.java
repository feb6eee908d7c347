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
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LegalReference(String citation, CitationKind kind, VerificationStatus status, String url, Scope scope) {

  public LegalReference {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(scope, "scope");
  }

  /** A citation that binds everyone (or a general method), without a link. */
  public static LegalReference of(String citation, CitationKind kind, VerificationStatus status) {
    return new LegalReference(citation, kind, status, "", Scope.general());
  }

  /** A citation with a link that binds everyone (or a general method). */
  public static LegalReference of(String citation, CitationKind kind, VerificationStatus status, String url) {
    return new LegalReference(citation, kind, status, url, Scope.general());
  }

  /** The same citation, binding only {@code scope}. */
  public LegalReference within(Scope scope) {
    return new LegalReference(citation, kind, status, url, scope);
  }

  public Optional<String> link() {
    return url.isEmpty() ? Optional.empty() : Optional.of(url);
  }

  public boolean binds(Actor actor) {
    return scope.binds(actor);
  }

  /** The references of {@code all} that bind {@code actor}, in order. */
  public static List<LegalReference> binding(List<LegalReference> all, Actor actor) {
    return all.stream().filter(r -> r.binds(actor)).toList();
  }

  /** For example {@code HSLF-FS 2016:40 3 kap. 15 § (föreskrift; läst i andrahandskälla)}. */
  public String explain(Language language) {
    return citation + " (" + kind.label(language) + "; " + status.label(language) + ")";
  }

  /** {@link #explain(Language)} in every language. */
  public LocalizedText explanation() {
    return new LocalizedText(explain(Language.SWEDISH), explain(Language.NORWEGIAN_BOKMAL), explain(Language.ENGLISH));
  }

  @Override
  public String toString() {
    return citation + " (" + kind.label().en() + "; " + status.label().en() + ")";
  }
}
