package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** How the receiving end of a flow authenticates the sender. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum IntegrationAuthentication {
  /** No authentication. */
  NONE,
  /** A password, API key or shared secret. */
  SHARED_SECRET,
  /** OAuth 2 client credentials or tokens from an authorisation server. */
  OAUTH2,
  /** Client certificates. */
  MUTUAL_TLS,
  /** Each message is signed by the sender. */
  SIGNED_MESSAGES
}
