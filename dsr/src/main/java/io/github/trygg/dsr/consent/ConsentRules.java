package io.github.trygg.dsr.consent;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Scope;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.dsr.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Decides whether valid consent exists for a purpose now. Consent counts only when given under the
 * purpose's current notice version and not withdrawn. A child under the age of its jurisdiction
 * and kind of processing cannot consent alone: its guardians' consent is needed — any one of them
 * or all, as the purpose says. Age limits come from a versioned data file a host can replace.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConsentRules {
  static final LegalReference ART_7 = LegalReference.of("GDPR Art. 7(1), 7(3)", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final LegalReference ART_4_11 = LegalReference.of("GDPR Art. 4(11), 7(2)", CitationKind.STATUTE,
      VerificationStatus.SECONDARY);
  static final LegalReference GUARDIANS_SE = LegalReference.of(
      "föräldrabalken 6 kap. 13 § (gemensam vårdnad: vårdnadshavarna beslutar tillsammans)", CitationKind.STATUTE, VerificationStatus.UNVERIFIED)
      .within(Scope.of(Jurisdiction.SWEDEN));
  static final LegalReference GUARDIANS_NO = LegalReference.of(
      "barnelova §§ 30–33 (foreldreansvar: foreldrene avgjør sammen)", CitationKind.STATUTE, VerificationStatus.UNVERIFIED)
      .within(Scope.of(Jurisdiction.NORWAY));
  // A guardian's consent stays valid until the child confirms, changes or withdraws it.
  static final LegalReference CAME_OF_AGE = LegalReference.of(
      "EDPB Guidelines 05/2020", CitationKind.GUIDANCE,
      VerificationStatus.UNVERIFIED);

  private final List<AgeRule> ageRules;

  /** The custody rule of the jurisdiction the question is asked in. */
  private static LegalReference guardians(ConsentQuery q) {
    return q.jurisdiction() == Jurisdiction.NORWAY ? GUARDIANS_NO : GUARDIANS_SE;
  }

  /**
   * Consent rules with these age rules.
   *
   * @param ageRules the age rules
   * @return the consent rules
   */
  public static ConsentRules of(List<AgeRule> ageRules) {
    return new ConsentRules(ageRules);
  }

  private ConsentRules(List<AgeRule> ageRules) {
    this.ageRules = List.copyOf(ageRules);
  }

  /** {@return the bundled age rules ({@code age-rules.yaml})} */
  public static ConsentRules bundled() {
    try (InputStream in = ConsentRules.class.getResourceAsStream("age-rules.yaml")) {
      if (in == null) {
        throw new IllegalStateException("age-rules.yaml is missing from the jar");
      }
      return ConsentRules.of(AgeRulesFile.read("age-rules.yaml", in, DataFormat.YAML));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Age rules from a host's own JSON or YAML file in the bundled format.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the consent rules
   */
  public static ConsentRules read(Path file) {
    return ConsentRules.of(AgeRulesFile.read(file));
  }

  /**
   * Age rules from a stream; {@code sourceName} names it in problems.
   *
   * @param sourceName names the input in every problem's location
   * @param in the file's bytes; not closed
   * @param format JSON or YAML
   * @return the consent rules
   */
  public static ConsentRules read(String sourceName, InputStream in, DataFormat format) {
    return ConsentRules.of(AgeRulesFile.read(sourceName, in, format));
  }

  /** {@return the age rules, in file order} */
  public List<AgeRule> ageRules() {
    return ageRules;
  }

  /**
   * The rule for a jurisdiction and purpose.
   *
   * @param jurisdiction the jurisdiction whose age applies
   * @param purpose the purpose: its kind of processing selects the rule
   * @return the age rule that applies
   */
  public AgeRule ageRule(Jurisdiction jurisdiction, ConsentPurpose purpose) {
    // A jurisdiction's own age for health matters, where it has one, comes before the general
    // ages (Norway: 16 under pasient- og brukerrettighetsloven § 4-3 instead of 18).
    if (!purpose.informationSocietyService() && purpose.healthMatter()) {
      Optional<AgeRule> health = find(jurisdiction, "health");
      if (health.isPresent()) {
        return health.get();
      }
    }
    String kind = purpose.informationSocietyService() ? "information-society" : purpose.specialCategory() ? "special-category" : "general";
    return find(jurisdiction, kind).orElseThrow(() -> new IllegalStateException("no age rule for " + jurisdiction + " / " + kind));
  }

  private Optional<AgeRule> find(Jurisdiction jurisdiction, String kind) {
    return ageRules.stream().filter(r -> r.jurisdiction() == jurisdiction && r.kind().equals(kind)).findFirst();
  }

  /**
   * Whether the subject's records give valid consent to {@code purpose} at the query's time: in
   * force, under the current notice version, given by the subject at the age of consent or by the
   * guardians the purpose's rule requires.
   *
   * @param purpose the purpose asked about
   * @param q the subject's age, guardians, jurisdiction and the time
   * @param records the subject's consent records (any purpose; others are ignored)
   * @return the decision with the records it rests on and why
   */
  public ConsentDecision evaluate(ConsentPurpose purpose, ConsentQuery q, List<ConsentRecord> records) {
    List<Reason> reasons = new ArrayList<>();
    List<ConsentRecord> inForce = new ArrayList<>();
    for (ConsentRecord r : records) {
      if (!r.subjectRef().equals(q.subjectRef()) || !r.purposeId().equals(purpose.id()) || !r.inForceAt(q.at())) {
        continue;
      }
      if (!r.noticeVersion().equals(purpose.noticeVersion())) {
        reasons.add(new Reason("dsr.consent.notice-version", ART_4_11, new LocalizedText(
            "Ett samtycke gavs till informationen version " + r.noticeVersion() + "; gällande version är " + purpose.noticeVersion() + ".",
            "Et samtykke ble gitt til informasjonen versjon " + r.noticeVersion() + "; gjeldende versjon er " + purpose.noticeVersion() + ".",
            "A consent was given to notice version " + r.noticeVersion() + "; the current version is " + purpose.noticeVersion() + ".")));
        continue;
      }
      inForce.add(r);
    }
    if (inForce.isEmpty()) {
      reasons.add(new Reason("dsr.consent.none", ART_7, new LocalizedText(
          "Inget gällande samtycke för ändamålet.", "Ingen gyldig samtykke for formålet.", "No consent in force for the purpose.")));
      return new ConsentDecision(false, List.of(), reasons);
    }
    AgeRule rule = ageRule(q.jurisdiction(), purpose);
    boolean ofAge = q.birthDate()
        .map(b -> Period.between(b, q.at().atZone(zone(q.jurisdiction())).toLocalDate()).getYears() >= rule.age())
        .orElse(q.adult());
    Optional<ConsentRecord> own = inForce.stream().filter(r -> r.givenBy() instanceof ConsentGiver.Subject).findFirst();
    List<ConsentRecord> byGuardians = inForce.stream().filter(r -> r.givenBy() instanceof ConsentGiver.Guardian).toList();

    if (ofAge) {
      if (own.isPresent()) {
        reasons.add(new Reason("dsr.consent.own", rule.reference(), new LocalizedText(
            "Den registrerade har själv samtyckt och har uppnått " + rule.age() + " år.",
            "Den registrerte har selv samtykket og har fylt " + rule.age() + " år.",
            "The subject consented and is at least " + rule.age() + ".")));
        return new ConsentDecision(true, List.of(own.get()), reasons);
      }
      ConsentDecision guardians = guardians(purpose, q, byGuardians, reasons);
      if (guardians.valid()) {
        List<Reason> more = new ArrayList<>(guardians.reasons());
        more.add(new Reason("dsr.consent.came-of-age", CAME_OF_AGE, new LocalizedText(
            "Vårdnadshavarnas samtycke gavs innan den registrerade fyllde " + rule.age() + " år och gäller tills hen bekräftar eller återkallar det.",
            "Foreldrenes samtykke ble gitt før den registrerte fylte " + rule.age() + " år og gjelder til hen bekrefter eller trekker det tilbake.",
            "The guardians consented before the subject turned " + rule.age() + "; it stands until the subject confirms or withdraws it.")));
        return new ConsentDecision(true, guardians.reliedOn(), more);
      }
      return guardians;
    }
    if (own.isPresent()) {
      reasons.add(new Reason("dsr.consent.under-age", rule.reference(), new LocalizedText(
          "Den registrerade är under " + rule.age() + " år och kan inte ensam samtycka; vårdnadshavarnas samtycke behövs.",
          "Den registrerte er under " + rule.age() + " år og kan ikke samtykke alene; foreldrenes samtykke trengs.",
          "The subject is under " + rule.age() + " and cannot consent alone; the guardians' consent is needed.")));
    }
    return guardians(purpose, q, byGuardians, reasons);
  }

  private static ConsentDecision guardians(ConsentPurpose purpose, ConsentQuery q, List<ConsentRecord> byGuardians, List<Reason> reasons) {
    Set<String> current = new LinkedHashSet<>(q.guardians());
    List<ConsentRecord> usable = byGuardians.stream()
        .filter(r -> current.isEmpty() || current.contains(((ConsentGiver.Guardian) r.givenBy()).guardianRef()))
        .toList();
    if (purpose.guardianRule() == GuardianRule.ANY_GUARDIAN) {
      if (usable.isEmpty()) {
        reasons.add(new Reason("dsr.consent.guardian-any", guardians(q), new LocalizedText(
            "Ingen vårdnadshavare har samtyckt.", "Ingen av foreldrene har samtykket.", "No guardian has consented.")));
        return new ConsentDecision(false, List.of(), reasons);
      }
      reasons.add(new Reason("dsr.consent.guardian-any", guardians(q), new LocalizedText(
          "En vårdnadshavare har samtyckt, vilket räcker för ändamålet.",
          "En av foreldrene har samtykket, og det er nok for formålet.",
          "A guardian consented, which suffices for this purpose.")));
      return new ConsentDecision(true, List.of(usable.get(0)), reasons);
    }
    if (current.isEmpty()) {
      reasons.add(new Reason("dsr.consent.guardians-unknown", guardians(q), new LocalizedText(
          "Ändamålet kräver alla vårdnadshavares samtycke, men vilka de är anges inte.",
          "Formålet krever samtykke fra alle foreldre, men hvem de er er ikke oppgitt.",
          "The purpose needs every guardian's consent, but the current guardians are not given.")));
      return new ConsentDecision(false, List.of(), reasons);
    }
    Set<String> consented = new LinkedHashSet<>();
    usable.forEach(r -> consented.add(((ConsentGiver.Guardian) r.givenBy()).guardianRef()));
    long missing = current.stream().filter(g -> !consented.contains(g)).count();
    if (missing > 0) {
      reasons.add(new Reason("dsr.consent.guardian-all", guardians(q), new LocalizedText(
          missing + " av " + current.size() + " vårdnadshavare har inte samtyckt; alla måste.",
          missing + " av " + current.size() + " foreldre har ikke samtykket; alle må.",
          missing + " of " + current.size() + " guardians have not consented; all must.")));
      return new ConsentDecision(false, List.of(), reasons);
    }
    reasons.add(new Reason("dsr.consent.guardian-all", guardians(q), new LocalizedText(
        "Alla " + current.size() + " vårdnadshavare har samtyckt.", "Alle " + current.size() + " foreldre har samtykket.",
        "All " + current.size() + " guardians consented.")));
    return new ConsentDecision(true, usable, reasons);
  }

  static ZoneId zone(Jurisdiction j) {
    return ZoneId.of(j == Jurisdiction.SWEDEN ? "Europe/Stockholm" : "Europe/Oslo");
  }

  /**
   * The subject's age on a date, for callers that show it.
   *
   * @param birthDate the birth date
   * @param on the date the age is wanted on
   * @return the age in whole years on that date
   */
  public static int age(LocalDate birthDate, LocalDate on) {
    return Period.between(birthDate, on).getYears();
  }
}
