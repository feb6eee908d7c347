package io.github.trygg.core.propagation;

import org.apiguardian.api.API;

/** How urgent a finding is; the rule pack maps each check and level to one. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
