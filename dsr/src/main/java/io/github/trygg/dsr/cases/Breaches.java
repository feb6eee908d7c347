package io.github.trygg.dsr.cases;

import io.github.trygg.dsr.breach.BreachAssessment;
import io.github.trygg.dsr.breach.BreachRules;
import io.github.trygg.dsr.breach.NotificationDraft;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The breach register: each breach with its 72-hour clock (Art. 33) and the Art. 34 decision.
 * Reached through {@link DsrCases#breaches()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Breaches {
  private final DsrStore store;
  private final Clock clock;
  private final BreachRules breachRules;

  Breaches(CaseContext context) {
    this.store = context.store;
    this.clock = context.clock;
    this.breachRules = context.breachRules;
  }

  /**
   * Registers a new breach (version 1); its 72-hour clock runs from when the controller became aware.
   *
   * @param actor who acts, as an opaque id kept in the audit log
   * @param breach the breach at its new version
   * @return the breach as stored
   */
  public PersonalDataBreach register(PersonalDataBreach breach, String actor) {
    if (breach.version() != 1) {
      throw new IllegalArgumentException("a new breach has version 1");
    }
    store.commit(Change.builder().put(breach).audit(CaseContext.event(clock.instant(), actor, "breach.registered", "breach", breach.id(), "",
        Map.of("risk", breach.risk().name(), "deadline", breachRules.authorityDeadline(breach).toString()))).build());
    return breach;
  }

  /**
   * Stores a new version of a breach (its version must be the stored one + 1).
   *
   * @param actor who acts, as an opaque id kept in the audit log
   * @param breach the breach at its new version
   * @return the breach as stored
   */
  public PersonalDataBreach update(PersonalDataBreach breach, String actor) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("risk", breach.risk().name());
    breach.authorityNotifiedAt().ifPresent(t -> details.put("authorityNotifiedAt", t.toString()));
    breach.subjectsNotifiedAt().ifPresent(t -> details.put("subjectsNotifiedAt", t.toString()));
    store.commit(Change.builder().put(breach).audit(CaseContext.event(clock.instant(), actor, "breach.updated", "breach", breach.id(), "", details)).build());
    return breach;
  }

  /**
   * What is due now: notification of the authority and the subjects, with reasons.
   *
   * @param id the breach's id
   * @return the deadlines, what is to be notified, and the reasons
   */
  public BreachAssessment assess(String id) {
    return breachRules.assess(store.breach(id).orElseThrow(() -> new NotFoundException("breach", id)), clock.instant());
  }

  /**
   * A draft of the notification to the supervisory authority (Art. 33(3)).
   *
   * @param id the breach's id
   * @return the draft, with the items the register lacks marked missing
   */
  public NotificationDraft notificationDraft(String id) {
    return breachRules.draft(store.breach(id).orElseThrow(() -> new NotFoundException("breach", id)));
  }

}
