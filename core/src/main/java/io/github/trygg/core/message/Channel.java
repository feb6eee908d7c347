package io.github.trygg.core.message;

import org.apiguardian.api.API;

/** How the message travels. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Channel {
  EMAIL,
  SMS,
  /** The sender's own portal, which the recipient logs in to. */
  WEB_PORTAL,
  /** A named national infrastructure ({@link SecureInfrastructure}). */
  SECURE_INFRASTRUCTURE
}
