package io.github.trygg.core.questionnaire;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.RecoveryObjectives;
import io.github.trygg.core.register.SystemFeature;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The product-profile fields a supplier-dialogue answer may fill, how their values are checked
 * (when a questionnaire is loaded, so a typo in a file is caught there) and how they are applied.
 */
final class ProfileFields {
  enum Kind { TEXT, COUNTRY, ASSURANCE, FEATURE, BOOLEAN, DURATION, ROLE, SAFEGUARD }

  static final Map<String, Kind> FIELDS = Map.ofEntries(
      Map.entry("system.name", Kind.TEXT),
      Map.entry("system.description", Kind.TEXT),
      Map.entry("system.dataLocations", Kind.COUNTRY),
      Map.entry("system.authentication", Kind.ASSURANCE),
      Map.entry("system.features", Kind.FEATURE),
      Map.entry("system.internetExposed", Kind.BOOLEAN),
      Map.entry("system.recoveryCapability.maxDowntime", Kind.DURATION),
      Map.entry("system.recoveryCapability.maxDataLoss", Kind.DURATION),
      Map.entry("vendor.name", Kind.TEXT),
      Map.entry("vendor.country", Kind.COUNTRY),
      Map.entry("vendor.role", Kind.ROLE),
      Map.entry("vendor.safeguards", Kind.SAFEGUARD),
      Map.entry("vendor.contact", Kind.TEXT));

  private ProfileFields() {}

  static boolean known(String field) {
    return FIELDS.containsKey(field);
  }

  static String knownFields() {
    return String.join(", ", new java.util.TreeSet<>(FIELDS.keySet()));
  }

  static String expected(String field) {
    Kind kind = FIELDS.get(field);
    if (kind == null) {
      return "one of: " + knownFields();
    }
    switch (kind) {
      case COUNTRY: return "ISO 3166-1 alpha-2 country codes such as SE";
      case ASSURANCE: return WireNames.choices(AssuranceLevel.class);
      case FEATURE: return WireNames.choices(SystemFeature.class);
      case BOOLEAN: return "true or false";
      case DURATION: return "an ISO duration such as PT4H";
      case ROLE: return WireNames.choices(VendorRole.class);
      case SAFEGUARD: return WireNames.choices(TransferSafeguard.class);
      default: return "a text";
    }
  }

  /** What is wrong with {@code values} for {@code field}; empty when they fit. */
  static List<String> check(String field, List<String> values) {
    List<String> errors = new ArrayList<>();
    Kind kind = FIELDS.get(field);
    if (kind == null) {
      errors.add("unknown product-profile field '" + field + "'");
      return errors;
    }
    for (String value : values) {
      boolean ok;
      switch (kind) {
        case COUNTRY: ok = value.matches("[A-Z]{2}"); break;
        case ASSURANCE: ok = WireNames.parse(value, AssuranceLevel.class).isPresent(); break;
        case FEATURE: ok = WireNames.parse(value, SystemFeature.class).isPresent(); break;
        case BOOLEAN: ok = value.equals("true") || value.equals("false"); break;
        case DURATION: ok = duration(value).isPresent(); break;
        case ROLE: ok = WireNames.parse(value, VendorRole.class).isPresent(); break;
        case SAFEGUARD: ok = WireNames.parse(value, TransferSafeguard.class).isPresent(); break;
        default: ok = !value.isBlank(); break;
      }
      if (!ok) {
        errors.add("'" + field + "' cannot be '" + (kind == Kind.TEXT ? "" : value) + "'");
      }
    }
    return errors;
  }

  static ProductProfile build(String systemId, String vendorId, Map<String, List<String>> fills, Map<String, String> filledBy) {
    InformationSystem.Builder s = InformationSystem.builder().id(systemId).vendor(vendorId);
    List<String> missing = new ArrayList<>();
    s.name(last(fills, "system.name").orElseGet(() -> {
      missing.add("system.name");
      return systemId;
    }));
    last(fills, "system.description").ifPresent(s::description);
    distinct(fills, "system.dataLocations").forEach(s::addDataLocations);
    // Several answers may name an authentication level; the weakest is what the product guarantees.
    fills.getOrDefault("system.authentication", List.of()).stream()
        .map(v -> WireNames.parse(v, AssuranceLevel.class).orElseThrow())
        .min(Enum::compareTo).ifPresent(s::authentication);
    distinct(fills, "system.features").forEach(f -> s.addFeatures(WireNames.parse(f, SystemFeature.class).orElseThrow()));
    last(fills, "system.internetExposed").ifPresent(v -> s.internetExposed(Boolean.parseBoolean(v)));
    Optional<Duration> downtime = longest(fills, "system.recoveryCapability.maxDowntime");
    Optional<Duration> dataLoss = longest(fills, "system.recoveryCapability.maxDataLoss");
    if (downtime.isPresent() || dataLoss.isPresent()) {
      RecoveryObjectives.Builder r = RecoveryObjectives.builder();
      downtime.ifPresent(r::maxDowntime);
      dataLoss.ifPresent(r::maxDataLoss);
      s.recoveryCapability(r.build());
    }
    for (String field : List.of("system.dataLocations", "system.authentication", "system.recoveryCapability.maxDowntime", "system.recoveryCapability.maxDataLoss")) {
      if (!fills.containsKey(field)) {
        missing.add(field);
      }
    }
    Optional<String> name = last(fills, "vendor.name");
    Optional<String> country = last(fills, "vendor.country");
    Optional<VendorRole> role = last(fills, "vendor.role").map(v -> WireNames.parse(v, VendorRole.class).orElseThrow());
    Optional<Vendor> vendor = Optional.empty();
    if (name.isPresent() && country.isPresent() && role.isPresent()) {
      Vendor.Builder v = Vendor.builder().id(vendorId).name(name.get()).country(country.get()).role(role.get());
      distinct(fills, "vendor.safeguards").forEach(x -> v.addSafeguards(WireNames.parse(x, TransferSafeguard.class).orElseThrow()));
      last(fills, "vendor.contact").ifPresent(v::contact);
      vendor = Optional.of(v.build());
    } else {
      for (String field : List.of("vendor.name", "vendor.country", "vendor.role")) {
        if (!fills.containsKey(field)) {
          missing.add(field);
        }
      }
    }
    return ProductProfile.builder().system(s.build()).vendor(vendor).filledBy(filledBy).missing(missing).build();
  }

  private static Optional<String> last(Map<String, List<String>> fills, String field) {
    List<String> values = fills.getOrDefault(field, List.of());
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  private static Set<String> distinct(Map<String, List<String>> fills, String field) {
    return new LinkedHashSet<>(fills.getOrDefault(field, List.of()));
  }

  /** The longest of several stated durations: a capability is only as good as its worst case. */
  private static Optional<Duration> longest(Map<String, List<String>> fills, String field) {
    return fills.getOrDefault(field, List.of()).stream().map(ProfileFields::duration).flatMap(Optional::stream).max(Duration::compareTo);
  }

  private static Optional<Duration> duration(String value) {
    try {
      return Optional.of(Duration.parse(value.toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
