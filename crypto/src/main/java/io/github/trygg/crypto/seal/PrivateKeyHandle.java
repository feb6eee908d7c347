package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.internal.seal.Keys;
import java.security.PrivateKey;
import org.apiguardian.api.API;

/**
 * A private key the library can use but never hands out: there is no accessor for the key or its
 * bytes, and {@link #toString()} names only the algorithm. A key held in a hardware module works
 * the same, as long as its provider can use it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PrivateKeyHandle {
  private final PrivateKey key;

  private PrivateKeyHandle(PrivateKey key) {
    this.key = key;
  }

  /**
   * A handle on a key from the JCA, for example from a key store or a hardware module.
   *
   * @param key the private key
   * @return the handle
   */
  public static PrivateKeyHandle of(PrivateKey key) {
    return new PrivateKeyHandle(key);
  }

  /**
   * A handle on a key read from PKCS#8 DER (RSA, EC, Ed25519 or X25519).
   *
   * @param der the unencrypted PKCS#8 encoding
   * @return the handle
   * @throws IllegalArgumentException if the bytes are not such a key
   */
  public static PrivateKeyHandle fromPkcs8(byte[] der) {
    return new PrivateKeyHandle(Keys.fromPkcs8(der));
  }

  /** {@return the key's JCA algorithm name, such as {@code RSA}, {@code EC} or {@code Ed25519}} */
  public String algorithm() {
    return key.getAlgorithm();
  }

  PrivateKey key() {
    return key;
  }

  @Override
  public String toString() {
    return "PrivateKeyHandle[" + key.getAlgorithm() + "]";
  }
}
