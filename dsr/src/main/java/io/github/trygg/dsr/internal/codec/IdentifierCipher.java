package io.github.trygg.dsr.internal.codec;

import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.store.StoreException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a store does with the identifiers of a request on their way to and from disk: AES-256-GCM
 * under a host key, each value to {@code enc:<key id>:<base64url(nonce | ciphertext | tag)>} with
 * the request id and the identifier type as associated data, so a value cannot be moved to another
 * request or type unnoticed. Values written before encryption was switched on are read as they
 * are. {@link #NONE} writes plain and refuses encrypted values; {@link #KEEP} leaves them as they
 * are (for compaction, which needs no key).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IdentifierCipher {
  private static final String PREFIX = "enc:";
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

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

  /** The request as it goes to disk. */
  public DataSubjectRequest seal(DataSubjectRequest r) {
    if (key == null || r.identifiers().isEmpty()) {
      return r;
    }
    List<SubjectIdentifier> sealed = new ArrayList<>(r.identifiers().size());
    for (SubjectIdentifier id : r.identifiers()) {
      // Requests in memory are always plain, so every value is encrypted.
      sealed.add(new SubjectIdentifier(id.type(), encrypt(r.id(), id)));
    }
    return DataSubjectRequest.builder().from(r).identifiers(sealed).build();
  }

  public List<DataSubjectRequest> seal(List<DataSubjectRequest> requests) {
    return key == null ? requests : requests.stream().map(this::seal).toList();
  }

  /** The request as it comes back from disk. */
  public DataSubjectRequest open(DataSubjectRequest r) {
    if (keep || r.identifiers().stream().noneMatch(i -> i.value().startsWith(PREFIX))) {
      return r;
    }
    List<SubjectIdentifier> plain = new ArrayList<>(r.identifiers().size());
    for (SubjectIdentifier id : r.identifiers()) {
      plain.add(id.value().startsWith(PREFIX) ? new SubjectIdentifier(id.type(), decrypt(r.id(), id)) : id);
    }
    return DataSubjectRequest.builder().from(r).identifiers(plain).build();
  }

  public List<DataSubjectRequest> open(List<DataSubjectRequest> requests) {
    return keep ? requests : requests.stream().map(this::open).toList();
  }

  private static byte[] aad(String requestId, String type) {
    return (requestId + "\u0000" + type).getBytes(StandardCharsets.UTF_8);
  }

  private String encrypt(String requestId, SubjectIdentifier id) {
    try {
      byte[] nonce = new byte[NONCE];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(aad(requestId, id.type()));
      byte[] ct = c.doFinal(id.value().getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(NONCE + ct.length).put(nonce).put(ct).array();
      return PREFIX + keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new StoreException("identifiers could not be encrypted (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private String decrypt(String requestId, SubjectIdentifier id) {
    String rest = id.value().substring(PREFIX.length());
    int colon = rest.indexOf(':');
    String under = colon < 0 ? "" : rest.substring(0, colon);
    SecretKeySpec readKey = readable.get(under);
    if (readKey == null) {
      throw new StoreException("the identifiers of request " + requestId + " are encrypted under key '" + under + "', which this store was not given");
    }
    try {
      byte[] in = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
      if (in.length < NONCE + TAG_BITS / 8) {
        throw new StoreException("an encrypted identifier of request " + requestId + " is too short");
      }
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, readKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
      c.updateAAD(aad(requestId, id.type()));
      return new String(c.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new StoreException("an identifier of request " + requestId + " cannot be decrypted: another key, or the stored value was altered", e);
    }
  }
}
