package io.github.trygg.crypto.pseudonym;

import org.apiguardian.api.API;

/**
 * What a format-valid identity pseudonym keeps of the real number besides its kind. Each level
 * shrinks the set a number is permuted in; below 10^6 numbers the pseudonymiser refuses (NIST SP
 * 800-38G Rev. 1). Norwegian numbers have few individual numbers in some centuries: born before
 * 1900 (250 a day) they can keep neither, and born 1900–1939 or from 2000 (500 a day) not
 * {@link #DECADE_AND_SEX}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Preservation {
  /** Any birth date in the window, any serial. */
  NONE,
  /** The same decade of birth: age bands of ten years survive. */
  DECADE,
  /**
   * The same decade and the same parity of the serial, which is legal sex for Swedish numbers and
   * for Norwegian numbers issued before the 2032 rule.
   */
  DECADE_AND_SEX
}
