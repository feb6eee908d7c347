package io.github.trygg.core.message;

import static io.github.trygg.core.AssuranceLevel.HIGH;
import static io.github.trygg.core.AssuranceLevel.LOW;
import static io.github.trygg.core.AssuranceLevel.SUBSTANTIAL;
import static io.github.trygg.core.Jurisdiction.NORWAY;
import static io.github.trygg.core.Jurisdiction.SWEDEN;
import static io.github.trygg.core.message.Channel.EMAIL;
import static io.github.trygg.core.message.Channel.SECURE_INFRASTRUCTURE;
import static io.github.trygg.core.message.Channel.SMS;
import static io.github.trygg.core.message.Channel.WEB_PORTAL;
import static io.github.trygg.core.message.ContentClass.NO_PERSONAL_DATA;
import static io.github.trygg.core.message.ContentClass.PERSONAL_DATA;
import static io.github.trygg.core.message.ContentClass.SECRECY_PROTECTED;
import static io.github.trygg.core.message.ContentClass.SENSITIVE;
import static io.github.trygg.core.message.OrganisationalControl.EXCEPTION_DECISION_DOCUMENTED;
import static io.github.trygg.core.message.OrganisationalControl.RISK_ACCEPTANCE_DOCUMENTED;
import static io.github.trygg.core.message.OrganisationalControl.RISK_ANALYSIS_DOCUMENTED;
import static io.github.trygg.core.message.OrganisationalControl.ROUTINES_IN_PLACE;
import static io.github.trygg.core.message.Purpose.REMINDER_OR_SUMMONS;
import static io.github.trygg.core.message.RecipientKind.INDIVIDUAL;
import static io.github.trygg.core.message.RecipientKind.ORGANISATION;
import static io.github.trygg.core.Sector.HEALTHCARE;
import static io.github.trygg.core.Sector.OTHER;
import static io.github.trygg.core.Sector.SOCIAL_SERVICES;
import static io.github.trygg.core.message.Verdict.ALLOW;
import static io.github.trygg.core.message.Verdict.ALLOW_WITH_CONDITIONS;
import static io.github.trygg.core.message.Verdict.DENY;
import static io.github.trygg.core.register.TransportProtection.END_TO_END;
import static io.github.trygg.core.register.TransportProtection.NONE;
import static io.github.trygg.core.register.TransportProtection.TLS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.core.Language;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the shipped table, each with a case that reaches it and a near miss that must not:
 * one input changed, and the decision moves to the rule named.
 */
class DecisionTableTest {
  static final SecureMessageRules RULES = SecureMessageRules.bundled();

  static final Set<OrganisationalControl> EXCEPTION_CONTROLS = Set.of(RISK_ANALYSIS_DOCUMENTED, EXCEPTION_DECISION_DOCUMENTED, ROUTINES_IN_PLACE);

  static MessageContext.Builder seCare() {
    return MessageContext.builder().jurisdiction(SWEDEN).sector(HEALTHCARE).recipientKind(INDIVIDUAL).channel(EMAIL).declaredContent(PERSONAL_DATA);
  }

  static MessageContext.Builder noCare() {
    return MessageContext.builder().jurisdiction(NORWAY).sector(HEALTHCARE).recipientKind(INDIVIDUAL).channel(EMAIL).declaredContent(PERSONAL_DATA);
  }

  static MessageContext.Builder seReminder() {
    return seCare().channel(SMS).purpose(REMINDER_OR_SUMMONS).consent(ConsentRecord.of(ConsentBasis.EXPLICIT_CONSENT)).controls(EXCEPTION_CONTROLS);
  }

  static Arguments c(String name, MessageContext.Builder b, String rule, Verdict verdict) {
    return Arguments.of(name, b.build(), rule, verdict);
  }

