package io.github.trygg.crypto.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.crypto.seal.TestPki.Ca;
import io.github.trygg.crypto.seal.TestPki.Issued;
import io.github.trygg.crypto.seal.TestPki.Type;
import io.github.trygg.crypto.seal.UntrustedCertificateException.Reason;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Revocation lists given to {@link SecureEnvelopes}: checked for sealing and for verifying, and only lists that hold count. */
class RevocationTest {
  static final Ca CA = new Ca("Revoking CA");
  static final Ca OTHER_CA = new Ca("Other revoking CA");
  static final byte[] CONTENT = "Kallelse till återbesök".getBytes(StandardCharsets.UTF_8);

  /** A list from {@code issuer}, signed with {@code key}, valid from yesterday until {@code nextUpdate}, listing {@code revoked}. */
  static X509CRL crl(Ca issuer, PrivateKey key, Instant nextUpdate, BigInteger... revoked) throws Exception {
    Instant now = Instant.now();
    X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(issuer.certificate.getSubjectX500Principal().getEncoded()),
        Date.from(now.minus(Duration.ofDays(1))));
    b.setNextUpdate(Date.from(nextUpdate));
    for (BigInteger serial : revoked) {
      b.addCRLEntry(serial, Date.from(now.minus(Duration.ofHours(1))), CRLReason.keyCompromise);
    }
    return new JcaX509CRLConverter().setProvider(TestPki.BC)
        .getCRL(b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(TestPki.BC).build(key)));
  }

  static X509CRL crl(Instant nextUpdate, BigInteger... revoked) throws Exception {
    return crl(CA, CA.keys.getPrivate(), nextUpdate, revoked);
  }

  static SecureEnvelopes envelopes(Clock clock, X509CRL... lists) {
    return SecureEnvelopes.builder().addTrustAnchor(CA.certificate).revocationLists(List.of(lists)).clock(clock).build();
  }

  static Reason refusal(SecureEnvelopes envelopes, Issued recipient) {
    return assertThrows(UntrustedCertificateException.class, () -> envelopes.sealUnsigned(CONTENT, List.of(recipient.certificate()))).reason();
  }

  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "EC_P256", "X25519"})
  void aRevokedRecipientIsRefusedAndAnotherOneIsNot(Type type) throws Exception {
    Issued revoked = CA.issue("revoked-" + type, type);
    Issued fine = CA.issue("fine-" + type, type);
    SecureEnvelopes envelopes = envelopes(Clock.systemUTC(), crl(Instant.now().plus(Duration.ofDays(7)), revoked.certificate().getSerialNumber()));
    assertEquals(Reason.REVOKED, refusal(envelopes, revoked));
    assertArrayEquals(CONTENT, envelopes.open(envelopes.sealUnsigned(CONTENT, List.of(fine.certificate())).encoded(), fine.recipient()));
    // Without the lists the same recipient is sealed to: revocation is checked only when asked for.
    SecureEnvelopes unchecked = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).build();
    unchecked.sealUnsigned(CONTENT, List.of(revoked.certificate()));
  }

  @Test
  void aSignatureByARevokedCertificateIsNotTrusted() throws Exception {
    Issued signer = CA.issue("revoked-signer", Type.EC_P256, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)),
        org.bouncycastle.asn1.x509.KeyUsage.digitalSignature);
    SecureEnvelopes unchecked = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).build();
    byte[] signed = unchecked.sign(CONTENT, SenderCredential.of(signer.handle(), signer.certificate())).encoded();
    SecureEnvelopes checked = envelopes(Clock.systemUTC(), crl(Instant.now().plus(Duration.ofDays(7)), signer.certificate().getSerialNumber()));
    assertEquals(Reason.REVOKED, assertThrows(UntrustedCertificateException.class, () -> checked.verify(signed)).reason());
    assertEquals(Reason.REVOKED, assertThrows(UntrustedCertificateException.class,
        () -> checked.sign(CONTENT, SenderCredential.of(signer.handle(), signer.certificate()))).reason());
  }

  @Test
  void withoutACurrentGenuineListTheStatusIsUnknown() throws Exception {
    Issued recipient = CA.issue("unknown-status", Type.EC_P256);
    Instant week = Instant.now().plus(Duration.ofDays(7));
    // A stale list, a list from another issuer, and a list in this CA's name signed with another key.
    assertEquals(Reason.REVOCATION_UNKNOWN, refusal(envelopes(Clock.systemUTC(), crl(Instant.now().minus(Duration.ofHours(1)))), recipient));
    assertEquals(Reason.REVOCATION_UNKNOWN, refusal(envelopes(Clock.systemUTC(), crl(OTHER_CA, OTHER_CA.keys.getPrivate(), week)), recipient));
    assertEquals(Reason.REVOCATION_UNKNOWN, refusal(envelopes(Clock.systemUTC(), crl(CA, OTHER_CA.keys.getPrivate(), week)), recipient));
  }

  /** A validated recipient is remembered only until the list's next update. */
  @Test
  void aRememberedRecipientIsCheckedAgainWhenItsListIsDue() throws Exception {
    Issued recipient = CA.issue("remembered-until-due", Type.X25519);
    Instant due = Instant.now().plus(Duration.ofDays(2));
    SecureEnvelopesTest.MovingClock clock = new SecureEnvelopesTest.MovingClock();
    SecureEnvelopes envelopes = envelopes(clock, crl(due));
    envelopes.sealUnsigned(CONTENT, List.of(recipient.certificate()));
    envelopes.sealUnsigned(CONTENT, List.of(recipient.certificate()));
    clock.now = due.plus(Duration.ofMinutes(1));
    assertEquals(Reason.REVOCATION_UNKNOWN, refusal(envelopes, recipient));
  }
}
