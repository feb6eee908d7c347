package io.github.trygg.spring.boot.internal;

import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.crypto.pseudonym.KeyException;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.Pseudonymiser;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.dsr.store.DsrStore;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The Trygg health check, independent of Spring Boot's health API (which moved between Boot 3 and
 * 4; one small adapter per version turns the report into a {@code Health}). DOWN when a key the
 * application needs cannot be used or the DSR store cannot be read; the configured overdue status
 * (UP by default) when a DSR request or task is past its deadline; UP otherwise.
 *
 * <p>The details are counts, ids of keys and rule tables, statuses and the class names of failures:
 * never key material, a password or PIN, a subject, an identifier or an exception message.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class HealthCheck {
  public static final String UP = "UP";
  public static final String DOWN = "DOWN";
  /** A fixed text pseudonymised to prove a key can be used; it is nobody's data and the result is dropped. */
  private static final String PROBE = "trygg-health-probe";

  private final @Nullable SecureMessageRules rules;
  private final @Nullable KeyProvider keys;
  private final Set<String> keyIds;
  private final @Nullable DsrStore store;
  private final @Nullable DsrCensus census;
  private final String overdueStatus;

  public HealthCheck(@Nullable SecureMessageRules rules, @Nullable KeyProvider keys, Set<String> keyIds, @Nullable DsrStore store,
      @Nullable DsrCensus census, String overdueStatus) {
    this.rules = rules;
    this.keys = keys;
    this.keyIds = new TreeSet<>(keyIds);
    this.store = store;
    this.census = census;
    this.overdueStatus = overdueStatus;
  }

  /** The status code and the details. */
  public record Report(String status, Map<String, Object> details) {}

  public Report run() {
    Map<String, Object> details = new LinkedHashMap<>();
    boolean down = false;
    if (rules != null) {
      details.put("secureMessageRules", rules.id() + " " + rules.version());
    }
    if (keys != null) {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("source", KeySources.kind(keys));
      if (keys instanceof KeyFileProvider file && !Files.isReadable(file.file())) {
        k.put("file", "unreadable");
        down = true;
      }
      Map<String, String> checked = new LinkedHashMap<>();
      for (String id : keyIds) {
        String state = probe(keys, id);
        checked.put(id, state);
        down |= !state.startsWith("usable");
      }
      k.put("checked", checked.isEmpty() ? "no key ids to check (trygg.keys.ids)" : checked);
      details.put("keys", k);
    }
    if (store != null) {
      String state = storeState(store);
      details.put("dsrStore", state);
      down |= !"open".equals(state);
    }
    boolean overdue = false;
    if (census != null && !down) {
      try {
        DsrCensus.Counts c = census.counts();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("requestsOpen", c.requestsOpen());
        d.put("requestsOverdue", c.requestsOverdue());
        d.put("tasksOpen", c.tasksOpen());
        d.put("tasksOverdue", c.tasksOverdue());
        c.oldestOverdueDue().ifPresent(due -> d.put("oldestOverdueDue", due.toString()));
        d.put("countedAt", c.at().toString());
        details.put("dsr", d);
        overdue = c.anyOverdue();
      } catch (RuntimeException e) {
        details.put("dsr", "unreadable (" + e.getClass().getSimpleName() + ")");
        down = true;
      }
    }
    return new Report(down ? DOWN : overdue ? overdueStatus : UP, details);
  }

  /** Derives the domain key of a probe domain from the primary version and uses it once: in a token, HKDF-Expand runs there. */
  private static String probe(KeyProvider keys, String keyId) {
    try {
      int version = keys.primary(keyId).ref().version();
      PseudonymisationDomain domain = PseudonymisationDomain.builder()
          .name("trygg-health").purpose("Checks that the key can be used").keyId(keyId).build();
      Pseudonymiser p = Pseudonymisation.builder().keys(keys).build().hmac(domain);
      p.pseudonymise(PROBE);
      return "usable (primary version " + version + ")";
    } catch (KeyException e) {
      return "unusable (" + e.reason().name() + ")";
    } catch (RuntimeException e) {
      return "unusable (" + e.getClass().getSimpleName() + ")";
    }
  }

  private static String storeState(DsrStore store) {
    try {
      store.auditHead();
      return "open";
    } catch (RuntimeException e) {
      return "unreadable (" + e.getClass().getSimpleName() + ")";
    }
  }

  /** The key ids worth checking: those named (trygg.keys.ids, the DSR desk's) and those of a record policy's domains. */
  public static Set<String> keyIds(Iterable<String> named, Optional<RecordPolicy> policy) {
    Set<String> ids = new TreeSet<>();
    named.forEach(ids::add);
    policy.ifPresent(p -> p.domains().forEach(d -> ids.add(d.keyId())));
    return ids;
  }
}
