package io.github.trygg.core.propagation;

import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.LevelOverride;
import io.github.trygg.core.register.TransportProtection;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** Small registers written tersely, for one rule at a time. */
final class Tiny {
  private Tiny() {}

  /** An asset with levels C, I, A, T. */
  static InformationAsset.Builder asset(String id, int c, int i, int a, int t) {
    Levels levels = Levels.of(c, i, a, t);
    Map<SecurityAspect, AspectRating> ratings = new EnumMap<>(SecurityAspect.class);
    for (SecurityAspect aspect : SecurityAspect.values()) {
      ratings.put(aspect, AspectRating.builder().aspect(aspect).level(levels.get(aspect)).justification("test").build());
    }
    return InformationAsset.builder().id(id).name(id.toUpperCase(java.util.Locale.ROOT))
        .classification(AssetClassification.builder().profileId("klassa-se").profileVersion("1").ratings(ratings).build());
  }

  static InformationSystem.Builder system(String id) {
    return InformationSystem.builder().id(id).name("System " + id);
  }

  static Integration.Builder flow(String id, String source, String target, String... sent) {
    return Integration.builder().id(id).source(source).target(target).addAssetsSent(sent)
        .transport(TransportProtection.TLS).authentication(IntegrationAuthentication.MUTUAL_TLS);
  }

  static LevelOverride.Builder override(String id, EntryKind kind, String target, SecurityAspect aspect, int level) {
    return LevelOverride.builder().id(id).target(new EntryRef(kind, target)).aspect(aspect).level(ConsequenceLevel.ofOrdinal(level))
        .reason("Only pseudonymised data reach it").approvedBy("Informationssäkerhetssamordnare").approvedOn(LocalDate.of(2026, 4, 16))
        .evidence("PIA-2026-04");
  }
}
