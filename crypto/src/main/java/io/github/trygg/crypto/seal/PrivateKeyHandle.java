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

  public static PrivateKeyHandle of(PrivateKey key) {
    return new PrivateKeyHandle(key);
  }

  /** From PKCS#8 DER (RSA, EC, Ed25519 or X25519). */
  public static PrivateKeyHandle fromPkcs8(byte[] der) {
    return new PrivateKeyHandle(Keys.fromPkcs8(der));
  }

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
