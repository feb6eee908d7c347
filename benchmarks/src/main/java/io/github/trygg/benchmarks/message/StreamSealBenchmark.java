package io.github.trygg.benchmarks.message;

import io.github.trygg.crypto.seal.PrivateKeyHandle;
import io.github.trygg.crypto.seal.RecipientCredential;
import io.github.trygg.crypto.seal.SealedStream;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyUsage;
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
 * Sealing and opening a stream of {@code size} MiB for one P-256 recipient, against the JDK's
 * AES-256-GCM on the same bytes: encryption as one message fed in 64 KiB pieces (the JDK's best way
 * to stream it), decryption in one call per MiB (the JDK holds a whole message until its tag, so
 * that is the most it can stream). Results are operations per second of the same size: their ratio
 * is the figure. {@link StreamThroughput} gives the same ratios without JMH, in alternating rounds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
public class StreamSealBenchmark {
  static final int PIECE = 1 << 16;
  static final int MIB = 1 << 20;

  @Param({"64"})
  public int size;

  byte[] content;
  byte[] sealed;
  byte[] sealedSigned;
  SecureEnvelopes envelopes;
  List<X509Certificate> recipients;
  RecipientCredential recipient;
  io.github.trygg.crypto.seal.SenderCredential sender;
  SecretKey rawKey;
  byte[] rawCiphertext;
  byte[] rawNonce;
  byte[] buffer;
  SecureRandom random;

  @Setup
  public void setUp() throws Exception {
    random = new SecureRandom();
    content = new byte[size * MIB];
    random.nextBytes(content);
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair ca = ec.generateKeyPair();
    X500Name caName = new X500Name("CN=Benchmark CA");
    X509Certificate caCert = SealBenchmark.certificate(caName, ca, caName, ca, true, KeyUsage.keyCertSign);
    KeyPair subject = ec.generateKeyPair();
    X509Certificate certificate = SealBenchmark.certificate(new X500Name("CN=Recipient"), subject, caName, ca, false, KeyUsage.keyAgreement | KeyUsage.digitalSignature);
    recipients = List.of(certificate);
    recipient = RecipientCredential.of(PrivateKeyHandle.of(subject.getPrivate()), certificate);
    sender = io.github.trygg.crypto.seal.SenderCredential.of(PrivateKeyHandle.of(subject.getPrivate()), certificate);
    envelopes = SecureEnvelopes.builder().addTrustAnchor(caCert).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + MIB);
    envelopes.sealUnsigned(new ByteArrayInputStream(content), out, recipients);
    sealed = out.toByteArray();
    out = new ByteArrayOutputStream(content.length + MIB);
    envelopes.seal(new ByteArrayInputStream(content), out, sender, recipients);
    sealedSigned = out.toByteArray();
    KeyGenerator aes = KeyGenerator.getInstance("AES");
    aes.init(256);
    rawKey = aes.generateKey();
    rawNonce = new byte[12];
    random.nextBytes(rawNonce);
    rawCiphertext = new byte[size * (MIB + 16)];
    for (int m = 0; m < size; m++) {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, nonce(m)));
      c.doFinal(content, m * MIB, MIB, rawCiphertext, m * (MIB + 16));
    }
    buffer = new byte[MIB + PIECE + 32];
  }

  byte[] nonce(int message) {
    byte[] n = rawNonce.clone();
    n[0] ^= (byte) message;
    n[1] ^= (byte) (message >>> 8);
    return n;
  }

  @Benchmark
  public SealedStream sealStream() {
    return envelopes.sealUnsigned(new ByteArrayInputStream(content), OutputStream.nullOutputStream(), recipients);
  }

  @Benchmark
  public long openStream() {
    return envelopes.open(new ByteArrayInputStream(sealed), OutputStream.nullOutputStream(), recipient);
  }

  @Benchmark
  public SealedStream sealSignedStream() {
    return envelopes.seal(new ByteArrayInputStream(content), OutputStream.nullOutputStream(), sender, recipients);
  }

  @Benchmark
  public Object openAndVerifyStream() {
    return envelopes.openAndVerify(new ByteArrayInputStream(sealedSigned), OutputStream.nullOutputStream(), recipient);
  }

  /** The baseline for sealing: the JDK's AES-256-GCM over the same bytes, one message, 64 KiB at a time. */
  @Benchmark
  public int baselineJdkGcmEncrypt() throws Exception {
    byte[] nonce = new byte[12];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, nonce));
    int written = 0;
    for (int off = 0; off < content.length; off += PIECE) {
      written += cipher.update(content, off, PIECE, buffer, 0);
    }
    return written + cipher.doFinal(buffer, 0);
  }

  /** The baseline for signing and sealing: the same encryption, and SHA-256 of the content as a signature needs. */
  @Benchmark
  public int baselineJdkGcmEncryptAndSha256() throws Exception {
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update(content);
    return baselineJdkGcmEncrypt() + sha.digest().length;
  }

  /** The baseline for opening and verifying: the same decryption, and SHA-256 of the content. */
  @Benchmark
  public int baselineJdkGcmDecryptAndSha256() throws Exception {
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    sha.update(content);
    return baselineJdkGcmDecrypt() + sha.digest().length;
  }

  /** The baseline for opening: the JDK's AES-256-GCM decryption of the same bytes as one-MiB messages. */
  @Benchmark
  public int baselineJdkGcmDecrypt() throws Exception {
    int written = 0;
    for (int m = 0; m < size; m++) {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, rawKey, new GCMParameterSpec(128, nonce(m)));
      written += cipher.doFinal(rawCiphertext, m * (MIB + 16), MIB + 16, buffer, 0);
    }
    return written;
  }
}
