package io.github.trygg.spring.boot.internal;

import io.github.trygg.core.message.Verdict;
import io.github.trygg.crypto.seal.MalformedMessageException;
import io.github.trygg.crypto.seal.NotARecipientException;
import io.github.trygg.crypto.seal.PolicyViolationException;
import io.github.trygg.crypto.seal.TamperedMessageException;
import io.github.trygg.crypto.seal.UntrustedCertificateException;
import java.util.Locale;
import org.apiguardian.api.API;

/** The words the meters use for outcomes and verdicts: few, fixed and free of any content. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Outcomes {
  public static final String OK = "ok";

  private Outcomes() {}

  /** {@code tampered}, {@code not-recipient}, {@code untrusted-certificate}, {@code policy-violation}, {@code malformed} or {@code error}. */
  public static String of(Throwable failure) {
    if (failure instanceof TamperedMessageException) {
      return "tampered";
    }
    if (failure instanceof NotARecipientException) {
      return "not-recipient";
    }
    if (failure instanceof UntrustedCertificateException) {
      return "untrusted-certificate";
    }
    if (failure instanceof PolicyViolationException) {
      return "policy-violation";
    }
    if (failure instanceof MalformedMessageException) {
      return "malformed";
    }
    return "error";
  }

  /** {@code allow}, {@code allow-with-conditions} or {@code deny}. */
  public static String of(Verdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
