package io.github.trygg.dsr.routing;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.dsr.request.RequestType;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What routing needs to know about a request.
 *
 * @param identifierTypes the types of identifier the subject is known by ({@code se-personnummer},
 *     {@code device-id} …)
 * @param consentActivities for a consent withdrawal: the register activities the withdrawn consent
 *     covered
 * @param jurisdiction whose law the request is handled under
 * @param subjectCategory the register's category for the subject, such as {@code care-recipient}
 * @param rights the rights asked for
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RoutingQuery(
    Jurisdiction jurisdiction, String subjectCategory, Set<String> identifierTypes, Set<RequestType> rights, Set<String> consentActivities) {
  /**
   * Copies the sets.
   *
   * @param identifierTypes the types of identifier the subject is known by ({@code se-personnummer},
   *     {@code device-id} …)
   * @param consentActivities for a consent withdrawal: the register activities the withdrawn consent
   *     covered
   * @param jurisdiction whose law the request is handled under
   * @param subjectCategory the register's category for the subject, such as {@code care-recipient}
   * @param rights the rights asked for
   */
  public RoutingQuery {
    identifierTypes = Set.copyOf(identifierTypes);
    rights = Set.copyOf(rights);
    consentActivities = Set.copyOf(consentActivities);
  }
}
