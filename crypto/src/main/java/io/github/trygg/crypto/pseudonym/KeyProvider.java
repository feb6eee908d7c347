package io.github.trygg.crypto.pseudonym;

import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where master keys come from. The embedded default is {@link KeyFileProvider}; a host implements
 * this over its KMS or HSM, or builds one from keys it fetched with {@link #of(Collection)}.
 * Implementations must be safe to call from several threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface KeyProvider {

  /**
   * The version new pseudonyms are made with.
   *
   * @param keyId the key id
   * @return the primary version
   * @throws KeyException if the id is unknown or has no primary version
   */
  MasterKey primary(String keyId);

  /**
   * One version, whatever its status; callers check {@link MasterKey#status()}.
   *
   * @param ref the key id and version
   * @return the version, with its status
   * @throws KeyException if the id or the version is unknown
   */
  MasterKey key(KeyRef ref);

  /**
   * Every version of the id, oldest first; empty when the id is unknown.
   *
   * @param keyId the key id
   * @return every version, oldest first; empty when the id is unknown
   */
  List<KeyRef> versions(String keyId);

  /**
   * A provider over keys held in memory.
   *
   * @param keys the key versions; at most one primary per key id
   * @return the provider
   * @throws IllegalArgumentException if a version appears twice or a key id has two primaries
   */
  static KeyProvider of(Collection<MasterKey> keys) {
    return new StaticKeyProvider(keys);
  }
}
