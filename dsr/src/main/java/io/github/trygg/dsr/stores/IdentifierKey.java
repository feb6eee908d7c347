package io.github.trygg.dsr.stores;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A host key under which the bundled stores encrypt the identifiers of open requests at rest
 * (AES-256-GCM). The key id is written next to every value, so a store opened with another key says
 * so instead of returning garbage. Key material is copied and never shown.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IdentifierKey {
  private final String keyId;
  private final byte[] key;
  private final List<IdentifierKey> previous;

  private IdentifierKey(String keyId, byte[] key, List<IdentifierKey> previous) {
    this.keyId = keyId;
    this.key = key;
    this.previous = previous;
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
    return new IdentifierKey(keyId, Arrays.copyOf(key, key.length), List.of());
  }

  /**
   * This key for writing, and {@code earlier} keys still accepted for reading: after a rotation,
   * values written under an earlier key are read and, when their request is next written, encrypted
   * under this one. Compacting afterwards removes the old versions from the journal.
   */
  public IdentifierKey readingAlso(IdentifierKey... earlier) {
    List<IdentifierKey> all = new ArrayList<>(previous);
    for (IdentifierKey k : earlier) {
      if (k.keyId.equals(keyId)) {
        throw new IllegalArgumentException("an earlier key needs its own key id, not '" + keyId + "'");
      }
      all.add(k);
    }
    return new IdentifierKey(keyId, key, List.copyOf(all));
  }

  Map<String, byte[]> previousBytes() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    previous.forEach(k -> m.put(k.keyId, k.key));
    return m;
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
