package io.github.trygg.dsr.internal.codec;

import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a store does with the identifiers of a request on their way to and from disk. Each value is
 * written with a kind byte: {@code 0} clear, followed by the value; {@code 1} encrypted, followed by
 * the key id and {@code nonce | ciphertext | tag} of AES-256-GCM under that key, with the request id
 * and the identifier type as associated data, so a value cannot be moved to another request or type
 * unnoticed. Which a value is never depends on what it looks like: a clear value may begin with
 * anything, {@code enc:} included.
 *
 * <p>{@link #NONE} writes clear values and refuses encrypted ones (naming their key); {@link #KEEP}
 * leaves every value as it is on disk, for compaction, which needs no key. Values written before the
 * kind byte (format 1) marked encrypted ones with an {@code enc:<key id>:<base64url>} prefix; such a
 * value is taken as encrypted only when it is well formed, so a clear value that merely began with
 * {@code enc:} still reads as what it was.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IdentifierCipher {
  static final int CLEAR = 0;
  static final int ENCRYPTED = 1;
  private static final String LEGACY_PREFIX = "enc:";
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  /**
   * How {@link #KEEP} holds a value in memory between reading and writing it again: a NUL, which no
   * value it is handed was made with, then the kind. Never leaves compaction.
   */
  private static final char KEPT = '\u0000';

  public static final IdentifierCipher NONE = new IdentifierCipher(null, null, Map.of(), false);
  public static final IdentifierCipher KEEP = new IdentifierCipher(null, null, Map.of(), true);

  private final @Nullable String keyId;
  private final @Nullable SecretKeySpec key;
  /** Every key values may be read under: the current one and earlier ones, by key id. */
  private final Map<String, SecretKeySpec> readable;
  private final boolean keep;

  private IdentifierCipher(@Nullable String keyId, @Nullable SecretKeySpec key, Map<String, SecretKeySpec> readable, boolean keep) {
    this.keyId = keyId;
    this.key = key;
    this.readable = readable;
    this.keep = keep;
  }

  /** Writes under {@code keyId}; reads values written under it or under any of {@code previous} (key id → key). */
  public static IdentifierCipher aesGcm(String keyId, byte[] key, Map<String, byte[]> previous) {
    Map<String, SecretKeySpec> readable = new HashMap<>();
    previous.forEach((id, bytes) -> readable.put(id, spec(bytes)));
    SecretKeySpec current = spec(key);
    readable.put(keyId, current);
    return new IdentifierCipher(keyId, current, Map.copyOf(readable), false);
  }

  public static IdentifierCipher aesGcm(String keyId, byte[] key) {
    return aesGcm(keyId, key, Map.of());
  }

  private static SecretKeySpec spec(byte[] key) {
    byte[] copy = Arrays.copyOf(key, key.length);
    try {
      return new SecretKeySpec(copy, "AES");
    } finally {
      Arrays.fill(copy, (byte) 0);
    }
  }

  /** Whether values are encrypted on writing. */
  public boolean encrypts() {
    return key != null;
  }

  // ---- format 2: a kind byte per value ----------------------------------------------------------

  /** Writes one identifier value of request {@code requestId}: its kind byte and what follows. */
  void write(Out out, String requestId, SubjectIdentifier id) throws IOException {
    if (keep) {
      String kept = id.value();
      if (kept.isEmpty() || kept.charAt(0) != KEPT) {
        throw new IllegalStateException("a kept identifier lost its form");
      }
      if (kept.charAt(1) == 'c') {
        out.writeByte(CLEAR);
        Codec.str(out, kept.substring(2));
      } else {
        int sep = kept.indexOf(KEPT, 2);
        out.writeByte(ENCRYPTED);
        Codec.str(out, kept.substring(2, sep));
        Codec.bytes(out, Base64.getDecoder().decode(kept.substring(sep + 1)));
      }
      return;
    }
    if (key == null || keyId == null) {
      out.writeByte(CLEAR);
      Codec.str(out, id.value());
      return;
    }
    out.writeByte(ENCRYPTED);
    Codec.str(out, keyId);
    Codec.bytes(out, encrypt(key, requestId, id.type(), id.value()));
  }

  /** Reads one identifier value written by {@link #write}. */
  SubjectIdentifier read(In in, String requestId, String type) throws IOException {
    int kind = in.readByte();
    if (kind == CLEAR) {
      String value = Codec.str(in);
      return new SubjectIdentifier(type, keep ? KEPT + "c" + value : value);
    }
    if (kind == ENCRYPTED) {
      String under = Codec.str(in);
      byte[] sealed = Codec.bytes(in);
      return new SubjectIdentifier(type, keep ? KEPT + "e" + under + KEPT + Base64.getEncoder().encodeToString(sealed) : decrypt(requestId, type, under, sealed));
    }
    throw new IOException("unknown identifier kind " + kind);
  }

  // ---- format 1: the value alone, encrypted ones marked by a prefix ------------------------------

  /** A value as format 1 wrote it: encrypted only if it is a well-formed {@code enc:<key id>:<base64url>}. */
  SubjectIdentifier readFormat1(String requestId, String type, String value) {
    byte[] sealed = null;
    String under = "";
    if (value.startsWith(LEGACY_PREFIX)) {
      String rest = value.substring(LEGACY_PREFIX.length());
      int colon = rest.indexOf(':');
      if (colon > 0 && KEY_ID.matcher(rest.substring(0, colon)).matches() && BASE64URL.matcher(rest.substring(colon + 1)).matches()) {
        try {
          byte[] decoded = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
          if (decoded.length >= NONCE + TAG_BITS / 8) {
            sealed = decoded;
            under = rest.substring(0, colon);
          }
        } catch (IllegalArgumentException notBase64) {
          // clear text after all
        }
      }
    }
    if (sealed == null) {
      return new SubjectIdentifier(type, keep ? KEPT + "c" + value : value);
    }
    return new SubjectIdentifier(type, keep ? KEPT + "e" + under + KEPT + Base64.getEncoder().encodeToString(sealed) : decrypt(requestId, type, under, sealed));
  }

  // ---- AES-GCM ---------------------------------------------------------------------------------

  private static byte[] aad(String requestId, String type) {
    return (requestId + "\u0000" + type).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] encrypt(SecretKeySpec key, String requestId, String type, String value) {
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad(requestId, type));
      byte[] ct = c.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(NONCE + ct.length).put(nonce).put(ct).array();
    } catch (GeneralSecurityException e) {
      throw new StoreException("identifiers could not be encrypted (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private String decrypt(String requestId, String type, String under, byte[] sealed) {
    SecretKeySpec readKey = readable.get(under);
    if (readKey == null) {
      String named = KEY_ID.matcher(under).matches() ? "key '" + under + "'" : "a key with an unreadable id";
      throw new StoreException("the identifiers of request " + requestId + " are encrypted under " + named + ", which this store was not given");
    }
    if (sealed.length < NONCE + TAG_BITS / 8) {
      throw new StoreException("an encrypted identifier of request " + requestId + " is too short");
    }
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, readKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
      c.updateAAD(aad(requestId, type));
      return new String(c.doFinal(sealed, NONCE, sealed.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new StoreException("an identifier of request " + requestId + " cannot be decrypted: another key, or the stored value was altered", e);
    }
  }
}
