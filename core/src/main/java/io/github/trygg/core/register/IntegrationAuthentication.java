package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How the receiving end of a flow authenticates the sender. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum IntegrationAuthentication implements Labelled {
  /** No authentication. */
  NONE,
  /** A password, API key or shared secret. */
  SHARED_SECRET,
  /** OAuth 2 client credentials or tokens from an authorisation server. */
  OAUTH2,
  /** Client certificates. */
  MUTUAL_TLS,
  /** Each message is signed by the sender. */
  SIGNED_MESSAGES;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case NONE -> new LocalizedText("ingen autentisering", "ingen autentisering", "no authentication");
      case SHARED_SECRET -> new LocalizedText("delad hemlighet", "delt hemmelighet", "shared secret");
      case OAUTH2 -> new LocalizedText("OAuth 2", "OAuth 2", "OAuth 2");
      case MUTUAL_TLS -> new LocalizedText("klientcertifikat (ömsesidig TLS)", "klientsertifikat (gjensidig TLS)", "client certificates (mutual TLS)");
      case SIGNED_MESSAGES -> new LocalizedText("signerade meddelanden", "signerte meldinger", "signed messages");
    };
  }
}
