package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The data protection impact assessment of one processing activity (GDPR Art. 35), as the register
 * records it: the four parts of Art. 35(7), the data protection officer's advice (Art. 35(2)), the
 * controller's decision, and prior consultation of the supervisory authority where high risk
 * remains (Art. 36). A DPIA belongs to a processing, not to a system: the systems it covers are the
 * activity's.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class DpiaRecord {
  /** {@return Art. 35(7)(a): a systematic description of the processing and its purposes} */
  public abstract Optional<String> description();

  /**
   * {@return Art. 35(7)(b): the necessity and proportionality of the processing in relation to its
   * purposes}
   */
  public abstract Optional<String> necessityAndProportionality();

  /** {@return Art. 35(7)(c): the risks to the rights and freedoms of the data subjects} */
  public abstract Optional<String> risks();

  /** {@return ids of the risks in the organisation's risk register that the assessment covers} */
  public abstract List<String> riskIds();

  /** {@return Art. 35(7)(d): the measures envisaged to address the risks} */
  public abstract Optional<String> measures();

  /** {@return Art. 35(2): the advice of the data protection officer} */
  public abstract Optional<DpoAdvice> dpoAdvice();

  /** {@return the controller's decision on the processing after the assessment} */
  public abstract Optional<Decision> decision();

  /** {@return Art. 36: when the supervisory authority was consulted beforehand, and its reference} */
  public abstract Optional<PriorConsultation> priorConsultation();

  /** {@return the parts the register does not record yet, in the order Art. 35 lists them} */
  public final List<Part> missingParts() {
    List<Part> missing = new ArrayList<>();
    if (description().isEmpty()) {
      missing.add(Part.DESCRIPTION);
    }
    if (necessityAndProportionality().isEmpty()) {
      missing.add(Part.NECESSITY_AND_PROPORTIONALITY);
    }
    if (risks().isEmpty() && riskIds().isEmpty()) {
      missing.add(Part.RISKS);
    }
    if (measures().isEmpty()) {
      missing.add(Part.MEASURES);
    }
    if (dpoAdvice().isEmpty()) {
      missing.add(Part.DPO_ADVICE);
    }
    if (decision().isEmpty()) {
      missing.add(Part.DECISION);
    }
    return List.copyOf(missing);
  }

  /**
   * The DPO's advice (Art. 35(2)).
   *
   * @param on when the advice was given
   * @param advice the advice in words
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record DpoAdvice(LocalDate on, String advice) {}

  /**
   * The controller's decision: who decided, when, what and why.
   *
   * @param on when it was decided
   * @param decidedBy who decided, as a body or role
   * @param outcome what was decided
   * @param reasons why
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Decision(LocalDate on, String decidedBy, Outcome outcome, String reasons) {}

  /**
   * Prior consultation of IMY (förhandssamråd) or Datatilsynet (forhåndsdrøftelse).
   *
   * @param on when the authority was consulted
   * @param reference the authority's case reference
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record PriorConsultation(LocalDate on, String reference) {}

  /** What the controller decided. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Outcome implements Labelled {
    /** The processing goes ahead as it is. */
    PROCEED(new LocalizedText("behandlingen genomförs", "behandlingen gjennomføres", "the processing goes ahead")),
    /** The processing goes ahead with the measures envisaged. */
    PROCEED_WITH_MEASURES(new LocalizedText("behandlingen genomförs med åtgärderna", "behandlingen gjennomføres med tiltakene",
        "the processing goes ahead with the measures")),
    /** The supervisory authority is consulted first (Art. 36). */
    CONSULT_AUTHORITY(new LocalizedText("förhandssamråd med tillsynsmyndigheten begärs först (art. 36)", "forhåndsdrøftelse med tilsynsmyndigheten først (art. 36)",
        "the supervisory authority is consulted first (Art. 36)")),
    /** The processing does not go ahead. */
    DO_NOT_PROCEED(new LocalizedText("behandlingen genomförs inte", "behandlingen gjennomføres ikke", "the processing does not go ahead"));

    private final LocalizedText label;

    Outcome(LocalizedText label) {
      this.label = label;
    }

    @Override
    public LocalizedText label() {
      return label;
    }

    public String label(Language language) {
      return label.in(language);
    }
  }

  /** A part of the assessment Art. 35 requires. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Part implements Labelled {
    /** The description of the processing and its purposes (Art. 35(7)(a)). */
    DESCRIPTION(new LocalizedText("beskrivning av behandlingen och ändamålen (art. 35.7 a)", "beskrivelse av behandlingen og formålene (art. 35 nr. 7 bokstav a)",
        "description of the processing and its purposes (Art. 35(7)(a))")),
    /** The assessment of necessity and proportionality (Art. 35(7)(b)). */
    NECESSITY_AND_PROPORTIONALITY(new LocalizedText("bedömning av nödvändighet och proportionalitet (art. 35.7 b)",
        "vurdering av nødvendighet og forholdsmessighet (art. 35 nr. 7 bokstav b)", "assessment of necessity and proportionality (Art. 35(7)(b))")),
    /** The assessment of the risks to the data subjects (Art. 35(7)(c)). */
    RISKS(new LocalizedText("bedömning av riskerna för de registrerades rättigheter och friheter (art. 35.7 c)",
        "vurdering av risikoene for de registrertes rettigheter og friheter (art. 35 nr. 7 bokstav c)",
        "assessment of the risks to the data subjects' rights and freedoms (Art. 35(7)(c))")),
    /** The measures envisaged to address the risks (Art. 35(7)(d)). */
    MEASURES(new LocalizedText("planerade åtgärder mot riskerna (art. 35.7 d)", "planlagte tiltak mot risikoene (art. 35 nr. 7 bokstav d)",
        "measures envisaged to address the risks (Art. 35(7)(d))")),
    /** The data protection officer's advice (Art. 35(2)). */
    DPO_ADVICE(new LocalizedText("dataskyddsombudets råd (art. 35.2)", "personvernombudets råd (art. 35 nr. 2)", "the data protection officer's advice (Art. 35(2))")),
    /** The controller's decision on the processing. */
    DECISION(new LocalizedText("den personuppgiftsansvariges beslut", "den behandlingsansvarliges beslutning", "the controller's decision"));

    private final LocalizedText label;

    Part(LocalizedText label) {
      this.label = label;
    }

    public LocalizedText label() {
      return label;
    }

    public String label(Language language) {
      return label.in(language);
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DpiaRecord}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableDpiaRecord.Builder {}
}