  static Stream<Arguments> rows() {
    return Stream.of(
        // row 1
        c("1+ no personal data by plain e-mail", seCare().declaredContent(NO_PERSONAL_DATA), "ALL-01", ALLOW),
        c("1- the same with personal data", seCare().sector(OTHER), "SE-02", ALLOW_WITH_CONDITIONS),
        // row 2
        c("2+ SE other sector, SMS, personal data", seCare().sector(OTHER).channel(SMS), "SE-02", ALLOW_WITH_CONDITIONS),
        c("2- SE other sector, sensitive", seCare().sector(OTHER).declaredContent(SENSITIVE), "ALL-21-DENY", DENY),
        // row 3
        c("3+ SE reminder by SMS, consent, controls documented", seReminder(), "SE-03", ALLOW_WITH_CONDITIONS),
        c("3- SE reminder, exception decision not documented", seReminder().controls(Set.of(RISK_ANALYSIS_DOCUMENTED, ROUTINES_IN_PLACE)), "SE-03", DENY),
        // row 4
        c("4+ SE reminder without consent", seReminder().consent(java.util.Optional.empty()), "SE-04", DENY),
        c("4- SE reminder, consent by the individual's request", seReminder().consent(ConsentRecord.of(ConsentBasis.REQUESTED_BY_INDIVIDUAL)), "SE-03", ALLOW_WITH_CONDITIONS),
        // row 5
        c("5+ SE test result by e-mail with consent", seCare().declaredContent(SENSITIVE).consent(ConsentRecord.of(ConsentBasis.EXPLICIT_CONSENT)).transport(TLS), "SE-05", DENY),
        c("5- SE test result by e-mail sealed to the patient", seCare().declaredContent(SENSITIVE).transport(END_TO_END), "SE-06", ALLOW_WITH_CONDITIONS),
        // row 6
        c("6+ SE e-mail end to end", seCare().transport(END_TO_END), "SE-06", ALLOW_WITH_CONDITIONS),
        c("6- SE SMS end to end is not row 6", seCare().channel(SMS).declaredContent(SENSITIVE).transport(END_TO_END), "ALL-21", ALLOW_WITH_CONDITIONS),
        // row 7
        c("7+ SE 1177 inkorg with BankID", seCare().channel(SECURE_INFRASTRUCTURE).infrastructure(SecureInfrastructure.SE_1177_INKORG).declaredContent(SECRECY_PROTECTED).transport(TLS).recipientAssurance(SUBSTANTIAL), "SE-07", ALLOW),
        c("7- SE own portal without TLS", seCare().channel(WEB_PORTAL).declaredContent(SENSITIVE).transport(NONE).recipientAssurance(HIGH), "ALL-21-DENY", DENY),
        // row 8
        c("8+ SE portal with password and SMS code", seCare().channel(WEB_PORTAL).declaredContent(SENSITIVE).transport(TLS).recipientAssurance(LOW), "SE-08", DENY),
        c("8- SE portal with tillitsnivå 3", seCare().channel(WEB_PORTAL).declaredContent(SENSITIVE).transport(TLS).recipientAssurance(SUBSTANTIAL), "SE-07", ALLOW),
        // row 9
        c("9+ SE social services, simple e-mail the client asked for", seCare().sector(SOCIAL_SERVICES).consent(ConsentRecord.of(ConsentBasis.REQUESTED_BY_INDIVIDUAL)), "SE-09", ALLOW_WITH_CONDITIONS),
        c("9- SE social services, simple e-mail nobody asked for", seCare().sector(SOCIAL_SERVICES), "SE-09", DENY),
        // row 10
        c("10+ SE social services, sensitive e-mail with consent", seCare().sector(SOCIAL_SERVICES).declaredContent(SENSITIVE).consent(ConsentRecord.of(ConsentBasis.EXPLICIT_CONSENT)), "SE-10", DENY),
        c("10- SE social services, sensitive, sealed end to end", seCare().sector(SOCIAL_SERVICES).declaredContent(SENSITIVE).transport(END_TO_END), "ALL-21", ALLOW_WITH_CONDITIONS),
        // row 11
        c("11+ SE organisation through SDK", seCare().recipientKind(ORGANISATION).channel(SECURE_INFRASTRUCTURE).infrastructure(SecureInfrastructure.SE_SDK).declaredContent(SECRECY_PROTECTED), "SE-11", ALLOW),
        c("11- SE organisation by plain e-mail", seCare().recipientKind(ORGANISATION).declaredContent(SECRECY_PROTECTED), "ALL-21-DENY", DENY),
        // row 12
        c("12+ SE organisation, TLS, risk accepted", seCare().recipientKind(ORGANISATION).declaredContent(SENSITIVE).transport(TLS).controls(Set.of(RISK_ACCEPTANCE_DOCUMENTED)), "SE-12", ALLOW_WITH_CONDITIONS),
        c("12- SE organisation, TLS, no risk acceptance", seCare().recipientKind(ORGANISATION).declaredContent(SENSITIVE).transport(TLS), "SE-12", DENY),
        // row 13
        c("13+ NO SMS reminder, contact details given", noCare().channel(SMS).purpose(REMINDER_OR_SUMMONS).consent(ConsentRecord.of(ConsentBasis.CONTACT_DETAILS_GIVEN)), "NO-13", ALLOW_WITH_CONDITIONS),
        c("13- NO SMS reminder, patient opted out", noCare().channel(SMS).purpose(REMINDER_OR_SUMMONS).consent(ConsentRecord.of(ConsentBasis.STATUTORY_WITH_OPT_OUT)).recipientOptedOut(true), "NO-13", DENY),
        // row 14
        c("14+ NO health data by SMS", noCare().channel(SMS).declaredContent(SENSITIVE), "NO-14", DENY),
        c("14- NO health data sealed end to end", noCare().declaredContent(SENSITIVE).transport(END_TO_END), "ALL-21", ALLOW_WITH_CONDITIONS),
        // row 15
        c("15+ NO fødselsnummer by e-mail to an organisation", noCare().sector(OTHER).recipientKind(ORGANISATION).knownContent(Set.of(ContentHitKind.NO_FODSELSNUMMER)).transport(TLS), "NO-15", DENY),
        c("15- NO fødselsnummer by SMS is not row 15", noCare().sector(OTHER).recipientKind(ORGANISATION).channel(SMS).knownContent(Set.of(ContentHitKind.NO_FODSELSNUMMER)), "ALL-21", ALLOW_WITH_CONDITIONS),
        // row 16
        c("16+ NO helsenorge with BankID", noCare().channel(SECURE_INFRASTRUCTURE).infrastructure(SecureInfrastructure.NO_HELSENORGE).declaredContent(SENSITIVE).transport(TLS).recipientAssurance(HIGH), "NO-16", ALLOW),
        c("16- NO other sector portal, level 4", noCare().sector(OTHER).channel(WEB_PORTAL).declaredContent(SENSITIVE).transport(TLS).recipientAssurance(HIGH), "ALL-21-DENY", DENY),
        // row 17
        c("17+ NO portal with MinID and health data", noCare().channel(WEB_PORTAL).declaredContent(SENSITIVE).transport(TLS).recipientAssurance(SUBSTANTIAL), "NO-17", DENY),
        c("17- NO portal with MinID, personal data only", noCare().channel(WEB_PORTAL).transport(TLS).recipientAssurance(SUBSTANTIAL), "ALL-21", ALLOW_WITH_CONDITIONS),
        // row 18
        c("18+ NO digital mailbox", noCare().sector(OTHER).channel(SECURE_INFRASTRUCTURE).infrastructure(SecureInfrastructure.NO_DIGITAL_POSTKASSE).declaredContent(SECRECY_PROTECTED), "NO-18", ALLOW),
        c("18- NO digital mailbox, reserved in KRR", noCare().sector(OTHER).channel(SECURE_INFRASTRUCTURE).infrastructure(SecureInfrastructure.NO_DIGITAL_POSTKASSE).declaredContent(SECRECY_PROTECTED).recipientOptedOut(true), "NO-18", DENY),
        // row 19
        c("19+ NO Helsenettet between health organisations", noCare().recipientKind(ORGANISATION).channel(SECURE_INFRASTRUCTURE).infrastructure(SecureInfrastructure.NO_HELSENETT).declaredContent(SECRECY_PROTECTED), "NO-19", ALLOW),
        c("19- NO health organisation by plain e-mail", noCare().recipientKind(ORGANISATION).declaredContent(SECRECY_PROTECTED), "ALL-21-DENY", DENY),
        // row 20
        c("20+ NO barnevern e-mail with neutral text", noCare().sector(SOCIAL_SERVICES).declaredContent(NO_PERSONAL_DATA), "NO-20", DENY),
        c("20- NO barnevern to the digital mailbox", noCare().sector(SOCIAL_SERVICES).channel(SECURE_INFRASTRUCTURE).infrastructure(SecureInfrastructure.NO_DIGITAL_POSTKASSE).declaredContent(NO_PERSONAL_DATA), "NO-18", ALLOW),
        // row 22: Swedish social services through Mina meddelanden (before: the catch-all)
        c("22+ SE social services, sensitive, through Mina meddelanden", seCare().sector(SOCIAL_SERVICES).channel(SECURE_INFRASTRUCTURE)
            .infrastructure(SecureInfrastructure.SE_MINA_MEDDELANDEN).declaredContent(SECRECY_PROTECTED).transport(END_TO_END).recipientAssurance(HIGH), "SE-22", ALLOW),
        c("22- SE social services, recipient without a digital mailbox", seCare().sector(SOCIAL_SERVICES).channel(SECURE_INFRASTRUCTURE)
            .infrastructure(SecureInfrastructure.SE_MINA_MEDDELANDEN).declaredContent(SENSITIVE).recipientOptedOut(true), "SE-22", DENY),
        // row 21
        c("21+ sensitive by SMS to an organisation", noCare().recipientKind(ORGANISATION).sector(OTHER).channel(SMS).declaredContent(SENSITIVE), "ALL-21-DENY", DENY),
        c("21- personal data by e-mail in NO health care", noCare(), "ALL-21", ALLOW_WITH_CONDITIONS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void eachRowDecidesAsTheTableSays(String name, MessageContext context, String rule, Verdict verdict) {
    Decision d = RULES.evaluate(context);
    assertEquals(rule, d.ruleId(), () -> name + "\n" + d.explain(Language.ENGLISH));
    assertEquals(verdict, d.verdict(), () -> name + "\n" + d.explain(Language.ENGLISH));
    assertFalse(d.legalBasis().isEmpty());
    assertFalse(d.consentCanWaiveSecurity());
    if (verdict == DENY) {
      assertFalse(d.remedies().isEmpty(), "a denial says what would let it go");
    } else {
      assertTrue(d.remedies().isEmpty());
    }
  }

  @Test
  void everyRowOfTheResearchTableIsEncodedAndReached() {
    Set<Integer> encoded = RULES.rules().stream().map(RuleSummary::row).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(IntStream.rangeClosed(1, 22).boxed().collect(Collectors.toCollection(TreeSet::new)), withFloors(encoded));
    Set<String> reached = rows().map(a -> (String) a.get()[2]).collect(Collectors.toSet());
    for (RuleSummary r : RULES.rules()) {
      assertTrue(reached.contains(r.id()), "no test reaches " + r.id());
    }
  }

  private static Set<Integer> withFloors(Set<Integer> rows) {
    Set<Integer> all = new TreeSet<>(rows);
    all.add(20); // row 20 is a rule and a content floor
    return all;
  }

  @Test
  void sourcesThatDoNotBindTheSenderAreLeftOut() {
    // The catch-all binds everyone; its Swedish guidance is not cited to a Norwegian sender.
    Decision norway = RULES.evaluate(noCare().recipientKind(ORGANISATION).sector(OTHER).channel(SMS).declaredContent(SENSITIVE).build());
    assertEquals("ALL-21-DENY", norway.ruleId());
    assertTrue(norway.legalBasis().stream().noneMatch(r -> r.citation().startsWith("IMY")), norway.legalBasis().toString());
    Decision sweden = RULES.evaluate(seCare().recipientKind(ORGANISATION).sector(OTHER).channel(SMS).declaredContent(SENSITIVE).build());
    assertTrue(sweden.legalBasis().stream().anyMatch(r -> r.citation().startsWith("IMY")), sweden.legalBasis().toString());
    // A Norwegian portal denial for a social-services sender cites no health-sector guidance.
    Decision social = RULES.evaluate(noCare().sector(SOCIAL_SERVICES).channel(WEB_PORTAL).declaredContent(SENSITIVE).transport(TLS).recipientAssurance(SUBSTANTIAL).build());
    assertEquals("NO-17", social.ruleId());
    assertTrue(social.legalBasis().stream().noneMatch(r -> r.scope().sectors().contains(io.github.trygg.core.Sector.HEALTHCARE)), social.legalBasis().toString());
    assertTrue(social.legalBasis().stream().noneMatch(r -> r.citation().contains("fasteverger") || r.citation().contains("vegvesen")));
  }

  @Test
  void deniedRowsExplainThemselvesInThreeLanguages() {
    Decision d = RULES.evaluate(seReminder().controls(Set.of()).build());
    assertEquals(DENY, d.verdict());
    assertEquals(List.of("risk-analysis-documented", "exception-decision-documented", "routines-in-place"), d.unmetRequirements().stream().map(UnmetRequirement::id).toList());
    for (Language l : Language.values()) {
      String text = d.explain(l);
      assertTrue(text.contains("SE-03"));
      assertTrue(text.contains("HSLF-FS 2016:40 3 kap. 16 §"), text);
      assertTrue(text.contains(VerificationStatus.SECONDARY.label(l)), text);
      assertTrue(text.contains(CitationKind.REGULATION.label(l)), text);
    }
    assertEquals(java.util.Optional.of(SecureInfrastructure.SE_1177_INKORG), d.suggestedAlternative().flatMap(Alternative::infrastructure));
    assertTrue(d.factors().stream().anyMatch(f -> f.input().equals("controls")), d.factors().toString());
  }

  @Test
  void alternativesFollowTheRecipient() {
    Decision toPerson = RULES.evaluate(seCare().sector(SOCIAL_SERVICES).declaredContent(SENSITIVE).build());
    Decision toOrg = RULES.evaluate(seCare().sector(SOCIAL_SERVICES).recipientKind(ORGANISATION).declaredContent(SENSITIVE).build());
    assertEquals(SecureInfrastructure.SE_MINA_MEDDELANDEN, toPerson.suggestedAlternative().orElseThrow().infrastructure().orElseThrow());
    assertEquals(SecureInfrastructure.SE_SDK, toOrg.suggestedAlternative().orElseThrow().infrastructure().orElseThrow());
  }

  @Test
  void theNorwegianRelationshipFloorIsShownAsAnAdjustment() {
    Decision d = RULES.evaluate(noCare().sector(SOCIAL_SERVICES).declaredContent(NO_PERSONAL_DATA).build());
    assertEquals(SECRECY_PROTECTED, d.effectiveContent());
    assertEquals(NO_PERSONAL_DATA, d.declaredContent());
    assertEquals(Adjustment.Kind.CONTENT_RAISED_BY_TABLE, d.adjustments().get(0).kind());
  }

  @Test
  void consentOutsideItsChannelDoesNotCount() {
    ConsentRecord emailOnly = ConsentRecord.builder().basis(ConsentBasis.EXPLICIT_CONSENT).addChannels(EMAIL).build();
    Decision d = RULES.evaluate(seReminder().consent(emailOnly).build());
    assertEquals("SE-04", d.ruleId());
    assertEquals(Adjustment.Kind.CONSENT_DOES_NOT_COVER, d.adjustments().get(0).kind());
  }

  static UnaryOperator<MessageContext.Builder> op(UnaryOperator<MessageContext.Builder> f) {
    return f;
  }
}
