package io.github.trygg.crypto.seal;

import org.apiguardian.api.API;

/**
 * The message rule that allowed a message, signed into it with the content: which rule, its
 * verdict, and the rule table with its version. The recipient can show from the message itself why
 * it was sent; an audit trail can match it with the sender's record. {@code SecureSender} adds it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SignedDecision(String ruleId, String verdict, String table, String tableVersion) {

  public SignedDecision {
    for (String part : new String[] {ruleId, verdict, table, tableVersion}) {
      if (part == null || part.isEmpty() || part.length() > 256) {
        throw new IllegalArgumentException("every part of a signed decision is 1–256 characters");
      }
    }
  }

  public static SignedDecision of(String ruleId, String verdict, String table, String tableVersion) {
    return new SignedDecision(ruleId, verdict, table, tableVersion);
  }
}
