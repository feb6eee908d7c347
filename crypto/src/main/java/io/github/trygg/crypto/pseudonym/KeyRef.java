package io.github.trygg.crypto.pseudonym;

import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Names one version of a master key: the id a domain refers to and the version. Every pseudonym
 * carries both, so it can be read back after the key has been rotated.
 *
 * @param keyId the key's id: letters, digits, '-' and '_', 1–64 characters
 * @param version the version, 1 or more
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KeyRef(String keyId, int version) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /**
   * Checks the id and version.
   *
   * @param keyId the key's id: letters, digits, '-' and '_', 1–64 characters
   * @param version the version, 1 or more
   * @throws IllegalArgumentException if the id is not 1–64 letters, digits, '-' or '_', or the
   *     version is below 1
   */
  public KeyRef {
    checkKeyId(keyId);
    if (version < 1) {
      throw new IllegalArgumentException("a key version is 1 or more");
    }
  }

  /**
   * Checks a key id: letters, digits, '-' and '_', 1–64 characters, since the id is part of every
   * pseudonym.
   *
   * @param keyId the id to check
   * @return the same id
   * @throws IllegalArgumentException if it is not such an id
   */
  public static String checkKeyId(String keyId) {
    if (!ID.matcher(keyId).matches()) {
      throw new IllegalArgumentException("a key id is 1–64 letters, digits, '-' or '_'");
    }
    return keyId;
  }

  @Override
  public String toString() {
    return keyId + " v" + version;
  }
}
