package io.github.trygg.crypto.seal;

import org.apiguardian.api.API;

/** A DER-encoded CMS SignedData with its content encapsulated. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SignedMessage {
  private final byte[] der;

  SignedMessage(byte[] der) {
    this.der = der;
  }

  /** {@return a copy of the DER bytes ({@code openssl cms -verify -inform DER} reads them)} */
  public byte[] encoded() {
    return der.clone();
  }

  /** {@return the same as PEM ({@code -----BEGIN CMS-----})} */
  public String toPem() {
    return Pem.encode("CMS", der);
  }

  @Override
  public String toString() {
    return "SignedMessage[" + der.length + " bytes]";
  }
}
