package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How a flow is protected on the wire. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TransportProtection implements Labelled {
  /** In clear. */
  NONE,
  /** Encrypted hop by hop, for example TLS or a VPN. */
  TLS,
  /** Encrypted from sender to the final recipient, for example CMS or S/MIME. */
  END_TO_END;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case NONE -> new LocalizedText("okrypterat", "ukryptert", "unencrypted");
      case TLS -> new LocalizedText("krypterat per förbindelse (TLS)", "kryptert per forbindelse (TLS)", "encrypted hop by hop (TLS)");
      case END_TO_END -> new LocalizedText("krypterat hela vägen till mottagaren", "kryptert helt fram til mottakeren", "encrypted end to end");
    };
  }
}
