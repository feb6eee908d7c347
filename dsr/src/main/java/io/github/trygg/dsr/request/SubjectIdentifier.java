package io.github.trygg.dsr.request;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How the subject is identified in the organisation's systems: a type from the register's
 * {@code identifierTypes} ({@code se-personnummer}, {@code device-id} …) and the value. The value is
 * personal data: {@link #toString()} shows the type only, and it never reaches the audit log.
 *
 * @param type the identifier type's id in the register's {@code identifierTypes}
 * @param value the identifier itself; personal data
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SubjectIdentifier(String type, String value) {
  /**
   * Checks that both parts are given.
   *
   * @param type the identifier type's id in the register's {@code identifierTypes}
   * @param value the identifier itself; personal data
   * @throws NullPointerException if the type or the value is missing
   */
  public SubjectIdentifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "SubjectIdentifier[" + type + "]";
  }
}
