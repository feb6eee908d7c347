package io.github.trygg.benchmarks.message;

import io.github.trygg.crypto.seal.SealedMessage;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sealing 1 MiB for one recipient — certificate path check, a fresh content key and nonce,
 * AES-256-GCM, key transport or agreement, CMS encoding — against raw JCA AES-256-GCM of the same
 * megabyte with a fresh nonce (the primitive alone). {@code seal} makes the recipient info on the
 * common pool while the content is encrypted (the default on a host with more than one processor);
 * {@code sealOnOneThread} does everything on the benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
// GCM and the CMS encoder reach their compiled form only after about ten seconds of sealing.
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
public class SealBenchmark {
  @Param({"RSA", "EC", "X25519"})
  public String recipient;

  byte[] content;
  SecureEnvelopes envelopes;
  SecureEnvelopes oneThread;
  List<X509Certificate> recipients;
  SecretKey rawKey;
  SecureRandom random;

  @Setup
  public void setUp() throws Exception {
    random = new SecureRandom();
    content = new byte[1 << 20];
    random.nextBytes(content);
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ca = ec.generateKeyPair();
    X500Name caName = new X500Name("CN=Benchmark CA");
    X509Certificate caCert = certificate(caName, ca, caName, ca, true, KeyUsage.keyCertSign);
    KeyPair subject = switch (recipient) {
      case "RSA" -> {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(3072);
        yield rsa.generateKeyPair();
      }
      case "EC" -> ec.generateKeyPair();
      default -> KeyPairGenerator.getInstance("X25519").generateKeyPair();
    };
    int usage = recipient.equals("RSA") ? KeyUsage.keyEncipherment : KeyUsage.keyAgreement;
    recipients = List.of(certificate(new X500Name("CN=Recipient"), subject, caName, ca, false, usage));
    envelopes = SecureEnvelopes.builder().addTrustAnchor(caCert).build();
    oneThread = SecureEnvelopes.builder().addTrustAnchor(caCert).executor(Runnable::run).build();
    KeyGenerator aes = KeyGenerator.getInstance("AES");
    aes.init(256);
    rawKey = aes.generateKey();
  }

  @Benchmark
  public SealedMessage seal() {
    return envelopes.sealUnsigned(content, recipients);
  }

  /** The same, with the key agreement on the sealing thread after the content is encrypted. */
  @Benchmark
  public SealedMessage sealOnOneThread() {
    return oneThread.sealUnsigned(content, recipients);
  }

  @Benchmark
  public byte[] baselineJcaAesGcm() throws Exception {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, nonce));
    return cipher.doFinal(content);
  }

  static X509Certificate certificate(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys, boolean ca, int usage) throws Exception {
    JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()), Date.from(Instant.now().minus(Duration.ofDays(1))),
        Date.from(Instant.now().plus(Duration.ofDays(30))), subject, subjectKeys.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
    b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
    return new JcaX509CertificateConverter().getCertificate(
        b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(new BouncyCastleProvider()).build(issuerKeys.getPrivate())));
  }
}
