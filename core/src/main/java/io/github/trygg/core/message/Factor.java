package io.github.trygg.core.message;

import org.apiguardian.api.API;

/** An input the matched rule looked at, and its value in this context (wire form). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Factor(String input, String value) {
  @Override
  public String toString() {
    return input + "=" + value;
  }
}
