package io.github.trygg.core.identity;

import org.apiguardian.api.API;

/** The legal sex a number encodes (odd serial digit for men, even for women). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Sex {
  /** Female: an even Swedish birth number or Norwegian third individual digit. */
  FEMALE,
  /** Male: an odd one. */
  MALE
}
