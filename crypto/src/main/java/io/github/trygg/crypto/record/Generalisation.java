package io.github.trygg.crypto.record;

import org.apiguardian.api.API;

/**
 * Coarser values instead of exact ones. Dates are read as ISO dates ({@code 1964-08-23}, also the
 * date part of a date-time), as {@code 19640823}, or as the birth date of an identity number.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Generalisation {
  /** A date to its year: {@code 1964}. */
  YEAR,
  /** A date to year and month: {@code 1964-08}. */
  YEAR_MONTH,
  /** A date to the first year of its decade: {@code 1960}. */
  DECADE,
  /** Text to its first {@code length} characters, such as the first three digits of a postcode. */
  TRUNCATE,
  /** A number to the band of {@code width} it falls in: 37 with width 10 is {@code 30-39}. */
  RANGE
}
