package io.github.trygg.core.plan;

import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What produced an action item: the kind of source, the rule or finding behind it (a requirement
 * id, a finding kind, a risk id) and what it is about ({@code system:larmcentral},
 * {@code risk:rsa-01}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ItemOrigin(OriginKind kind, String rule, Optional<String> subject) {

  public static ItemOrigin manual() {
    return new ItemOrigin(OriginKind.MANUAL, "", Optional.empty());
  }

  public static ItemOrigin of(OriginKind kind, String rule, String subject) {
    return new ItemOrigin(kind, rule, Optional.of(subject));
  }

  /** The register entry the item is about, when its subject names one ({@code system:…}, {@code asset:…}). */
  public Optional<EntryRef> entry() {
    if (subject.isEmpty()) {
      return Optional.empty();
    }
    String s = subject.get();
    int colon = s.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String kind = s.substring(0, colon).toUpperCase(Locale.ROOT);
    for (EntryKind k : EntryKind.values()) {
      if (k.name().equals(kind)) {
        return Optional.of(new EntryRef(k, s.substring(colon + 1)));
      }
    }
    return Optional.empty();
  }
}
