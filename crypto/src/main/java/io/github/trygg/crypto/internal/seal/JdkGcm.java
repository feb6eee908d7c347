package io.github.trygg.crypto.internal.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.Provider;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.InputAEADDecryptor;
import org.bouncycastle.operator.jcajce.JceGenericKey;

/**
 * AES-256-GCM content encryption for CMS AuthEnvelopedData on the JDK's cipher (AES-NI and the
 * GHASH intrinsics). CMS keeps the tag apart from the ciphertext and the JDK appends it: on the way
 * out {@link Cms} moves the tag into the mac field; on the way in Bouncy Castle's recipient appends
 * the mac to the ciphertext stream, which is what the JDK expects. Decryption releases nothing
 * until the tag has verified.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JdkGcm {
  static final int TAG_BYTES = 16;
  static final int NONCE_BYTES = 12;

  private JdkGcm() {}

  static Cipher newCipher() throws GeneralSecurityException {
    Provider jdk = Bc.jdkCipherProvider();
    return jdk == null ? Cipher.getInstance("AES/GCM/NoPadding") : Cipher.getInstance("AES/GCM/NoPadding", jdk);
  }

  /**
   * A fresh content key and nonce per message. Bouncy Castle wraps the key for each recipient
   * through {@link #getKey()}; the content is encrypted in one {@code doFinal} straight into the
   * message being written, because the JDK's GCM is fastest in one call.
   */
  public static final class Encryptor {
    private final AlgorithmIdentifier algorithm;
    private final SecretKey key;
    private final Cipher cipher;

    public Encryptor(SecureRandom random) {
      try {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256, random);
        this.key = generator.generateKey();
        byte[] nonce = new byte[NONCE_BYTES];
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
     * right after it. {@code out} needs {@code content.length + 16} bytes from {@code at}.
     */
    public void encryptInto(byte[] content, byte[] out, int at) {
      try {
        cipher.doFinal(content, 0, content.length, out, at);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("content encryption failed", e);
      }
    }
  }

  /** Decrypts on first read: the whole ciphertext and tag, then the plaintext only if the tag verified. */
  static final class Decryptor implements InputAEADDecryptor {
    private final AlgorithmIdentifier algorithm;
    private final Cipher cipher;

    Decryptor(AlgorithmIdentifier algorithm, Key key) {
      this.algorithm = algorithm;
      if (!NISTObjectIdentifiers.id_aes256_GCM.equals(algorithm.getAlgorithm())) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "content encryption " + algorithm.getAlgorithm() + " is not AES-256-GCM");
      }
      GCMParameters params;
      try {
        params = GCMParameters.getInstance(algorithm.getParameters());
      } catch (RuntimeException e) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "unreadable AES-GCM parameters", e);
      }
      if (params.getIcvLen() != TAG_BYTES || params.getNonce().length != NONCE_BYTES) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "AES-GCM with a " + params.getIcvLen() + "-byte tag and a " + params.getNonce().length + "-byte nonce");
      }
      try {
        this.cipher = newCipher();
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, params.getNonce()));
      } catch (GeneralSecurityException e) {
        throw new CmsFailure(CmsFailure.Kind.TAMPERED, "the content key does not fit AES-256-GCM", e);
      }
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
      return algorithm;
    }

    private InputStream source = InputStream.nullInputStream();

    @Override
    public InputStream getInputStream(InputStream in) {
      source = in;
      return new InputStream() {
        private InputStream plain;

        private InputStream plain() throws IOException {
          if (plain == null) {
            byte[] sealed = in.readAllBytes();
            try {
              plain = new ByteArrayInputStream(cipher.doFinal(sealed));
            } catch (AEADBadTagException e) {
              throw new CmsFailure(CmsFailure.Kind.TAMPERED, "the authentication tag does not match: the message was altered", e);
            } catch (GeneralSecurityException e) {
              throw new CmsFailure(CmsFailure.Kind.TAMPERED, "content decryption failed", e);
            }
          }
          return plain;
        }

        @Override
        public int read() throws IOException {
          return plain().read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return plain().read(b, off, len);
        }
      };
    }

    @Override
    public OutputStream getAADStream() {
      return new AadStream(cipher);
    }

    @Override
    public byte[] getMAC() {
      return source instanceof org.bouncycastle.cms.InputStreamWithMAC withMac ? withMac.getMAC() : new byte[0];
    }
  }

  private static final class AadStream extends OutputStream {
    private final Cipher cipher;

    AadStream(Cipher cipher) {
      this.cipher = cipher;
    }

    @Override
    public void write(int b) {
      cipher.updateAAD(new byte[] {(byte) b});
    }

    @Override
    public void write(byte[] b, int off, int len) {
      cipher.updateAAD(b, off, len);
    }
  }
}
