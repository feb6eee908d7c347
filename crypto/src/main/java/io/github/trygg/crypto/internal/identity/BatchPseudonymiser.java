package io.github.trygg.crypto.internal.identity;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A pseudonymiser that takes many values at once faster than one at a time (record runs use it). */
@API(status = API.Status.INTERNAL, since = "0.1")
public interface BatchPseudonymiser {
  /**
   * Pseudonymises {@code values[0..n)} into {@code pseudonyms}, each as the pseudonymiser's
   * {@code pseudonymise(String)} would; for a value that call would have thrown for, leaves null
   * and puts the exception in {@code failures}.
   */
  void pseudonymiseAll(String[] values, int n, @Nullable String[] pseudonyms, @Nullable RuntimeException[] failures);
}
