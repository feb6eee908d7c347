package io.github.trygg.crypto.seal;

import org.apiguardian.api.API;

/**
 * The message rule that allowed a message, signed into it with the content: which rule, its
 * verdict, and the rule table with its version. The recipient can show from the message itself why
 * it was sent; an audit trail can match it with the sender's record. {@code SecureSender} adds it.
 *
 * @param ruleId the id of the rule that decided, for example {@code SE-05}
 * @param verdict the verdict's name, for example {@code ALLOW_WITH_CONDITIONS}
 * @param table the id of the rule table
 * @param tableVersion the table's version
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SignedDecision(String ruleId, String verdict, String table, String tableVersion) {

  /**
   * Checks the parts.
   *
   * @param ruleId the id of the rule that decided, for example {@code SE-05}
   * @param verdict the verdict's name, for example {@code ALLOW_WITH_CONDITIONS}
   * @param table the id of the rule table
   * @param tableVersion the table's version
   * @throws IllegalArgumentException if a part is empty or longer than 256 characters
   */
  public SignedDecision {
    for (String part : new String[] {ruleId, verdict, table, tableVersion}) {
      if (part == null || part.isEmpty() || part.length() > 256) {
        throw new IllegalArgumentException("every part of a signed decision is 1–256 characters");
      }
    }
  }

  /**
   * The decision's parts, as the constructor takes them.
   *
   * @param ruleId the id of the rule that decided
   * @param verdict the verdict's name
   * @param table the id of the rule table
   * @param tableVersion the table's version
   * @return the signed decision
   * @throws IllegalArgumentException if a part is empty or longer than 256 characters
   */
  public static SignedDecision of(String ruleId, String verdict, String table, String tableVersion) {
    return new SignedDecision(ruleId, verdict, table, tableVersion);
  }
}
