package io.github.trygg.crypto.pseudonym;

import org.apiguardian.api.API;

/** What a key version may be used for. Rotation moves the primary on; old versions stay readable. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum KeyStatus {
  /** Makes new pseudonyms, and reads old ones. One per key id. */
  PRIMARY,
  /** Reads pseudonyms made with it (re-identification, look-ups), but makes no new ones. */
  ENABLED,
  /** Suspended: refused for everything until enabled again. The material is kept. */
  DISABLED,
  /**
   * The material is gone. What was made with it can never be reversed or linked again, which makes
   * its pseudonyms anonymous only if no other additional information exists.
   */
  DESTROYED;

  /** {@return whether pseudonyms made with this version can be read} */
  public boolean readable() {
    return this == PRIMARY || this == ENABLED;
  }
}
