package io.github.trygg.core.dpia;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.internal.data.Messages;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterCodes;
import io.github.trygg.core.register.SystemFeature;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Suggests WP248 criteria and list facts for a system from what the register says about it and its
 * data, each with the reason: special category → sensitive data; care recipients, children or
 * employees → vulnerable subjects; positioning, camera, sound or sensors → systematic monitoring;
 * volume of many or more → large scale; several sources or purposes joined → matching or combining;
 * new technology or machine learning → innovative use; profiling → evaluation; automated decisions.
 * The caller confirms, adds or sets aside (with a justification) before screening.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DpiaSuggestions {
  /** Data-subject categories WP248 counts as vulnerable (patients, the elderly, children, employees …). */
  private static final Set<String> VULNERABLE = Set.of("care-recipient", "patient", "child", "pupil", "employee", "elderly", "asylum-seeker");
  private static final Set<SystemFeature> MONITORING = EnumSet.of(SystemFeature.POSITIONING, SystemFeature.CAMERA, SystemFeature.AUDIO, SystemFeature.SENSORS);

  private static final RegisterCodes CODES = RegisterCodes.bundled();

  private DpiaSuggestions() {}

  /**
   * {@return the data-subject categories (as a register writes them in {@code
   * dataSubjectCategories}) that suggest the WP248 criterion "vulnerable data subjects"}
   */
  public static Set<String> vulnerableSubjectCategories() {
    return VULNERABLE;
  }

  /**
   * Suggests criteria for a processing activity — the unit a DPIA is done for (Art. 35(1): "a type
   * of processing"): from the activity's assets and data subjects and the features of the systems it
   * uses. A system that serves several activities is screened with each of them, never on its own.
   *
   * @param jurisdiction whose lists apply
   * @param register the register
   * @param activityId the activity's id
   * @return the input, ready for the screener or to be adjusted by hand
   */
  public static ScreeningInput forActivity(Register register, String activityId, Jurisdiction jurisdiction) {
    ProcessingActivity activity = register.activity(activityId)
        .orElseThrow(() -> new IllegalArgumentException("no processing activity '" + activityId + "' in the register"));
    ScreeningInput.Builder b = ScreeningInput.builder("activity:" + activityId, jurisdiction);
    List<InformationAsset> assets = new ArrayList<>();
    activity.assets().forEach(id -> register.asset(id).ifPresent(assets::add));
    assets(b, assets);
    for (String subject : activity.dataSubjectCategories()) {
      if (VULNERABLE.contains(subject)) {
        b.criterion("vulnerable-subjects", Messages.text("dpia.suggest.activity-vulnerable", activity.name(), CODES.subjectCategory(subject)));
      }
      b.fact("subject:" + subject, Messages.text("dpia.suggest.activity-subject", activity.name(), CODES.subjectCategory(subject)));
    }
    for (String systemId : activity.systems()) {
      register.system(systemId).ifPresent(system -> features(b, system));
    }
    return b.build();
  }

  /**
   * The screening input the register suggests for one system: facts and criteria from its assets, activities and features, each with its reason.
   *
   * @param register the register
   * @param systemId the system's id
   * @param jurisdiction whose lists apply
   * @return the input, ready for the screener or to be adjusted by hand
   * @throws IllegalArgumentException if the register has no such system
   */
  public static ScreeningInput forSystem(Register register, String systemId, Jurisdiction jurisdiction) {
    InformationSystem system = register.system(systemId)
        .orElseThrow(() -> new IllegalArgumentException("no system '" + systemId + "' in the register"));
    ScreeningInput.Builder b = ScreeningInput.builder("system:" + systemId, jurisdiction);
    Set<String> assetIds = new LinkedHashSet<>(system.assetsStored());
    assetIds.addAll(system.assetsProcessed());
    List<InformationAsset> assets = new ArrayList<>();
    assetIds.forEach(id -> register.asset(id).ifPresent(assets::add));

    assets(b, assets);
    features(b, system);
    Set<String> sources = new LinkedHashSet<>();
    for (Integration flow : register.integrationsOf(systemId)) {
      if (flow.target().equals(systemId) && !flow.assetsSent().isEmpty()) {
        sources.add(flow.source());
      }
      if (flow.source().equals(systemId) && !flow.assetsReceived().isEmpty()) {
        sources.add(flow.target());
      }
    }
    if (sources.size() >= 2) {
      b.criterion("matching-combining", Messages.text("dpia.suggest.sources", system.name(), String.join(", ", sources)));
    }
    Set<String> purposes = new LinkedHashSet<>();
    for (ProcessingActivity activity : register.activitiesOf(systemId)) {
      if (activity.assets().stream().anyMatch(assetIds::contains)) {
        purposes.add(activity.name());
      }
    }
    if (purposes.size() >= 2) {
      b.criterion("matching-combining", Messages.text("dpia.suggest.purposes", system.name(), String.join(", ", purposes)));
    }
    return b.build();
  }

  private static void assets(ScreeningInput.Builder b, List<InformationAsset> assets) {
    DataVolume largest = null;
    for (InformationAsset a : assets) {
      if (a.specialCategory()) {
        b.criterion("sensitive-data", Messages.text("dpia.suggest.special-category", a.name()));
        b.fact("special-category", Messages.text("dpia.suggest.special-category", a.name()));
      }
      if (a.criminalData()) {
        b.criterion("sensitive-data", Messages.text("dpia.suggest.criminal", a.name()));
        b.fact("criminal-data", Messages.text("dpia.suggest.criminal", a.name()));
      }
      if (a.dataCategories().contains("location")) {
        b.criterion("sensitive-data", Messages.text("dpia.suggest.location", a.name()));
      }
      if (a.children()) {
        b.criterion("vulnerable-subjects", Messages.text("dpia.suggest.children", a.name()));
        b.fact("children", Messages.text("dpia.suggest.children", a.name()));
      }
      for (String subject : a.dataSubjectCategories()) {
        if (VULNERABLE.contains(subject)) {
          b.criterion("vulnerable-subjects", Messages.text("dpia.suggest.vulnerable", a.name(), CODES.subjectCategory(subject)));
        }
        b.fact("subject:" + subject, Messages.text("dpia.suggest.subject", a.name(), CODES.subjectCategory(subject)));
      }
      for (String category : a.dataCategories()) {
        b.fact("data:" + category, Messages.text("dpia.suggest.data", a.name(), CODES.dataCategory(category)));
      }
      if (a.nationalIdentityNumbers()) {
        b.fact("national-identity-numbers", Messages.text("dpia.suggest.identity-numbers", a.name()));
      }
      if (a.volume().isPresent() && a.volume().get().compareTo(DataVolume.MANY) >= 0) {
        b.criterion("large-scale", Messages.text("dpia.suggest.large-scale", a.name(), Messages.text("volume." + a.volume().get().name())));
      }
      if (a.volume().isPresent() && (largest == null || a.volume().get().compareTo(largest) > 0)) {
        largest = a.volume().get();
      }
    }
    if (largest != null) {
      b.fact("volume:" + WireNames.of(largest), Messages.text("dpia.suggest.volume", Messages.text("volume." + largest.name())));
    }
  }

  private static void features(ScreeningInput.Builder b, InformationSystem system) {
    for (SystemFeature f : system.features()) {
      String wire = WireNames.of(f);
      b.fact("feature:" + wire, Messages.text("dpia.suggest.feature", system.name(), f.label()));
      if (MONITORING.contains(f)) {
        b.criterion("systematic-monitoring", Messages.text("dpia.suggest.monitoring", system.name(), f.label()));
      }
      if (f == SystemFeature.NEW_TECHNOLOGY || f == SystemFeature.MACHINE_LEARNING) {
        // "uses new technology (new technology)" says it twice; machine learning is named as what is new.
        b.criterion("innovative-technology", f == SystemFeature.NEW_TECHNOLOGY
            ? Messages.text("dpia.suggest.new-technology", system.name())
            : Messages.text("dpia.suggest.innovative", system.name(), f.label()));
      }
      if (f == SystemFeature.PROFILING) {
        b.criterion("evaluation-scoring", Messages.text("dpia.suggest.profiling", system.name()));
      }
      if (f == SystemFeature.AUTOMATED_DECISION) {
        b.criterion("automated-decision", Messages.text("dpia.suggest.automated", system.name()));
      }
      if (f == SystemFeature.DATA_WAREHOUSE) {
        b.criterion("matching-combining", Messages.text("dpia.suggest.warehouse", system.name()));
      }
    }
  }
}
