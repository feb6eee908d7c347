package io.github.trygg.core.message;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How the message travels. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Channel implements Labelled {
  /** E-mail. */
  EMAIL,
  /** SMS text message. */
  SMS,
  /** The sender's own portal, which the recipient logs in to. */
  WEB_PORTAL,
  /** A named national infrastructure ({@link SecureInfrastructure}). */
  SECURE_INFRASTRUCTURE;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case EMAIL -> new LocalizedText("e-post", "e-post", "e-mail");
      case SMS -> new LocalizedText("sms", "SMS", "SMS");
      case WEB_PORTAL -> new LocalizedText("webbportal", "nettportal", "web portal");
      case SECURE_INFRASTRUCTURE -> new LocalizedText("säker infrastruktur", "sikker infrastruktur", "secure infrastructure");
    };
  }
}
