package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.internal.seal.Keys;
import java.security.cert.X509Certificate;
import org.apiguardian.api.API;

/** A recipient's decryption key and the certificate messages are sealed to. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecipientCredential {
  private final PrivateKeyHandle key;
  private final X509Certificate certificate;

  private RecipientCredential(PrivateKeyHandle key, X509Certificate certificate) {
    this.key = key;
    this.certificate = certificate;
  }

  /**
   * The decryption key with its certificate.
   *
   * @param key the recipient's private key
   * @param certificate the certificate messages are sealed to
   * @return the credential
   * @throws IllegalArgumentException when the key does not belong to the certificate
   */
  public static RecipientCredential of(PrivateKeyHandle key, X509Certificate certificate) {
    if (!Keys.belongTogether(key.key(), certificate.getPublicKey())) {
      throw new IllegalArgumentException("the private key does not belong to the certificate");
    }
    return new RecipientCredential(key, certificate);
  }

  /** {@return the certificate messages are sealed to} */
  public X509Certificate certificate() {
    return certificate;
  }

  PrivateKeyHandle key() {
    return key;
  }

  @Override
  public String toString() {
    return "RecipientCredential[" + certificate.getSubjectX500Principal().getName() + "]";
  }
}
