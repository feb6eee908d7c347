package io.github.trygg.core.plan;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.dpia.DpiaOutcome;
import io.github.trygg.core.dpia.DpiaStatus;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.propagation.FindingKind;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What produced an action item: the kind of source, the rule or finding behind it (a requirement
 * id, a finding kind, a risk id) and what it is about ({@code system:larmcentral},
 * {@code risk:rsa-01}).
 *
 * @param kind the kind of source
 * @param rule the rule or finding behind it; empty for a manual item
 * @param subject what it is about, such as {@code system:larmcentral}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ItemOrigin(OriginKind kind, String rule, Optional<String> subject) {

  /** {@return the origin of an item written by hand} */
  public static ItemOrigin manual() {
    return new ItemOrigin(OriginKind.MANUAL, "", Optional.empty());
  }

  /**
   * An origin from the analysis.
   *
   * @param kind the kind of source
   * @param rule the rule or finding behind it
   * @param subject what it is about
   * @return the origin
   */
  public static ItemOrigin of(OriginKind kind, String rule, String subject) {
    return new ItemOrigin(kind, rule, Optional.of(subject));
  }

  /**
   * {@return the rule in words: a finding's kind, a DPIA's status or outcome and the review and
   * risk steps by their labels; requirement and mitigation ids, which a reader looks up, as they
   * are}
   */
  public LocalizedText ruleLabel() {
    Optional<? extends Labelled> known = switch (kind) {
      case FINDING -> WireNames.parse(rule, FindingKind.class);
      case DPIA -> WireNames.parse(rule, DpiaStatus.class).map(Labelled.class::cast).or(() -> WireNames.parse(rule, DpiaOutcome.class));
      default -> Optional.empty();
    };
    if (known.isPresent()) {
      return known.get().label();
    }
    return switch (rule) {
      case "self-assessment" -> new LocalizedText("självskattning", "egenvurdering", "self-assessment");
      case "decide" -> new LocalizedText("beslut om restrisken", "beslutning om restrisikoen", "decide on the residual risk");
      case "renew-acceptance" -> new LocalizedText("förnya riskacceptansen", "forny risikoaksepten", "renew the risk acceptance");
      case "never-reviewed" -> new LocalizedText("aldrig granskad", "aldri gjennomgått", "never reviewed");
      case "review-overdue" -> new LocalizedText("granskningen är försenad", "gjennomgangen er forsinket", "review overdue");
      default -> new LocalizedText(rule, rule, rule);
    };
  }

  /** {@return what the item is about in words: "system larmcentral", "risk rsa-01"; empty when nothing} */
  public LocalizedText subjectLabel() {
    if (subject.isEmpty()) {
      return new LocalizedText("", "", "");
    }
    Optional<EntryRef> ref = entry();
    if (ref.isPresent()) {
      return ref.get().label();
    }
    String s = subject.get();
    if (s.startsWith("risk:")) {
      String id = s.substring("risk:".length());
      return new LocalizedText("risk " + id, "risiko " + id, "risk " + id);
    }
    return new LocalizedText(s, s, s);
  }

  /**
   * {@return the register entry the item is about, when its subject names one ({@code system:…},
   * {@code asset:…})}
   */
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
