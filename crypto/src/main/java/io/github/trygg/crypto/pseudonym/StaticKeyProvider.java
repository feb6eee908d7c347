package io.github.trygg.crypto.pseudonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keys held in memory, checked once: unique versions, at most one primary per id. */
final class StaticKeyProvider implements KeyProvider {
  private final Map<String, List<MasterKey>> byId = new LinkedHashMap<>();

  StaticKeyProvider(Collection<MasterKey> keys) {
    for (MasterKey key : keys) {
      List<MasterKey> versions = byId.computeIfAbsent(key.ref().keyId(), id -> new ArrayList<>());
      for (MasterKey other : versions) {
        if (other.ref().version() == key.ref().version()) {
          throw new IllegalArgumentException("key " + key.ref() + " appears twice");
        }
        if (other.status() == KeyStatus.PRIMARY && key.status() == KeyStatus.PRIMARY) {
          throw new IllegalArgumentException("key '" + key.ref().keyId() + "' has two primary versions");
        }
      }
      versions.add(key);
    }
    byId.values().forEach(v -> v.sort(Comparator.comparingInt(k -> k.ref().version())));
  }

  @Override
  public MasterKey primary(String keyId) {
    List<MasterKey> versions = byId.get(keyId);
    if (versions == null) {
      throw new KeyException(KeyException.Reason.UNKNOWN_KEY, keyId);
    }
    return versions.stream()
        .filter(k -> k.status() == KeyStatus.PRIMARY)
        .findFirst()
        .orElseThrow(() -> new KeyException(KeyException.Reason.NO_PRIMARY, keyId));
  }

  @Override
  public MasterKey key(KeyRef ref) {
    List<MasterKey> versions = byId.get(ref.keyId());
    if (versions == null) {
      throw new KeyException(KeyException.Reason.UNKNOWN_KEY, ref.keyId());
    }
    return versions.stream()
        .filter(k -> k.ref().version() == ref.version())
        .findFirst()
        .orElseThrow(() -> new KeyException(KeyException.Reason.UNKNOWN_VERSION, ref.keyId(), ref.version()));
  }

  @Override
  public List<KeyRef> versions(String keyId) {
    return byId.getOrDefault(keyId, List.of()).stream().map(MasterKey::ref).toList();
  }

  /** {@return every key, in id then version order} */
  List<MasterKey> all() {
    return byId.values().stream().flatMap(List::stream).toList();
  }

  @Override
  public String toString() {
    return "KeyProvider[" + byId.size() + " key ids]";
  }
}
