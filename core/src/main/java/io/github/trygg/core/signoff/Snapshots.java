package io.github.trygg.core.signoff;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.dpia.DpiaSuggestions;
import io.github.trygg.core.dpia.MatchedItem;
import io.github.trygg.core.dpia.MetCriterion;
import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each kind of sign-off approves, read from the register: one small adapter per subject, so a
 * richer subject (a DPIA kept per processing activity) changes one method.
 */
final class Snapshots {
  private Snapshots() {}

  static Optional<Map<String, String>> of(SignOffKind kind, EntryRef subject, Register register, DpiaScreener screener, Jurisdiction jurisdiction) {
    return switch (kind) {
      case CLASSIFICATION -> register.asset(subject.id()).map(Snapshots::classification);
      case ACTIVITY_DECISION -> register.activity(subject.id()).map(Snapshots::activity);
      case DPIA_DECISION, DPO_OPINION -> subject.kind() == EntryKind.ACTIVITY
          ? register.activity(subject.id()).map(a -> kind == SignOffKind.DPO_OPINION ? activity(a) : activityDpia(a, register, screener, jurisdiction))
          : register.system(subject.id()).map(s -> dpia(s, register, screener, jurisdiction));
    };
  }

  /** The profile and the level per aspect: a reworded justification is not a new classification. */
  static Map<String, String> classification(InformationAsset asset) {
    Map<String, String> m = new LinkedHashMap<>();
    Optional<AssetClassification> c = asset.classification();
    m.put("profile", c.map(x -> x.profileId() + "@" + x.profileVersion()).orElse("unclassified"));
    for (SecurityAspect aspect : SecurityAspect.values()) {
      AspectRating r = c.map(x -> x.ratings().get(aspect)).orElse(null);
      m.put(WireNames.of(aspect), r == null ? "0" : Integer.toString(r.level().ordinalLevel()));
    }
    return m;
  }

  /** What a committee decides on: purpose, legal basis, data, systems, recipients, retention, archive status. */
  static Map<String, String> activity(ProcessingActivity a) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("purpose", a.purpose());
    m.put("legalBasis", WireNames.of(a.legalBasis()));
    m.put("specialCategoryBasis", a.specialCategoryBasis().map(WireNames::of).orElse(""));
    m.put("nationalLegalBasis", a.nationalLegalBasis().orElse(""));
    m.put("dataSubjectCategories", String.join(", ", a.dataSubjectCategories()));
    m.put("assets", String.join(", ", a.assets()));
    m.put("systems", String.join(", ", a.systems()));
    m.put("recipients", String.join(", ", a.recipients().stream().map(io.github.trygg.core.register.Recipient::name).toList()));
    m.put("retention", a.retention().map(r -> r.rule() + r.period().map(p -> " (" + p + ")").orElse("")).orElse(""));
    m.put("archiveStatus", WireNames.of(a.archiveStatus()));
    return m;
  }

  /** What a DPIA rests on: the screening's outcome, criteria and list items, and the data and system behind them. */
  static Map<String, String> dpia(InformationSystem s, Register register, DpiaScreener screener, Jurisdiction jurisdiction) {
    ScreeningResult r = screener.screen(DpiaSuggestions.forSystem(register, s.id(), jurisdiction));
    Map<String, String> m = new LinkedHashMap<>();
    m.put("outcome", WireNames.of(r.outcome()));
    m.put("criteria", String.join(", ", r.criteria().stream().map(MetCriterion::criterion).map(c -> c.id()).toList()));
    List<MatchedItem> items = new java.util.ArrayList<>(r.mandatoryCases());
    items.addAll(r.nationalItems());
    m.put("listItems", String.join(", ", items.stream().map(i -> i.item().id()).toList()));
    m.put("features", String.join(", ", s.features().stream().map(WireNames::of).toList()));
    m.put("vendor", s.vendor().orElse(""));
    m.put("dataLocations", String.join(", ", s.dataLocations()));
    Set<String> assets = new LinkedHashSet<>(s.assetsStored());
    assets.addAll(s.assetsProcessed());
    for (String id : assets) {
      m.put("asset." + id, register.asset(id).flatMap(InformationAsset::classification).map(AssetClassification::fingerprint).orElse("unclassified"));
    }
    return m;
  }

  /** A DPIA of a processing activity: the activity and the DPIA basis of each of its systems. */
  static Map<String, String> activityDpia(ProcessingActivity a, Register register, DpiaScreener screener, Jurisdiction jurisdiction) {
    Map<String, String> m = activity(a);
    for (String system : a.systems()) {
      register.system(system).ifPresent(s -> dpia(s, register, screener, jurisdiction).forEach((k, v) -> m.put(system + "." + k, v)));
    }
    return m;
  }

  static String fingerprint(Map<String, String> approved) {
    StringBuilder sb = new StringBuilder();
    approved.forEach((k, v) -> sb.append(k.length()).append(':').append(k).append('=').append(v.length()).append(':').append(v).append('\n'));
    try {
      return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
