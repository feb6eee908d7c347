package io.github.trygg.dsr.cases;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.core.register.Register;
import io.github.trygg.dsr.audit.AuditEvent;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.breach.BreachRules;
import io.github.trygg.dsr.connector.DsrConnector;
import io.github.trygg.dsr.consent.ConsentPurpose;
import io.github.trygg.dsr.consent.ConsentRules;
import io.github.trygg.dsr.deadline.DeadlineCalculator;
import io.github.trygg.dsr.deadline.PausePolicy;
import io.github.trygg.dsr.deadline.WorkingDayCalendar;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.routing.LegalGrounds;
import io.github.trygg.dsr.routing.Router;
import io.github.trygg.dsr.store.DsrStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** What every service of one desk shares: its store, register, jurisdiction, rules and clock. */
final class CaseContext {
  private static final Set<String> IDENTITY_NUMBER_TYPES = Set.of(
      "se-personnummer", "se-samordningsnummer", "no-fodselsnummer", "no-d-nummer", "no-h-nummer");

  final DsrStore store;
  final Register register;
  final Router router;
  final LegalGrounds grounds;
  final SubjectPseudonymiser pseudonymiser;
  final DeadlineCalculator deadlines;
  final Map<DsrChannel, DsrConnector> connectors;
  final Clock clock;
  final ConsentRules consentRules;
  final List<ConsentPurpose> purposes;
  final BreachRules breachRules;
  final Supplier<String> ids;
  final Jurisdiction jurisdiction;

  CaseContext(DsrStore store, Register register, Jurisdiction jurisdiction, SubjectPseudonymiser pseudonymiser, LegalGrounds grounds,
      WorkingDayCalendar calendar, PausePolicy pausePolicy, Map<DsrChannel, DsrConnector> connectors, Clock clock,
      ConsentRules consentRules, List<ConsentPurpose> purposes, BreachRules breachRules, Supplier<String> ids) {
    this.store = store;
    this.register = register;
    this.jurisdiction = jurisdiction;
    this.pseudonymiser = pseudonymiser;
    this.grounds = grounds;
    this.router = Router.of(register, grounds);
    this.deadlines = DeadlineCalculator.of(calendar, pausePolicy);
    this.connectors = Collections.unmodifiableMap(new EnumMap<>(connectors));
    this.clock = clock;
    this.consentRules = consentRules;
    this.purposes = List.copyOf(purposes);
    this.breachRules = breachRules;
    this.ids = ids;
  }

  static AuditEvent event(Instant at, String actor, String action, String type, String id, String subjectRef, Map<String, String> details) {
    return new AuditEvent(at, actor, action, type, id, subjectRef, details);
  }

  LocalDate today() {
    return clock.instant().atZone(deadlines.calendar().zone()).toLocalDate();
  }

  static SubjectIdentifier canonical(SubjectIdentifier id, LocalDate on) {
    if (IDENTITY_NUMBER_TYPES.contains(id.type())) {
      return new SubjectIdentifier(id.type(), IdentityNumbers.parse(id.value(), on).canonical());
    }
    return new SubjectIdentifier(id.type(), id.value().strip());
  }

  /** The pseudonym of the strongest identifier: an identity number when there is one. */
  String subjectRef(List<SubjectIdentifier> ids) {
    SubjectIdentifier key = strongest(ids);
    // Swedish personnummer and samordningsnummer name one person each; one type keeps them apart.
    return pseudonymiser.pseudonym(key.type(), key.value());
  }

  /**
   * The same subject's pseudonyms under every readable key version, the current one first: what
   * was recorded before a key rotation is found by them.
   */
  List<String> subjectRefs(List<SubjectIdentifier> ids) {
    SubjectIdentifier key = strongest(ids);
    return pseudonymiser.pseudonyms(key.type(), key.value());
  }

  private static SubjectIdentifier strongest(List<SubjectIdentifier> ids) {
    return ids.stream().filter(i -> IDENTITY_NUMBER_TYPES.contains(i.type())).findFirst().orElse(ids.get(0));
  }
}
