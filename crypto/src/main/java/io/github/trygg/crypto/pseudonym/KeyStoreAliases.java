package io.github.trygg.crypto.pseudonym;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alias scheme of {@link KeyStoreProvider}: version {@code n} of key id {@code k} is the entry
 * {@code trygg.<k>.<n>}; a version destroyed through the provider leaves the marker entry {@code
 * trygg.<k>.<n>.destroyed}. Key ids are written in lower case and compared without regard to case,
 * because PKCS#12 stores aliases in lower case. Aliases outside the scheme are left alone.
 */
final class KeyStoreAliases {
  static final String PREFIX = "trygg.";
  static final String DESTROYED_SUFFIX = ".destroyed";
  /** Versions above this are refused: every version up to the highest is listed. */
  static final int MAX_VERSION = 100_000;
  private static final Pattern ALIAS = Pattern.compile("trygg\\.([a-z0-9_-]{1,64})\\.([1-9][0-9]{0,5})(\\.destroyed)?");
  private static final Logger LOG = LoggerFactory.getLogger(KeyStoreAliases.class);

  private KeyStoreAliases() {}

  static String id(String keyId) {
    return KeyRef.checkKeyId(keyId).toLowerCase(Locale.ROOT);
  }

  static String alias(KeyRef ref) {
    return PREFIX + id(ref.keyId()) + "." + ref.version();
  }

  static String marker(KeyRef ref) {
    return alias(ref) + DESTROYED_SUFFIX;
  }

  /**
   * One version as the store shows it: the alias of its key, or none when it is destroyed (a
   * marker, or a version missing below the highest).
   */
  record Version(int version, Optional<String> alias) {}

  /** Every version of every key id in the store, oldest first; ids in lower case. */
  static Map<String, List<Version>> layout(Collection<String> aliases, String store) {
    Map<String, TreeMap<Integer, String>> keys = new TreeMap<>();
    Map<String, TreeSet<Integer>> markers = new TreeMap<>();
    for (String alias : aliases) {
      String lower = alias.toLowerCase(Locale.ROOT);
      if (!lower.startsWith(PREFIX)) {
        continue;
      }
      Matcher m = ALIAS.matcher(lower);
      if (!m.matches() || Integer.parseInt(m.group(2)) > MAX_VERSION) {
        LOG.warn("{}: alias {} is not trygg.<key id>.<version>[.destroyed] and is ignored", store, alias);
        continue;
      }
      String id = m.group(1);
      int version = Integer.parseInt(m.group(2));
      if (m.group(3) != null) {
        markers.computeIfAbsent(id, k -> new TreeSet<>()).add(version);
      } else if (keys.computeIfAbsent(id, k -> new TreeMap<>()).putIfAbsent(version, alias) != null) {
        // A token may hold two objects with one label; which one is meant cannot be known.
        throw new KeyStoreAccessException(KeyStoreAccessException.Reason.INVALID_ENTRY, store, alias, null);
      }
    }
    Map<String, List<Version>> layout = new TreeMap<>();
    TreeSet<String> ids = new TreeSet<>(keys.keySet());
    ids.addAll(markers.keySet());
    for (String id : ids) {
      TreeMap<Integer, String> present = keys.getOrDefault(id, new TreeMap<>());
      TreeSet<Integer> destroyed = markers.getOrDefault(id, new TreeSet<>());
      int highest = Math.max(present.isEmpty() ? 0 : present.lastKey(), destroyed.isEmpty() ? 0 : destroyed.last());
      List<Version> versions = new ArrayList<>(highest);
      for (int v = 1; v <= highest; v++) {
        String alias = present.get(v);
        if (alias != null && destroyed.contains(v)) {
          LOG.warn("{}: {} is marked destroyed but its key is still there; it is treated as destroyed", store, alias);
        }
        versions.add(new Version(v, destroyed.contains(v) ? Optional.empty() : Optional.ofNullable(alias)));
      }
      layout.put(id, List.copyOf(versions));
    }
    return layout;
  }
}
