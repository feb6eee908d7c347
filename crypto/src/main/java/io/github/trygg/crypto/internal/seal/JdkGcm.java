package io.github.trygg.crypto.internal.seal;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.jcajce.JceGenericKey;

/**
 * AES-256-GCM content encryption for CMS AuthEnvelopedData on the JDK's cipher (AES-NI and the
 * GHASH intrinsics). CMS keeps the tag apart from the ciphertext and the JDK appends it, so the
 * writers move the tag into the mac field. Decryption is {@link GcmOpener}'s.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JdkGcm {
  static final int TAG_BYTES = 16;
  static final int NONCE_BYTES = 12;
  /** The piece size for long content: large enough to amortise each call, small enough to be called often. */
  static final int PIECE = 1 << 16;

  private JdkGcm() {}

  static Cipher newCipher() throws GeneralSecurityException {
    return cipher("AES/GCM/NoPadding");
  }

  /** A cipher from the JDK's own provider when it has one, else from whichever the JCA picks. */
  static Cipher cipher(String transformation) throws GeneralSecurityException {
    Provider jdk = Bc.jdkCipherProvider();
    return jdk == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, jdk);
  }

  /**
   * A fresh content key and nonce per message. Bouncy Castle wraps the key for each recipient
   * through {@link #getKey()}; the content is encrypted in one {@code doFinal} straight into the
   * message being written, because the JDK's GCM is fastest in one call.
   */
  public static final class Encryptor {
    private final AlgorithmIdentifier algorithm;
    private final SecretKey key;
    private final byte[] nonce;
    private final Cipher cipher;

    public Encryptor(SecureRandom random) {
      try {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256, random);
        this.key = generator.generateKey();
        this.nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        this.cipher = newCipher();
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        this.algorithm = new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_GCM, new GCMParameters(nonce, TAG_BYTES));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-256-GCM is not available in this JDK", e);
      }
    }

    public AlgorithmIdentifier algorithm() {
      return algorithm;
    }

    public GenericKey getKey() {
      return new JceGenericKey(algorithm, key);
    }

    /** A copy of the content key for wrapping; the caller wipes it. */
    byte[] keyBytes() {
      return key.getEncoded();
    }

    /**
     * Encrypts {@code content} into {@code out} at {@code at}: the ciphertext, then the 16-byte tag
     * right after it. {@code out} needs {@code content.length + 16} bytes from {@code at}. Large
     * content goes through in pieces: the JDK compiles its GCM loop only for calls it sees often,
     * so one huge call runs uncompiled.
     */
    public void encryptInto(byte[] content, byte[] out, int at) {
      int off = 0;
      int written = 0;
      try {
        while (content.length - off > PIECE) {
          written += cipher.update(content, off, PIECE, out, at + written);
          off += PIECE;
        }
        cipher.doFinal(content, off, content.length - off, out, at + written);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("content encryption failed", e);
      }
    }

    /** The same key and nonce as a stream of any length (the JDK's cipher stops at 2 GiB). */
    GcmStream stream() {
      return new GcmStream(key, nonce);
    }
  }
}
