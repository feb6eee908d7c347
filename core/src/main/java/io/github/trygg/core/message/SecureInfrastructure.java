package io.github.trygg.core.message;

import io.github.trygg.core.Jurisdiction;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/** The national secure-message infrastructures the rules know by name, with whom each serves. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SecureInfrastructure {
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

  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** Whether the infrastructure delivers to this kind of recipient. */
  public boolean serves(RecipientKind kind) {
    return serves.contains(kind);
  }
}
