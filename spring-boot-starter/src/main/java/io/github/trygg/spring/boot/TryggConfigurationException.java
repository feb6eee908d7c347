package io.github.trygg.spring.boot;

import io.github.trygg.core.TryggException;
import org.apiguardian.api.API;

/**
 * A {@code trygg.*} property, or what it points to, cannot be used: a file that is missing or not
 * what the property expects, a combination that does not fit, a part the configured bean needs and
 * does not have. The message begins with the property and says what was expected; it never
 * contains a password, a PIN, key material or the content of a file.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TryggConfigurationException extends TryggException {
  private static final long serialVersionUID = 1L;

  private final String property;

  /**
   * A configuration problem with one property.
   *
   * @param property the property at fault, such as {@code trygg.keys.key-file}
   * @param message what is wrong and what was expected
   */
  public TryggConfigurationException(String property, String message) {
    super(property + ": " + message);
    this.property = property;
  }

  /**
   * A configuration problem with one property, caused by another failure.
   *
   * @param property the property at fault, such as {@code trygg.keys.key-file}
   * @param message what is wrong and what was expected
   * @param cause
 the failure underneath, itself free of secrets
   */
  public TryggConfigurationException(String property, String message, Throwable cause) {
    super(property + ": " + message, cause);
    this.property = property;
  }

  /** {@return the property at fault} */
  public String property() {
    return property;
  }
}
