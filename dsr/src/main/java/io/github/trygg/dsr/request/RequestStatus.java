package io.github.trygg.dsr.request;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Where a request is in its life; see {@link Lifecycle} for the transitions allowed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RequestStatus implements Labelled {
  /** Registered; nothing has been checked yet. */
  RECEIVED(new LocalizedText("mottagen", "mottatt", "received")),
  /** Waiting for the requester to establish their identity (Art. 12(6)). */
  AWAITING_IDENTITY(new LocalizedText("väntar på identitetskontroll", "venter på identitetskontroll", "awaiting identity")),
  /** The identity could not be established; the request goes no further. */
  IDENTITY_FAILED(new LocalizedText("identiteten kunde inte styrkas", "identiteten kunne ikke bekreftes", "identity not established")),
  /** The identity is established. */
  VERIFIED(new LocalizedText("identiteten styrkt", "identiteten bekreftet", "identity verified")),
  /** The controller assesses what the request covers and whether a ground limits it. */
  ASSESSING(new LocalizedText("bedöms", "vurderes", "being assessed")),
  /** Approved for handling: the systems' tasks can be planned and sent. */
  APPROVED(new LocalizedText("godkänd för handläggning", "godkjent for behandling", "approved")),
  /** The systems' tasks are under way. */
  IN_PROGRESS(new LocalizedText("pågår", "pågår", "in progress")),
  /** The tasks are done and the answer is being put together. */
  COMPILING(new LocalizedText("svaret sammanställs", "svaret sammenstilles", "compiling the answer")),
  /** The answer waits for the controller's decision before it is sent. */
  AWAITING_SIGNOFF(new LocalizedText("väntar på beslut", "venter på godkjenning", "awaiting sign-off")),
  /** Art. 19 notices to recipients, or erasure after access, after the main answer was prepared. */
  SECONDARY(new LocalizedText("underrättelser till mottagare", "varsler til mottakere", "notices to recipients")),
  /** Paused by the controller; resumes to the status it was held from. */
  ON_HOLD(new LocalizedText("vilande", "satt på vent", "on hold")),
  /** The answer has been sent to the requester. */
  RESPONDED(new LocalizedText("besvarad", "besvart", "responded")),
  /** Finished; the subject's identifiers are cleared. */
  CLOSED(new LocalizedText("avslutad", "avsluttet", "closed")),
  /** Refused with a legal ground (for example Art. 12(5) manifestly unfounded). */
  REJECTED(new LocalizedText("avslagen", "avslått", "rejected")),
  /** The same subject already has an open request for the same rights; linked to it. */
  DUPLICATE(new LocalizedText("dubblett", "duplikat", "duplicate")),
  /** The requester withdrew the request. */
  WITHDRAWN(new LocalizedText("återkallad", "trukket tilbake", "withdrawn")),
  /** The controller cancelled the request, for example one registered in error. */
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

  /**
   * No further transition is possible.
   *
   * @return whether nothing follows this status
   */
  public boolean isTerminal() {
    return this == CLOSED;
  }

  /** {@return whether the request is finished and only waits to be closed} */
  public boolean isFinished() {
    return this == RESPONDED || this == REJECTED || this == WITHDRAWN || this == CANCELLED || this == DUPLICATE || this == CLOSED;
  }
}
