package io.github.trygg.dsr.stores;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * A host key under which the bundled stores encrypt the identifiers of open requests at rest
 * (AES-256-GCM). The key id is written next to every value, so a store opened with another key says
 * so instead of returning garbage. Key material is copied and never shown.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class IdentifierKey {
  private final String keyId;
  private final byte[] key;

  private IdentifierKey(String keyId, byte[] key) {
    this.keyId = keyId;
    this.key = key;
  }

  /**
   * @param keyId 1–32 letters, digits or '-', such as {@code dsr-2026}
   * @param key 32 bytes from the host's key management
   */
  public static IdentifierKey of(String keyId, byte[] key) {
    if (!keyId.matches("[A-Za-z0-9-]{1,32}")) {
      throw new IllegalArgumentException("a key id is 1–32 letters, digits or '-'");
    }
    if (key.length != 32) {
      throw new IllegalArgumentException("an identifier key is 32 bytes (AES-256), not " + key.length);
    }
    return new IdentifierKey(keyId, Arrays.copyOf(key, key.length));
  }

  public String keyId() {
    return keyId;
  }

  byte[] bytes() {
    return key;
  }

  @Override
  public String toString() {
    return "IdentifierKey[" + keyId + "]";
  }
}
