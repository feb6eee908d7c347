package io.github.trygg.core.message;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/** The national secure-message infrastructures the rules know by name, with whom each serves. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SecureInfrastructure implements Labelled {
  /** 1177 inkorg (Inera): care providers to patients, BankID or Freja+ login. */
  SE_1177_INKORG(Jurisdiction.SWEDEN, EnumSet.of(RecipientKind.INDIVIDUAL)),
  /** Mina meddelanden and the digital mailboxes (DIGG), public bodies to people. */
  SE_MINA_MEDDELANDEN(Jurisdiction.SWEDEN, EnumSet.of(RecipientKind.INDIVIDUAL)),
  /** Säker digital kommunikation (DIGG): organisation to organisation only. */
  SE_SDK(Jurisdiction.SWEDEN, EnumSet.of(RecipientKind.ORGANISATION)),
  /** Digital postkasse til innbyggere (Digipost, e-Boks), through KRR. */
  NO_DIGITAL_POSTKASSE(Jurisdiction.NORWAY, EnumSet.of(RecipientKind.INDIVIDUAL)),
  /** eFormidling (Digdir): DPO, DPV, DPF and DPI. */
  NO_EFORMIDLING(Jurisdiction.NORWAY, EnumSet.allOf(RecipientKind.class)),
  /** SvarUt (KS): municipal post to digital mailboxes or Altinn. */
  NO_SVARUT(Jurisdiction.NORWAY, EnumSet.allOf(RecipientKind.class)),
  /** Helsenettet (Norsk helsenett): ebXML messages between health organisations. */
  NO_HELSENETT(Jurisdiction.NORWAY, EnumSet.of(RecipientKind.ORGANISATION)),
  /** helsenorge.no: the national patient portal. */
  NO_HELSENORGE(Jurisdiction.NORWAY, EnumSet.of(RecipientKind.INDIVIDUAL));

  private final Jurisdiction jurisdiction;
  private final Set<RecipientKind> serves;

  SecureInfrastructure(Jurisdiction jurisdiction, Set<RecipientKind> serves) {
    this.jurisdiction = jurisdiction;
    this.serves = serves;
  }

  /** {@return the jurisdiction the infrastructure serves} */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * Whether the infrastructure delivers to this kind of recipient.
   *
   * @param kind a kind of recipient
   * @return whether it delivers to such recipients
   */
  public boolean serves(RecipientKind kind) {
    return serves.contains(kind);
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case SE_1177_INKORG -> new LocalizedText("1177 inkorg", "1177 inkorg", "1177 inkorg");
      case SE_MINA_MEDDELANDEN -> new LocalizedText("Mina meddelanden", "Mina meddelanden", "Mina meddelanden");
      case SE_SDK -> new LocalizedText("Säker digital kommunikation (SDK)", "Säker digital kommunikation (SDK)", "Säker digital kommunikation (SDK)");
      case NO_DIGITAL_POSTKASSE -> new LocalizedText("digital postlåda (Norge)", "digital postkasse", "digital postkasse (Norway)");
      case NO_EFORMIDLING -> new LocalizedText("eFormidling", "eFormidling", "eFormidling");
      case NO_SVARUT -> new LocalizedText("SvarUt", "SvarUt", "SvarUt");
      case NO_HELSENETT -> new LocalizedText("Helsenettet", "Helsenettet", "Helsenettet");
      case NO_HELSENORGE -> new LocalizedText("helsenorge", "helsenorge", "helsenorge");
    };
  }
}
