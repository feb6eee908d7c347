package io.github.trygg.core.propagation;

import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.internal.propagation.Check;
import io.github.trygg.core.internal.propagation.Engine;
import io.github.trygg.core.internal.propagation.Outcome;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SystemKind;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Propagates the protection value of a register's information through its integration chain:
 *
 * <pre>{@code
 * PropagationResult result = Propagation.bundled().run(register);
 * result.system("datalager").get().level(SecurityAspect.CONFIDENTIALITY).trace();
 * result.findings();   // clearance exceeded, unencrypted open-network flows, weak authentication …
 * result.reviews();    // compilations for a person to judge
 * }</pre>
 *
 * <p>Cost grows linearly with the register: every flow, dependency and hosting link is relaxed a
 * bounded number of times whatever the depth of the chains or the cycles in them. The result does
 * not depend on the order of the register's lists. Run it on a register without problems
 * ({@link Register#problems()}); references to entries that do not exist are ignored, and a
 * repeated integration id counts each entry (an override applies to the first).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Propagation {
  private static final Propagation BUNDLED = new Propagation(PropagationSettings.defaults());

  private final PropagationSettings settings;
  private final Engine.Config config;

  private Propagation(PropagationSettings settings) {
    this.settings = settings;
    this.config = config(settings);
  }

  /**
   * {@return the engine with the bundled rules ({@link PropagationRules#bundled()}) and default
   * thresholds}
   */
  public static Propagation bundled() {
    return BUNDLED;
  }

  /**
   * The engine with a host's own rules, thresholds and forwarding.
   *
   * @param settings the settings every run uses
   * @return the change
   */
  public static Propagation of(PropagationSettings settings) {
    return new Propagation(settings);
  }

  /** {@return the settings every run uses} */
  public PropagationSettings settings() {
    return settings;
  }

  /**
   * Propagates the protection value through {@code register}'s integration chain.
   *
   * @param register the register
   * @return the required and cleared levels of every system and flow, with traces, findings and compilations to review
   */
  public PropagationResult run(Register register) {
    Outcome outcome = Engine.run(register, config);
    return new PropagationResult(register, settings, outcome);
  }

  private static Engine.Config config(PropagationSettings settings) {
    PropagationRules rules = settings.rules();
    PropagationThresholds t = settings.thresholds();
    int[][] severity = new int[Check.values().length][];
    for (FindingKind kind : FindingKind.values()) {
      List<Severity> table = rules.check(kind).severity();
      severity[check(kind).ordinal()] = table.stream().mapToInt(Enum::ordinal).toArray();
    }
    boolean[] kinds = new boolean[SystemKind.values().length];
    t.authenticatedKinds().forEach(k -> kinds[k.ordinal()] = true);
    return new Engine.Config(
        settings.forwarding() == DataForwarding.PASS_THROUGH,
        severity,
        t.authenticationConfidentialityFrom().ordinal(),
        t.authenticationIntegrityFrom().ordinal(),
        t.authenticationAvailabilityFrom().ordinal(),
        t.requiredAssurance().ordinal(),
        kinds,
        t.sharedSecretIsWeakOverOpenNetwork(),
        t.largeVolume().ordinal(),
        t.largeVolumeSpecialCategory().ordinal(),
        t.joinedPurposes(),
        t.locationCategories(),
        t.healthCategories(),
        t.platformAvailabilityLevel().ordinal(),
        t.platformAvailabilityCount());
  }

  /** The engine's check behind a public kind; exhaustive, so a new kind cannot be forgotten. */
  static Check check(FindingKind kind) {
    return switch (kind) {
      case CLEARANCE_EXCEEDED -> Check.CLEARANCE_EXCEEDED;
      case UNENCRYPTED_OPEN_NETWORK -> Check.UNENCRYPTED_OPEN_NETWORK;
      case MISSING_AUTHENTICATION -> Check.MISSING_AUTHENTICATION;
      case WEAK_AUTHENTICATION -> Check.WEAK_AUTHENTICATION;
      case LEVEL_4_PRESENT -> Check.LEVEL_4_PRESENT;
      case THIRD_COUNTRY_WITHOUT_SAFEGUARD -> Check.THIRD_COUNTRY_WITHOUT_SAFEGUARD;
      case RECOVERY_GAP -> Check.RECOVERY_GAP;
      case UNDOCUMENTED_OVERRIDE -> Check.UNDOCUMENTED_OVERRIDE;
      case OVERRIDE_CONTRADICTED -> Check.OVERRIDE_CONTRADICTED;
      case TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES -> Check.TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES;
      case CONSENT_NOT_RECORDED -> Check.CONSENT_NOT_RECORDED;
      case RETENTION_FOR_UNKNOWN_ENTRY -> Check.RETENTION_FOR_UNKNOWN_ENTRY;
    };
  }

  /** The public kind of an engine check. */
  static FindingKind kind(Check check) {
    return switch (check) {
      case CLEARANCE_EXCEEDED -> FindingKind.CLEARANCE_EXCEEDED;
      case UNENCRYPTED_OPEN_NETWORK -> FindingKind.UNENCRYPTED_OPEN_NETWORK;
      case MISSING_AUTHENTICATION -> FindingKind.MISSING_AUTHENTICATION;
      case WEAK_AUTHENTICATION -> FindingKind.WEAK_AUTHENTICATION;
      case LEVEL_4_PRESENT -> FindingKind.LEVEL_4_PRESENT;
      case THIRD_COUNTRY_WITHOUT_SAFEGUARD -> FindingKind.THIRD_COUNTRY_WITHOUT_SAFEGUARD;
      case RECOVERY_GAP -> FindingKind.RECOVERY_GAP;
      case UNDOCUMENTED_OVERRIDE -> FindingKind.UNDOCUMENTED_OVERRIDE;
      case OVERRIDE_CONTRADICTED -> FindingKind.OVERRIDE_CONTRADICTED;
      case TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES -> FindingKind.TRANSFER_WITHOUT_SUPPLEMENTARY_MEASURES;
      case CONSENT_NOT_RECORDED -> FindingKind.CONSENT_NOT_RECORDED;
      case RETENTION_FOR_UNKNOWN_ENTRY -> FindingKind.RETENTION_FOR_UNKNOWN_ENTRY;
    };
  }

  static ConsequenceLevel level(int ordinal) {
    return ConsequenceLevel.ofOrdinal(Math.max(0, ordinal));
  }
}
