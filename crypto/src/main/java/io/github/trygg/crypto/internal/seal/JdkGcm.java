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
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JceGenericKey;

/**
 * AES-256-GCM content encryption for CMS AuthEnvelopedData on the JDK's cipher (AES-NI and the
 * GHASH intrinsics), plugged into Bouncy Castle's generators and recipients through its operator
 * interfaces. CMS keeps the tag apart from the ciphertext, the JDK appends it: on the way out the
 * last 16 bytes are held back as the MAC; on the way in Bouncy Castle appends the MAC to the stream,
 * which is what the JDK expects. Decryption releases nothing until the tag has verified.
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

  /** A fresh content key and nonce per message. */
  public static final class Encryptor implements OutputAEADEncryptor {
    private final AlgorithmIdentifier algorithm;
    private final SecretKey key;
    private final Cipher cipher;
    private final byte[] tag = new byte[TAG_BYTES];

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

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
      return algorithm;
    }

    @Override
    public GenericKey getKey() {
      return new JceGenericKey(algorithm, key);
    }

    @Override
    public OutputStream getOutputStream(OutputStream out) {
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          byte[] part = cipher.update(b, off, len);
          if (part != null) {
            out.write(part);
          }
        }

        @Override
        public void close() throws IOException {
          try {
            byte[] last = cipher.doFinal();
            int body = last.length - TAG_BYTES;
            out.write(last, 0, body);
            System.arraycopy(last, body, tag, 0, TAG_BYTES);
          } catch (GeneralSecurityException e) {
            throw new IOException("content encryption failed", e);
          }
        }
      };
    }

    @Override
    public OutputStream getAADStream() {
      return new AadStream(cipher);
    }

    @Override
    public byte[] getMAC() {
      return tag.clone();
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
