package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What kind of entry an information system is. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SystemKind implements Labelled {
  /** An application or service that processes information. */
  APPLICATION,
  /** A hosting platform or shared runtime other systems run on; it must meet the highest level of what it hosts. */
  PLATFORM,
  /** A device at the person, such as an alarm unit, sensor or camera. */
  DEVICE,
  /** Middleware that carries flows between systems. */
  INTEGRATION_PLATFORM;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case APPLICATION -> new LocalizedText("tillämpning", "applikasjon", "application");
      case PLATFORM -> new LocalizedText("plattform", "plattform", "platform");
      case DEVICE -> new LocalizedText("enhet", "enhet", "device");
      case INTEGRATION_PLATFORM -> new LocalizedText("integrationsplattform", "integrasjonsplattform", "integration platform");
    };
  }
}
