package io.github.trygg.crypto.pseudonym;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A {@link TokenVault} in memory, for tests and for runs whose tokens need not outlive the process.
 * About 200 bytes per entry.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InMemoryTokenVault implements TokenVault {
  private final Map<String, VaultEntry> byToken = new LinkedHashMap<>();
  private final Map<String, String> byLookup = new HashMap<>();
  private final Map<String, Set<String>> bySubject = new HashMap<>();

  private InMemoryTokenVault() {}

  /** {@return an empty vault that lives as long as the object (tests, short jobs)} */
  public static InMemoryTokenVault create() {
    return new InMemoryTokenVault();
  }

  @Override
  public synchronized String putIfAbsent(VaultEntry entry) {
    byte[] lookup = entry.lookup();
    if (lookup != null) {
      String existing = byLookup.get(key(entry.domain(), lookup));
      if (existing != null) {
        return existing;
      }
    }
    if (byToken.putIfAbsent(key(entry.domain(), entry.token()), entry) != null) {
      throw new IllegalStateException("token issued twice");
    }
    if (lookup != null) {
      byLookup.put(key(entry.domain(), lookup), entry.token());
    }
    bySubject.computeIfAbsent(key(entry.domain(), entry.subject()), k -> new LinkedHashSet<>()).add(entry.token());
    return entry.token();
  }

  @Override
  public synchronized Optional<VaultEntry> find(String domain, String token) {
    return Optional.ofNullable(byToken.get(key(domain, token)));
  }

  @Override
  public synchronized boolean delete(String domain, String token) {
    VaultEntry entry = byToken.remove(key(domain, token));
    if (entry == null) {
      return false;
    }
    byte[] lookup = entry.lookup();
    if (lookup != null) {
      byLookup.remove(key(domain, lookup));
    }
    String subject = key(domain, entry.subject());
    Set<String> tokens = bySubject.get(subject);
    if (tokens != null) {
      tokens.remove(token);
      if (tokens.isEmpty()) {
        bySubject.remove(subject);
      }
    }
    return true;
  }

  @Override
  public synchronized int deleteSubject(String domain, byte[] subject) {
    Set<String> tokens = bySubject.get(key(domain, subject));
    if (tokens == null) {
      return 0;
    }
    int n = 0;
    for (String token : new ArrayList<>(tokens)) {
      n += delete(domain, token) ? 1 : 0;
    }
    return n;
  }

  /** {@return how many tokens are stored, over all domains} */
  public synchronized int size() {
    return byToken.size();
  }

  /** {@return every entry, in the order stored} */
  public synchronized List<VaultEntry> entries() {
    return List.copyOf(byToken.values());
  }

  private static String key(String domain, String token) {
    return domain + '\t' + token;
  }

  private static String key(String domain, byte[] digest) {
    return domain + '\n' + Base64.getEncoder().encodeToString(digest);
  }

  @Override
  public synchronized String toString() {
    return "InMemoryTokenVault[" + byToken.size() + " tokens]";
  }
}
