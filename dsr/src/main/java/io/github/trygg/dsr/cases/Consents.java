package io.github.trygg.dsr.cases;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.dsr.consent.ConsentDecision;
import io.github.trygg.dsr.consent.ConsentGiver;
import io.github.trygg.dsr.consent.ConsentPurpose;
import io.github.trygg.dsr.consent.ConsentQuery;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.consent.ConsentRules;
import io.github.trygg.dsr.consent.ConsentSubject;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Consent: given by the subject or a guardian, withdrawn, and checked against the age and guardian
 * rules of the desk's jurisdiction. Reached through {@link DsrCases#consents()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Consents {
  private final CaseContext context;
  private final DsrStore store;
  private final Clock clock;
  private final ConsentRules consentRules;
  private final Supplier<String> ids;
  private final Jurisdiction jurisdiction;

  Consents(CaseContext context) {
    this.context = context;
    this.store = context.store;
    this.clock = context.clock;
    this.consentRules = context.consentRules;
    this.ids = context.ids;
    this.jurisdiction = context.jurisdiction;
  }

  /**
   * The stable pseudonym of a subject, as requests and consents record it.
   *
   * @param identifier an identifier of the subject; put in canonical form first
   * @return the subject's keyed pseudonym
   */
  public String subjectRef(SubjectIdentifier identifier) {
    return context.subjectRef(List.of(CaseContext.canonical(identifier, context.today())));
  }

  /**
   * Records consent to {@code purpose}, given by the subject or a guardian.
   *
   * @param actor who acts, as an opaque id kept in the audit log
   * @param subject the subject, by identifier, with what is known of their age and guardians
   * @param purpose the purpose consented to
   * @param by the subject or one guardian
   * @return the new consent record, version 1
   */
  public ConsentRecord give(SubjectIdentifier subject, ConsentPurpose purpose, ConsentGiver by, String actor) {
    Instant now = clock.instant();
    ConsentRecord c = new ConsentRecord(ids.get(), 1, subjectRef(subject), purpose.id(), purpose.noticeVersion(), by, now, Optional.empty());
    Map<String, String> details = new LinkedHashMap<>();
    details.put("purpose", purpose.id());
    details.put("notice", purpose.noticeVersion());
    details.put("by", by instanceof ConsentGiver.Guardian g ? "guardian:" + g.guardianRef() : "subject");
    store.commit(Change.builder().put(c).audit(CaseContext.event(now, actor, "consent.given", "consent", c.id(), c.subjectRef(), details)).build());
    return c;
  }

  /**
   * Withdraws a consent; a consent already withdrawn is a {@link RuleViolationException}.
   *
   * @param actor who acts, as an opaque id kept in the audit log
   * @param consentId the consent record's id
   * @return the record at its next version, withdrawn now
   */
  public ConsentRecord withdraw(String consentId, String actor) {
    ConsentRecord c = store.consent(consentId).orElseThrow(() -> new NotFoundException("consent", consentId));
    if (c.withdrawnAt().isPresent()) {
      throw new RuleViolationException("dsr.consent.withdrawn", "the consent was already withdrawn");
    }
    Instant now = clock.instant();
    ConsentRecord w = c.withdrawn(now);
    store.commit(Change.builder().put(w).audit(CaseContext.event(now, actor, "consent.withdrawn", "consent", c.id(), c.subjectRef(), Map.of("purpose", c.purposeId()))).build());
    return w;
  }

  /**
   * Is there valid consent for the purpose now, under the desk's jurisdiction's age and guardian rules?
   *
   * @param purpose the purpose consented to
   * @param subject the subject, by identifier, with what is known of their age and guardians
   * @return whether valid consent exists, the records it rests on, and why
   */
  public ConsentDecision check(ConsentPurpose purpose, ConsentSubject subject) {
    List<String> refs = context.subjectRefs(List.of(CaseContext.canonical(subject.identifier(), context.today())));
    String ref = refs.get(0);
    // Consents recorded under an earlier key version are the same subject's: read under today's reference.
    List<ConsentRecord> records = new ArrayList<>();
    for (String r : refs) {
      for (ConsentRecord c : store.consents(r)) {
        records.add(r.equals(ref) ? c
            : new ConsentRecord(c.id(), c.version(), ref, c.purposeId(), c.noticeVersion(), c.givenBy(), c.givenAt(), c.withdrawnAt()));
      }
    }
    return consentRules.evaluate(purpose,
        new ConsentQuery(ref, jurisdiction, clock.instant(), subject.birthDate(), subject.adult(), subject.guardians()), records);
  }

}
