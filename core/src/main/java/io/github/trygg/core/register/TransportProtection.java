package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** How a flow is protected on the wire. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TransportProtection {
  /** In clear. */
  NONE,
  /** Encrypted hop by hop, for example TLS or a VPN. */
  TLS,
  /** Encrypted from sender to the final recipient, for example CMS or S/MIME. */
  END_TO_END
}
