package io.github.trygg.dsr.request;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/** What a system did with its part of a request. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TaskOutcome implements Labelled {
  /** Access or portability: the data were delivered. */
  FULFILLED(EnumSet.of(RequestType.ACCESS, RequestType.PORTABILITY), new LocalizedText("lämnat ut", "utlevert", "delivered")),
  /** The inaccurate data were corrected. */
  RECTIFIED(EnumSet.of(RequestType.RECTIFICATION), new LocalizedText("rättat", "rettet", "rectified")),
  /** The data were erased. */
  ERASED(EnumSet.of(RequestType.ERASURE, RequestType.CONSENT_WITHDRAWAL), new LocalizedText("raderat", "slettet", "erased")),
  /** The data were anonymised, which counts as erasure. */
  ANONYMISED(EnumSet.of(RequestType.ERASURE, RequestType.CONSENT_WITHDRAWAL), new LocalizedText("anonymiserat", "anonymisert", "anonymised")),
  /** Processing is restricted: the data are kept but not used. */
  RESTRICTED(EnumSet.of(RequestType.RESTRICTION, RequestType.OBJECTION), new LocalizedText("begränsat", "begrenset", "restricted")),
  /** Public records under archive law (arkivlagen, arkivlova): restricted instead of erased. */
  RESTRICTED_INSTEAD_ARCHIVE_LAW(EnumSet.of(RequestType.ERASURE, RequestType.RECTIFICATION, RequestType.CONSENT_WITHDRAWAL), new LocalizedText("spärrat i stället för raderat (norska arkivlova)", "sperret i stedet for slettet (arkivlova)", "restricted instead of erased (Norwegian archive law)")),
  /** Processing on the basis objected to, or on withdrawn consent, has stopped. */
  PROCESSING_STOPPED(EnumSet.of(RequestType.OBJECTION, RequestType.CONSENT_WITHDRAWAL), new LocalizedText("behandlingen har upphört", "behandlingen er stanset", "processing stopped")),
  /** A person reviewed the automated decision. */
  HUMAN_REVIEW_DONE(EnumSet.of(RequestType.AUTOMATED_DECISION_REVIEW), new LocalizedText("beslutet har prövats av en människa", "vedtaket er vurdert av et menneske", "reviewed by a person")),
  /** A recipient was told of a rectification, erasure or restriction (Art. 19). */
  RECIPIENT_NOTIFIED(EnumSet.of(RequestType.RECTIFICATION, RequestType.ERASURE, RequestType.RESTRICTION), new LocalizedText("mottagaren underrättad", "mottakeren varslet", "recipient notified")),
  /** Refused with a legal ground. */
  REFUSED(EnumSet.allOf(RequestType.class), new LocalizedText("avslaget med rättslig grund", "avslått med rettslig grunnlag", "refused on a legal ground")),
  /** Done in part; the rest is refused with a legal ground. */
  PARTIAL(EnumSet.allOf(RequestType.class), new LocalizedText("delvis; resten avslaget", "delvis; resten avslått", "in part; the rest refused"));

  private final Set<RequestType> fits;
  private final LocalizedText label;

  TaskOutcome(Set<RequestType> fits, LocalizedText label) {
    this.fits = fits;
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
   * Whether this outcome answers a task for {@code right}.
   *
   * @param right the right the ground is used for
   * @return whether the outcome can answer that right
   */
  public boolean fits(RequestType right) {
    return fits.contains(right);
  }

  /**
   * Refusals and partial results must name their legal ground.
   *
   * @return whether the outcome must name a legal ground
   */
  public boolean needsLegalGround() {
    return this == REFUSED || this == PARTIAL || this == RESTRICTED_INSTEAD_ARCHIVE_LAW;
  }
}
