package io.github.trygg.crypto.internal.seal;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A failure of a CMS operation, by kind. Messages name what failed, never key material or content. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CmsFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Kind {
    /** Not a CMS structure of the expected type, or a structure that cannot be read. */
    MALFORMED,
    /** None of the message's recipients is the given certificate. */
    NOT_A_RECIPIENT,
    /** An integrity check failed: the authentication tag, a key unwrap or a message digest. */
    TAMPERED,
    /** The signature does not verify with the signer's certificate. */
    SIGNATURE_INVALID,
    /** An algorithm or key the policy does not allow. */
    NOT_ALLOWED,
    UNTRUSTED_CHAIN,
    EXPIRED,
    NOT_YET_VALID,
    WRONG_KEY_USAGE,
    /** A revocation list from the certificate's issuer lists it. */
    REVOKED,
    /** Revocation is checked but no current revocation list covers a certificate of the path. */
    REVOCATION_UNKNOWN
  }

  /**
   * The one message of every failure to decrypt: a key that does not unwrap, a tag or padding
   * that does not check, content that does not read after decryption. One message and one kind,
   * so that no answer tells an attacker which step failed.
   */
  public static final String UNDECRYPTABLE = "the message cannot be opened: it was altered, or its key was not made for this certificate";

  private final Kind kind;

  public CmsFailure(Kind kind, String message, @Nullable Throwable cause) {
    super(message, cause, false, false);
    this.kind = kind;
  }

  public CmsFailure(Kind kind, String message) {
    this(kind, message, null);
  }

  /** The failure of every decryption step: see {@link #UNDECRYPTABLE}. No cause, since a cause would tell the steps apart. */
  public static CmsFailure undecryptable() {
    return new CmsFailure(Kind.TAMPERED, UNDECRYPTABLE);
  }

  public Kind kind() {
    return kind;
  }

  /** Never null: every constructor takes the message. */
  @Override
  public String getMessage() {
    return String.valueOf(super.getMessage());
  }
}
