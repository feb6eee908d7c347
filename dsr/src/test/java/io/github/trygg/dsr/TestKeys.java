package io.github.trygg.dsr;

import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import java.util.Arrays;
import java.util.List;

/** Fixed test keys (never real ones) in crypto's key model, shared by the DSR tests. */
public final class TestKeys {
  /** The key id of subject pseudonyms. */
  public static final String SUBJECTS = "dsr-subjects";
  /** The key id the stores seal identifiers under. */
  public static final String IDENTIFIERS = "dsr-test";
  /** Another key id in the same provider. */
  public static final String OTHER = "dsr-other";
  /** The key id webhook deliveries are signed under. */
  public static final String WEBHOOK = "webhook-medicin";

  private TestKeys() {}

  /** 32 bytes of {@code fill}: easy to search for in output that must not contain it. */
  public static byte[] material(int fill) {
    byte[] b = new byte[32];
    Arrays.fill(b, (byte) fill);
    return b;
  }

  public static MasterKey key(String id, int version, KeyStatus status, int fill) {
    return MasterKey.of(new KeyRef(id, version), status, material(fill));
  }

  /** Version 1 of each key id, primary. */
  public static KeyProvider provider() {
    return KeyProvider.of(List.of(key(SUBJECTS, 1, KeyStatus.PRIMARY, 0x51), key(IDENTIFIERS, 1, KeyStatus.PRIMARY, 0x52),
        key(OTHER, 1, KeyStatus.PRIMARY, 0x53), key(WEBHOOK, 1, KeyStatus.PRIMARY, 0x54)));
  }

  public static SubjectPseudonymiser subjects() {
    return SubjectPseudonymiser.of(provider(), SUBJECTS);
  }
}
