package io.github.trygg.crypto.pseudonym;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One token in a {@link TokenVault}. The vault never sees the value: it stores it sealed
 * (AES-256-GCM under a key derived for the domain, the token bound in as associated data), and
 * finds entries by keyed digests of it. A vault on its own therefore reveals nothing without the
 * key, and deleting an entry is enough to make its token unlinkable for good.
 *
 * @param domain the domain's name
 * @param token the pseudonym handed out
 * @param created when the token was issued
 * @param subject HMAC of the value under the domain's vault key: all tokens of one value share it,
 *     so they can be erased together
 * @param lookup for document-randomised tokens, HMAC of the document and the value, so the same
 *     value in the same document finds its token again; null for fully randomised tokens
 * @param sealed the value, encrypted
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record VaultEntry(String domain, String token, Instant created, byte[] subject, byte @Nullable [] lookup, byte[] sealed) {

  /**
   * Copies the byte arrays, so the entry cannot be changed from outside.
   *
   * @param domain the domain's name
   * @param token the pseudonym handed out
   * @param created when the token was issued
   * @param subject HMAC of the value under the domain's vault key: all tokens of one value share it,
   *     so they can be erased together
   * @param lookup for document-randomised tokens, HMAC of the document and the value, so the same
   *     value in the same document finds its token again; null for fully randomised tokens
   * @param sealed the value, encrypted
   * @throws NullPointerException if the domain, token or creation time is missing
   */
  public VaultEntry {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(created, "created");
    subject = subject.clone();
    lookup = lookup == null ? null : lookup.clone();
    sealed = sealed.clone();
  }

  /** {@return a copy of the subject digest} */
  @Override
  public byte[] subject() {
    return subject.clone();
  }

  /** {@return a copy of the lookup digest; null for a fully randomised token} */
  @Override
  public byte @Nullable [] lookup() {
    return lookup == null ? null : lookup.clone();
  }

  /** {@return a copy of the sealed value} */
  @Override
  public byte[] sealed() {
    return sealed.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VaultEntry e
        && domain.equals(e.domain) && token.equals(e.token) && created.equals(e.created)
        && Arrays.equals(subject, e.subject) && Arrays.equals(lookup, e.lookup) && Arrays.equals(sealed, e.sealed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(domain, token);
  }

  @Override
  public String toString() {
    return "VaultEntry[" + domain + ", " + token + ", " + created + (lookup == null ? ", random" : ", per document") + "]";
  }
}
