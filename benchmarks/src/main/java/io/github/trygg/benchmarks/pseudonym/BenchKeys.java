package io.github.trygg.benchmarks.pseudonym;

import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import java.util.List;
import java.util.SplittableRandom;

/** Fixed benchmark keys and domains; never real keys. */
final class BenchKeys {
  private BenchKeys() {}

  static KeyProvider provider() {
    byte[] material = new byte[32];
    new SplittableRandom(7).nextBytes(material);
    return KeyProvider.of(List.of(MasterKey.of(new KeyRef("bench", 1), KeyStatus.PRIMARY, material)));
  }

  static PseudonymisationDomain domain(String name) {
    return PseudonymisationDomain.builder().name(name).purpose("benchmark").keyId("bench").addReidentifierRoles("dpo").build();
  }
}
