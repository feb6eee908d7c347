package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.internal.seal.Keys;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/** The sender's signing key and certificate chain (the signer's certificate first, then its issuers). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SenderCredential {
  private final PrivateKeyHandle key;
  private final List<X509Certificate> chain;

  private SenderCredential(PrivateKeyHandle key, List<X509Certificate> chain) {
    this.key = key;
    this.chain = chain;
  }

  /**
   * The signing key with its certificate and issuers.
   *
   * @param key the signing key
   * @param chain the signer's certificate first, then its issuers
   * @return the credential
   * @throws IllegalArgumentException when the chain is empty or the key does not belong to the first certificate
   */
  public static SenderCredential of(PrivateKeyHandle key, X509Certificate... chain) {
    return of(key, Arrays.asList(chain));
  }

  /**
   * The signing key with its certificate and issuers.
   *
   * @param key the signing key
   * @param chain the signer's certificate first, then its issuers (copied)
   * @return the credential
   * @throws IllegalArgumentException when the chain is empty or the key does not belong to the first certificate
   */
  public static SenderCredential of(PrivateKeyHandle key, List<X509Certificate> chain) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a sender needs its certificate");
    }
    if (!Keys.belongTogether(key.key(), chain.get(0).getPublicKey())) {
      throw new IllegalArgumentException("the private key does not belong to the signer's certificate");
    }
    return new SenderCredential(key, List.copyOf(chain));
  }

  /** {@return the signer's own certificate, the first of the chain} */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** {@return the signer's certificate followed by its issuers, as carried in signed messages} */
  public List<X509Certificate> chain() {
    return chain;
  }

  PrivateKeyHandle key() {
    return key;
  }

  @Override
  public String toString() {
    return "SenderCredential[" + certificate().getSubjectX500Principal().getName() + "]";
  }
}
