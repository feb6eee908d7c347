package io.github.trygg.core.changes;

import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Vendor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of each kind of entry that a change list reports, as text. */
final class EntryFields {
  private EntryFields() {}

  static Map<String, String> asset(InformationAsset a) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("owner", a.owner().orElse(""));
    m.put("personalData", Boolean.toString(a.personalData()));
    m.put("specialCategory", Boolean.toString(a.specialCategory()));
    m.put("volume", a.volume().map(WireNames::of).orElse(""));
    m.put("dataCategories", join(a.dataCategories()));
    return m;
  }

  static Map<String, String> system(InformationSystem s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", s.name());
    m.put("owner", s.owner().orElse(""));
    m.put("vendor", s.vendor().orElse(""));
    m.put("hostedOn", s.hostedOn().orElse(""));
    m.put("clearedFor", s.clearedFor().map(Levels::toString).orElse(""));
    m.put("authentication", s.authentication().map(WireNames::of).orElse(""));
    m.put("assetsStored", join(s.assetsStored()));
    m.put("assetsProcessed", join(s.assetsProcessed()));
    m.put("dataLocations", join(s.dataLocations()));
    m.put("features", join(s.features().stream().map(WireNames::of).toList()));
    m.put("internetExposed", Boolean.toString(s.internetExposed()));
    return m;
  }

  static Map<String, String> flow(Integration i) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", i.name().orElse(""));
    m.put("source", i.source());
    m.put("target", i.target());
    m.put("assetsSent", join(i.assetsSent()));
    m.put("assetsReceived", join(i.assetsReceived()));
    m.put("protocol", i.protocol().orElse(""));
    m.put("transport", WireNames.of(i.transport()));
    m.put("authentication", WireNames.of(i.authentication()));
    m.put("crossesOpenNetwork", Boolean.toString(i.crossesOpenNetwork()));
    m.put("clearedFor", i.clearedFor().map(Levels::toString).orElse(""));
    return m;
  }

  static Map<String, String> dependency(Dependency d) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("consumer", d.consumer());
    m.put("supplier", d.supplier());
    m.put("aspects", join(d.aspects().stream().map(WireNames::of).sorted().toList()));
    return m;
  }

  static Map<String, String> vendor(Vendor v) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", v.name());
    m.put("country", v.country());
    m.put("role", WireNames.of(v.role()));
    m.put("processorOf", v.processorOf().orElse(""));
    m.put("agreementDate", v.agreementDate().map(Object::toString).orElse(""));
    return m;
  }

  static Map<String, String> transfer(Vendor v) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("safeguards", join(v.safeguards().stream().map(WireNames::of).toList()));
    m.put("safeguardEvidence", v.safeguardEvidence().orElse(""));
    m.put("euRepresentative", v.euRepresentative().orElse(""));
    return m;
  }

  static Map<String, String> activity(ProcessingActivity a) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("purpose", a.purpose());
    m.put("legalBasis", WireNames.of(a.legalBasis()));
    m.put("specialCategoryBasis", a.specialCategoryBasis().map(WireNames::of).orElse(""));
    m.put("dataSubjectCategories", join(a.dataSubjectCategories()));
    m.put("assets", join(a.assets()));
    m.put("systems", join(a.systems()));
    m.put("recipients", join(a.recipients().stream().map(io.github.trygg.core.register.Recipient::name).toList()));
    m.put("retention", a.retention().map(r -> r.rule() + r.period().map(p -> " (" + p + ")").orElse("")).orElse(""));
    m.put("archiveStatus", WireNames.of(a.archiveStatus()));
    return m;
  }

  static String join(List<String> values) {
    return String.join(", ", values);
  }

  static Optional<String> text(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
