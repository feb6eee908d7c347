package io.github.trygg.core;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A citation of the rule behind a decision — for example {@code HSLF-FS 2016:40 3 kap. 15 §} or
 * {@code GDPR Art. 33(1)} — with how well it is verified and, when known, where to read it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LegalReference(String citation, VerificationStatus status, String url) {

  public static LegalReference of(String citation, VerificationStatus status) {
    return new LegalReference(citation, status, "");
  }

  public Optional<String> link() {
    return url.isEmpty() ? Optional.empty() : Optional.of(url);
  }

  @Override
  public String toString() {
    return citation + " (" + status.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
