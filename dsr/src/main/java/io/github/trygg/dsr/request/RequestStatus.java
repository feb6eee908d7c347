package io.github.trygg.dsr.request;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Where a request is in its life; see {@link Lifecycle} for the transitions allowed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RequestStatus implements Labelled {
  RECEIVED(new LocalizedText("mottagen", "mottatt", "received")),
  AWAITING_IDENTITY(new LocalizedText("väntar på identitetskontroll", "venter på identitetskontroll", "awaiting identity")),
  IDENTITY_FAILED(new LocalizedText("identiteten kunde inte styrkas", "identiteten kunne ikke bekreftes", "identity not established")),
  VERIFIED(new LocalizedText("identiteten styrkt", "identiteten bekreftet", "identity verified")),
  ASSESSING(new LocalizedText("bedöms", "vurderes", "being assessed")),
  APPROVED(new LocalizedText("godkänd för handläggning", "godkjent for behandling", "approved")),
  IN_PROGRESS(new LocalizedText("pågår", "pågår", "in progress")),
  COMPILING(new LocalizedText("svaret sammanställs", "svaret sammenstilles", "compiling the answer")),
  AWAITING_SIGNOFF(new LocalizedText("väntar på beslut", "venter på godkjenning", "awaiting sign-off")),
  /** Art. 19 notices to recipients, or erasure after access, after the main answer was prepared. */
  SECONDARY(new LocalizedText("underrättelser till mottagare", "varsler til mottakere", "notices to recipients")),
  /** Paused by the controller; resumes to the status it was held from. */
  ON_HOLD(new LocalizedText("vilande", "satt på vent", "on hold")),
  RESPONDED(new LocalizedText("besvarad", "besvart", "responded")),
  CLOSED(new LocalizedText("avslutad", "avsluttet", "closed")),
  /** Refused with a legal ground (for example Art. 12(5) manifestly unfounded). */
  REJECTED(new LocalizedText("avslagen", "avslått", "rejected")),
  /** The same subject already has an open request for the same rights; linked to it. */
  DUPLICATE(new LocalizedText("dubblett", "duplikat", "duplicate")),
  WITHDRAWN(new LocalizedText("återkallad", "trukket tilbake", "withdrawn")),
  CANCELLED(new LocalizedText("avbruten", "avbrutt", "cancelled"));

  private final LocalizedText label;

  RequestStatus(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }

  /** No further transition is possible. */
  public boolean isTerminal() {
    return this == CLOSED;
  }

  /** The request is finished and only waits to be closed. */
  public boolean isFinished() {
    return this == RESPONDED || this == REJECTED || this == WITHDRAWN || this == CANCELLED || this == DUPLICATE || this == CLOSED;
  }
}
