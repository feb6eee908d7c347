package io.github.trygg.crypto.internal.primitive;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * The raw AES block function (ECB, no padding) on the JDK's provider, which uses the CPU's AES
 * instructions. Each thread keeps its own initialised {@link Cipher}; never call {@code doFinal}, so
 * nothing is reset between blocks.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Aes {
  public static final int BLOCK = 16;

  private final SecretKeySpec key;
  private final ThreadLocal<Cipher> ciphers;

  public Aes(byte[] key) {
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new IllegalArgumentException("an AES key is 16, 24 or 32 bytes");
    }
    this.key = new SecretKeySpec(key, "AES");
    this.ciphers = ThreadLocal.withInitial(this::newCipher);
    newCipher();
  }

  /** Encrypts {@code length} bytes (whole blocks) from {@code in} into {@code out}; in and out may be the same. */
  public void encrypt(byte[] in, int inOffset, int length, byte[] out, int outOffset) {
    try {
      ciphers.get().update(in, inOffset, length, out, outOffset);
    } catch (ShortBufferException e) {
      throw new IllegalArgumentException("the output has no room for the blocks", e);
    }
  }

  /** Encrypts one block in place. */
  public void encryptBlock(byte[] block) {
    encrypt(block, 0, BLOCK, block, 0);
  }

  private Cipher newCipher() {
    try {
      Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key);
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the platform cannot run AES", e);
    }
  }

  @Override
  public String toString() {
    return "Aes[key hidden]";
  }
}
