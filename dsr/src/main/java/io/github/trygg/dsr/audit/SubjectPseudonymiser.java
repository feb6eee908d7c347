package io.github.trygg.dsr.audit;

import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Turns a subject identifier into the stable reference requests, consents, duplicate detection and
 * the audit log record, so that nobody holding the log alone can tell who a request was about. It
 * is an HMAC-SHA-256 pseudonym of {@code trygg-crypto} — the same keys, versions and text form as
 * every other pseudonym: {@code <key id>.<version>.<base64url of 128 bits>}, of {@code <identifier
 * type> 0x00 <canonical value>} in the pseudonymisation domain {@value #DOMAIN}. The type is part of
 * the input: the same digits as a device id and as an identity number are different subjects'.
 *
 * <p>Rotation: new references are made with the key id's primary version; {@link #pseudonyms}
 * gives the subject's reference under every primary or enabled version, so the desk still finds the
 * requests and consents recorded before the rotation. A destroyed version's references can no
 * longer be linked to anyone.
 *
 * <pre>{@code
 * SubjectPseudonymiser subjects = SubjectPseudonymiser.of(KeyFileProvider.open(keyFile), "dsr-subjects");
 * String ref = subjects.pseudonym("se-personnummer", "191212121212");   // "dsr-subjects.1.…"
 * }</pre>
 *
 * <p>Thread-safe. The key provider is asked for the primary version on every call.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SubjectPseudonymiser {
  /** The pseudonymisation domain subject references are made in; their keys are derived from it. */
  public static final String DOMAIN = "dsr.subjects";

  private final Pseudonymisation pseudonymisation;
  private final PseudonymisationDomain domain;

  private SubjectPseudonymiser(KeyProvider keys, String keyId) {
    this.pseudonymisation = Pseudonymisation.builder().keys(keys).build();
    this.domain = PseudonymisationDomain.builder()
        .name(DOMAIN)
        .purpose("subjects of data-subject requests and consents, in the audit log and duplicate detection")
        .keyId(keyId)
        .build();
  }

  /**
   * References made with {@code keyId}'s versions in {@code keys}. Give the subject references a key
   * id of their own: destroying a version unlinks every reference made with it.
   *
   * @param keys the key provider that holds the key
   * @param keyId the key id in the key provider
   * @return the pseudonymiser
   * @throws IllegalArgumentException if the key id is malformed
   */
  public static SubjectPseudonymiser of(KeyProvider keys, String keyId) {
    return new SubjectPseudonymiser(Objects.requireNonNull(keys, "keys"), keyId);
  }

  /** {@return the key id whose versions make the references} */
  public String keyId() {
    return domain.keyId();
  }

  /**
   * {@return the version new references are made with now}
   *
   * @throws io.github.trygg.crypto.pseudonym.KeyException if the key id is unknown or has no
   * primary version
   */
  public KeyRef key() {
    return pseudonymisation.keys().primary(domain.keyId()).ref();
  }

  /**
   * The subject's reference under the primary version.
   *
   * @param identifierType the register's identifier type, such as {@code se-personnummer}
   * @param canonicalValue the value in one canonical form, so equal identifiers give equal results
   * @return the reference, {@code <key id>.v<version>.<base64url>}
   * @throws io.github.trygg.crypto.pseudonym.KeyException if the key id is unknown or its primary
   *     version cannot be used
   */
  public String pseudonym(String identifierType, String canonicalValue) {
    return pseudonymisation.hmac(domain).pseudonymise(input(identifierType, canonicalValue));
  }

  /**
   * The subject's reference under every primary or enabled version, the primary's first: what was
   * recorded before a rotation is found with them.
   *
   * @param identifierType the identifier's type id, such as {@code se-personnummer}
   * @param canonicalValue the identifier in canonical form
   * @return one reference per readable version, the primary's first
   * @throws io.github.trygg.crypto.pseudonym.KeyException if the key id is unknown
   */
  public List<String> pseudonyms(String identifierType, String canonicalValue) {
    String input = input(identifierType, canonicalValue);
    return pseudonymisation.hmacVersions(domain).stream().map(p -> p.pseudonymise(input)).toList();
  }

  private static String input(String identifierType, String canonicalValue) {
    return identifierType + '\u0000' + canonicalValue;
  }

  @Override
  public String toString() {
    return "SubjectPseudonymiser[" + domain.keyId() + "]";
  }
}
