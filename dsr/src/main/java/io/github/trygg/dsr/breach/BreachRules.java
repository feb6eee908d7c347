package io.github.trygg.dsr.breach;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.core.records.DraftItem;
import io.github.trygg.core.records.DraftSection;
import io.github.trygg.dsr.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The Art. 33 and 34 rules applied to a registered breach: the 72-hour clock from awareness (exact
 * hours, never rolled to a working day), whether the authority must be told, whether the subjects
 * must, reminders, the processor's notice limit, and the notification draft.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BreachRules {
  static final LegalReference ART_33_1 = LegalReference.of("GDPR Art. 33(1)", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final LegalReference ART_33_2 = LegalReference.of("GDPR Art. 33(2), Art. 28(3)(f)", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final LegalReference ART_33_3 = LegalReference.of("GDPR Art. 33(3)", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final LegalReference ART_34 = LegalReference.of("GDPR Art. 34(1), 34(3)", CitationKind.STATUTE, VerificationStatus.SECONDARY);
  static final Duration AUTHORITY_LIMIT = Duration.ofHours(72);
  static final List<Duration> REMINDERS = List.of(Duration.ofHours(48), Duration.ofHours(24), Duration.ofHours(4));

  private final Duration processorLimit;

  /**
   * The rules with the processors' notice limit the agreements set.
   *
   * @param processorLimit how soon a processor must tell the controller, as the agreement says (often 24 h)
   * @return the rules
   */
  public static BreachRules of(Duration processorLimit) {
    return new BreachRules(processorLimit);
  }

  private BreachRules(Duration processorLimit) {
    if (processorLimit.isNegative() || processorLimit.isZero()) {
      throw new IllegalArgumentException("the processor's limit must be positive");
    }
    this.processorLimit = processorLimit;
  }

  /** {@return the rules with the common 24-hour processor limit} */
  public static BreachRules defaults() {
    return new BreachRules(Duration.ofHours(24));
  }

  /**
   * When the supervisory authority must be notified: 72 hours after awareness, exactly (Art. 33(1)).
   *
   * @param b the breach
   * @return the deadline
   */
  public Instant authorityDeadline(PersonalDataBreach b) {
    return b.awareAt().plus(AUTHORITY_LIMIT);
  }

  /**
   * What is due at {@code now}: whether the authority and the subjects must be told, whether anyone is late, and when to remind.
   *
   * @param b the breach
   * @param now the moment the assessment is for
   * @return the assessment with its reasons
   */
  public BreachAssessment assess(PersonalDataBreach b, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    Instant deadline = authorityDeadline(b);
    boolean notify = b.risk() != BreachRisk.UNLIKELY;
    reasons.add(new Reason("dsr.breach.authority", ART_33_1, notify
        ? new LocalizedText("Anmäl till tillsynsmyndigheten senast " + deadline + " (72 timmar från kännedom).",
            "Meld til tilsynsmyndigheten senest " + deadline + " (72 timer fra kjennskap).",
            "Notify the supervisory authority by " + deadline + " (72 hours from awareness).")
        : new LocalizedText("Risken bedöms osannolik: dokumentera, ingen anmälan.",
            "Risikoen vurderes som usannsynlig: dokumenter, ingen melding.",
            "A risk is judged unlikely: document it, no notification.")));
    boolean late = notify && b.authorityNotifiedAt().map(t -> t.isAfter(deadline)).orElse(now.isAfter(deadline));
    if (late) {
      reasons.add(new Reason("dsr.breach.late", ART_33_1, new LocalizedText(
          "Anmälan görs efter 72 timmar och ska ange skälen till dröjsmålet" + (b.delayReason().isPresent() ? " (angivna)." : " (saknas)."),
          "Meldingen kommer etter 72 timer og skal begrunne forsinkelsen" + (b.delayReason().isPresent() ? " (oppgitt)." : " (mangler)."),
          "Notified after 72 hours: the reasons for the delay must accompany it" + (b.delayReason().isPresent() ? " (given)." : " (missing)."))));
    }
    BreachAssessment.SubjectNotice subjects;
    if (b.risk() != BreachRisk.HIGH) {
      subjects = BreachAssessment.SubjectNotice.NOT_REQUIRED;
    } else if (b.exemptions().contains(Art34Exemption.DATA_UNINTELLIGIBLE) || b.exemptions().contains(Art34Exemption.SUBSEQUENT_MEASURES)) {
      subjects = BreachAssessment.SubjectNotice.EXEMPT;
    } else if (b.exemptions().contains(Art34Exemption.DISPROPORTIONATE_EFFORT)) {
      subjects = BreachAssessment.SubjectNotice.PUBLIC_COMMUNICATION;
    } else {
      subjects = BreachAssessment.SubjectNotice.REQUIRED;
    }
    reasons.add(new Reason("dsr.breach.subjects." + subjects.name().toLowerCase(java.util.Locale.ROOT), ART_34, switch (subjects) {
      case NOT_REQUIRED -> new LocalizedText("Ingen hög risk: de registrerade behöver inte underrättas.",
          "Ikke høy risiko: de registrerte trenger ikke varsles.", "No high risk: the subjects need not be told.");
      case EXEMPT -> new LocalizedText("Hög risk, men uppgifterna var oläsbara eller risken är undanröjd (art. 34.3 a–b).",
          "Høy risiko, men opplysningene var uleselige eller risikoen er fjernet (art. 34 nr. 3 a–b).",
          "High risk, but the data were unintelligible or the risk was removed (Art. 34(3)(a)–(b)).");
      case PUBLIC_COMMUNICATION -> new LocalizedText("Hög risk; att underrätta var och en kräver oproportionerlig ansträngning: offentligt meddelande.",
          "Høy risiko; å varsle hver enkelt krever uforholdsmessig innsats: offentlig kunngjøring.",
          "High risk; telling each would take disproportionate effort: a public communication instead.");
      case REQUIRED -> new LocalizedText("Hög risk: underrätta de registrerade utan onödigt dröjsmål.",
          "Høy risiko: varsle de registrerte uten ugrunnet opphold.", "High risk: tell the subjects without undue delay.");
    }));
    Optional<Boolean> processorLate = b.processorNotice().map(p -> {
      Instant limit = p.processorAwareAt().plus(processorLimit);
      boolean isLate = p.controllerNotifiedAt().map(t -> t.isAfter(limit)).orElse(now.isAfter(limit));
      reasons.add(new Reason("dsr.breach.processor", ART_33_2, isLate
          ? new LocalizedText("Biträdet underrättade inte inom " + processorLimit.toHours() + " timmar.",
              "Databehandleren varslet ikke innen " + processorLimit.toHours() + " timer.",
              "The processor did not notify within " + processorLimit.toHours() + " hours.")
          : new LocalizedText("Biträdet underrättade inom avtalad tid.", "Databehandleren varslet innen avtalt tid.",
              "The processor notified within the agreed time.")));
      return isLate;
    });
    List<Instant> reminders = new ArrayList<>();
    if (notify && b.authorityNotifiedAt().isEmpty()) {
      for (Duration before : REMINDERS) {
        Instant at = deadline.minus(before);
        if (at.isAfter(now)) {
          reminders.add(at);
        }
      }
    }
    return new BreachAssessment(deadline, notify, late, subjects, processorLate, reminders, reasons);
  }

  /**
   * The Art. 33(3) content as a draft; what the register holds is filled in.
   *
   * @param b the breach
   * @return the draft, with the items the register lacks marked missing
   */
  public NotificationDraft draft(PersonalDataBreach b) {
    List<DraftSection> sections = new ArrayList<>();
    sections.add(DraftSection.builder().id("a").reference(ART_33_3)
        .title(new LocalizedText("Incidentens art", "Bruddets art", "Nature of the breach"))
        .addItems(item("nature", "Typ", "Type", "Type", "Art. 33(3)(a)",
            b.nature().stream().map(BreachNature::label).collect(Collectors.toList())))
        .addItems(item("description", "Beskrivning", "Beskrivelse", "Description", "Art. 33(3)(a)", same(b.description())))
        .addItems(item("data-categories", "Kategorier av personuppgifter", "Kategorier personopplysninger", "Categories of personal data",
            "Art. 33(3)(a)", b.dataCategories().stream().map(BreachRules::plain).toList()))
        .addItems(item("subject-categories", "Kategorier av registrerade", "Kategorier registrerte", "Categories of data subjects",
            "Art. 33(3)(a)", b.subjectCategories().stream().map(BreachRules::plain).toList()))
        .addItems(item("subjects", "Ungefärligt antal registrerade", "Omtrentlig antall registrerte", "Approximate number of data subjects",
            "Art. 33(3)(a)", List.of(plain(b.subjectsAffected().toString()))))
        .addItems(item("records", "Ungefärligt antal poster", "Omtrentlig antall oppføringer", "Approximate number of records",
            "Art. 33(3)(a)", List.of(plain(b.recordsAffected().toString()))))
        .build());
    sections.add(DraftSection.builder().id("b").reference(ART_33_3)
        .title(new LocalizedText("Kontaktpunkt", "Kontaktpunkt", "Contact point"))
        .addItems(item("contact", "Dataskyddsombud eller kontaktpunkt", "Personvernombud eller kontaktpunkt", "Data protection officer or contact point",
            "Art. 33(3)(b)", same(b.contactPoint())))
        .build());
    sections.add(DraftSection.builder().id("c").reference(ART_33_3)
        .title(new LocalizedText("Sannolika konsekvenser", "Sannsynlige konsekvenser", "Likely consequences"))
        .addItems(item("consequences", "Konsekvenser", "Konsekvenser", "Consequences", "Art. 33(3)(c)", same(b.likelyConsequences())))
        .build());
    sections.add(DraftSection.builder().id("d").reference(ART_33_3)
        .title(new LocalizedText("Åtgärder", "Tiltak", "Measures"))
        .addItems(item("taken", "Vidtagna åtgärder", "Iverksatte tiltak", "Measures taken", "Art. 33(3)(d)", same(b.measuresTaken())))
        .addItems(item("proposed", "Föreslagna åtgärder", "Foreslåtte tiltak", "Measures proposed", "Art. 33(3)(d)", same(b.measuresProposed())))
        .build());
    DraftSection.Builder timing = DraftSection.builder().id("timing").reference(ART_33_1)
        .title(new LocalizedText("Tidpunkter", "Tidspunkter", "Timing"))
        .addItems(item("aware", "Kännedom", "Kjennskap", "Became aware", "Art. 33(1)", List.of(plain(b.awareAt().toString()))))
        .addItems(item("deadline", "Senast anmälan", "Frist for melding", "Notification deadline", "Art. 33(1)",
            List.of(plain(authorityDeadline(b).toString()))));
    if (b.authorityNotifiedAt().map(t -> t.isAfter(authorityDeadline(b))).orElse(false)) {
      timing.addItems(item("delay", "Skäl till dröjsmål", "Grunn til forsinkelse", "Reasons for the delay", "Art. 33(1)",
          b.delayReason().map(BreachRules::same).orElse(List.of())));
    }
    sections.add(timing.build());
    return new NotificationDraft(b.id(), new LocalizedText(
        "Anmälan av personuppgiftsincident (utkast)", "Melding om brudd på personopplysningssikkerheten (utkast)",
        "Personal data breach notification (draft)"), sections);
  }

  private static DraftItem item(String key, String sv, String nb, String en, String ref, List<LocalizedText> values) {
    DraftItem.Builder item = DraftItem.builder().key(key).label(new LocalizedText(sv, nb, en)).reference(ref);
    List<LocalizedText> filled = values.stream().filter(v -> !v.en().isBlank()).toList();
    if (filled.isEmpty()) {
      item.missing(new LocalizedText("Fyll i: " + sv.toLowerCase(java.util.Locale.ROOT), "Fyll ut: " + nb.toLowerCase(java.util.Locale.ROOT),
          "Fill in: " + en.toLowerCase(java.util.Locale.ROOT)));
    }
    return item.addAllValues(filled).build();
  }

  private static List<LocalizedText> same(String text) {
    return List.of(plain(text));
  }

  private static LocalizedText plain(String text) {
    return new LocalizedText(text, text, text);
  }
}
