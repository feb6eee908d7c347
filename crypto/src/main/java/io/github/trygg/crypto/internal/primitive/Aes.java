package io.github.trygg.crypto.internal.primitive;

import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.crypto.Cipher;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * The raw AES block function (ECB, no padding) on the JDK's provider, which uses the CPU's AES
 * instructions. Initialised ciphers are kept in a few slots and lent out for one call at a time
 * (never {@code doFinal}, so nothing is reset between blocks); a thread that finds every slot empty
 * makes a new one. Not a {@code ThreadLocal}: every record run makes its own instances, and their
 * thread-local entries piled up in the thread's map, where every look-up then had to step over them.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Aes {
  public static final int BLOCK = 16;
  private static final int SLOTS = 8;

  private final SecretKeySpec key;
  private final AtomicReferenceArray<Cipher> idle = new AtomicReferenceArray<>(SLOTS);

  public Aes(byte[] key) {
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new IllegalArgumentException("an AES key is 16, 24 or 32 bytes");
    }
    this.key = new SecretKeySpec(key, "AES");
    release(newCipher());
  }

  /** Encrypts {@code length} bytes (whole blocks) from {@code in} into {@code out}; in and out may be the same. */
  public void encrypt(byte[] in, int inOffset, int length, byte[] out, int outOffset) {
    Cipher cipher = borrow();
    try {
      cipher.update(in, inOffset, length, out, outOffset);
    } catch (ShortBufferException e) {
      throw new IllegalArgumentException("the output has no room for the blocks", e);
    } finally {
      release(cipher);
    }
  }

  /** Encrypts one block in place. */
  public void encryptBlock(byte[] block) {
    encrypt(block, 0, BLOCK, block, 0);
  }

  /**
   * A cipher for a caller that encrypts several blocks in a row with {@link #encryptBlock(Cipher,
   * byte[], byte[])}; give it back with {@link #release(Cipher)}.
   */
  public Cipher borrow() {
    for (int i = 0; i < SLOTS; i++) {
      Cipher c = idle.get(i);
      if (c != null && idle.compareAndSet(i, c, null)) {
        return c;
      }
    }
    return newCipher();
  }

  /** Returns a cipher from {@link #borrow()}; kept if a slot is free. */
  public void release(Cipher cipher) {
    for (int i = 0; i < SLOTS; i++) {
      if (idle.get(i) == null && idle.compareAndSet(i, null, cipher)) {
        return;
      }
    }
  }

  /**
   * Encrypts the block {@code in} into {@code out} with a borrowed cipher. Two arrays, because the
   * JDK copies its input first when it is also the output.
   */
  public static void encryptBlock(Cipher cipher, byte[] in, byte[] out) {
    try {
      cipher.update(in, 0, BLOCK, out, 0);
    } catch (ShortBufferException e) {
      throw new IllegalArgumentException("the output has no room for the block", e);
    }
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
