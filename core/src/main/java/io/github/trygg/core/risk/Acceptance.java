package io.github.trygg.core.risk;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Whether a risk level may be accepted as it is; ordered from best to worst. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Acceptance implements Labelled {
  /** Can be accepted without further measures. */
  ACCEPTABLE,
  /** Can be accepted by the risk owner when measures are not reasonable; needs a documented decision. */
  TOLERABLE,
  /** Must be reduced; accepting it needs escalation and, for personal data, may call for prior consultation. */
  UNACCEPTABLE;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case ACCEPTABLE -> new LocalizedText("acceptabel", "akseptabel", "acceptable");
      case TOLERABLE -> new LocalizedText("tolererbar", "tolererbar", "tolerable");
      case UNACCEPTABLE -> new LocalizedText("oacceptabel", "uakseptabel", "unacceptable");
    };
  }
}
