package io.github.trygg.crypto.pseudonym;

import java.util.Arrays;
import java.util.List;

/** Fixed test keys (never real ones) and domains shared by the pseudonymisation tests. */
final class TestKeys {
  private TestKeys() {}

  /** 32 bytes of {@code fill}: easy to search for in output that must not contain it. */
  static byte[] material(int fill) {
    byte[] b = new byte[32];
    Arrays.fill(b, (byte) fill);
    return b;
  }

  static MasterKey key(String id, int version, KeyStatus status, int fill) {
    return MasterKey.of(new KeyRef(id, version), status, material(fill));
  }

  /** Key id "export": v1 enabled, v2 primary. Key id "other": v1 primary. */
  static KeyProvider provider() {
    return KeyProvider.of(List.of(
        key("export", 1, KeyStatus.ENABLED, 0x11),
        key("export", 2, KeyStatus.PRIMARY, 0x22),
        key("other", 1, KeyStatus.PRIMARY, 0x33)));
  }

  static PseudonymisationDomain domain(String name, PseudonymPolicy policy, String... roles) {
    return PseudonymisationDomain.builder()
        .name(name)
        .purpose("statistics on alarm response times")
        .keyId("export")
        .policy(policy)
        .addReidentifierRoles(roles)
        .build();
  }

  static PseudonymisationDomain domain(String name) {
    return domain(name, PseudonymPolicy.DETERMINISTIC, "dpo");
  }
}
