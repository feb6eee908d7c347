package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** A vendor's role under GDPR towards the organisation that keeps the register. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum VendorRole implements Labelled {
  /** A separate controller that receives data for its own purposes. */
  CONTROLLER,
  /** Decides purposes and means together with the organisation (Art. 26). */
  JOINT_CONTROLLER,
  /** Processes personal data on the organisation's behalf (Art. 28); needs an agreement. */
  PROCESSOR,
  /** Processes on behalf of a processor (Art. 28(2) and (4)); needs an agreement and a processor. */
  SUB_PROCESSOR,
  /** Delivers a product or service without processing personal data on the organisation's behalf. */
  SUPPLIER;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case CONTROLLER -> new LocalizedText("personuppgiftsansvarig", "behandlingsansvarlig", "controller");
      case JOINT_CONTROLLER -> new LocalizedText("gemensamt personuppgiftsansvarig", "felles behandlingsansvarlig", "joint controller");
      case PROCESSOR -> new LocalizedText("personuppgiftsbiträde", "databehandler", "processor");
      case SUB_PROCESSOR -> new LocalizedText("underbiträde", "underdatabehandler", "sub-processor");
      case SUPPLIER -> new LocalizedText("leverantör utan personuppgiftsbehandling", "leverandør uten behandling av personopplysninger", "supplier");
    };
  }
}
