package io.github.trygg.dsr.internal.codec;

import io.github.trygg.crypto.pseudonym.KeyException;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.SealedValueException;
import io.github.trygg.crypto.pseudonym.ValueCipher;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.store.UnreadableIdentifierException;
import io.github.trygg.dsr.store.UnreadableIdentifierException.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a store does with the identifiers of a request on their way to and from disk. Each value is
 * written with a kind byte:
 *
 * <ul>
 *   <li>{@code 0} clear, followed by the value;
 *   <li>{@code 2} sealed, followed by the text {@link ValueCipher} made: {@code <key id>.<version>.<
 *       base64url of nonce | ciphertext | tag>}, AES-256-GCM under the version's key derived for the
 *       domain {@value #DOMAIN}, with the request id and the identifier type as the context, so a
 *       value cannot be moved to another request or type unnoticed;
 *   <li>{@code 1} encrypted by a pre-release version under a raw 32-byte key with no version. It is
 *       still decoded (and compaction carries it over), but never opened: reading it is an {@link
 *       UnreadableIdentifierException} with reason {@code PRE_RELEASE_FORMAT}.
 * </ul>
 *
 * Which kind a value is never depends on what it looks like: a clear value may begin with anything.
 * Values written before the kind byte (format 1) marked encrypted ones with an {@code enc:<key
 * id>:<base64url>} prefix; such a value is taken as encrypted only when it is well formed.
 *
 * <p>Reading is in two steps. {@link #read} decodes a value into a <em>kept</em> form that holds it
 * as it is on disk; {@link #open(DataSubjectRequest)} turns a request's kept values into plain ones.
 * The journal keeps requests in the kept form and opens them on every read, so a request that is
 * never read again — an earlier version, or one whose key version has since been destroyed — is
 * never decrypted, and plain identifiers are not held in memory between reads. {@link #KEEP} writes
 * kept values back as they were, for compaction, which needs no key.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IdentifierCipher {
  /** The domain the store's identifier keys are derived for. */
  public static final String DOMAIN = "dsr.identifiers";

  static final int CLEAR = 0;
  static final int PRE_RELEASE = 1;
  static final int SEALED = 2;
  private static final String LEGACY_PREFIX = "enc:";
  private static final Pattern LEGACY_KEY_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
  private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
  /** The least a pre-release value held: a 12-byte nonce and a 16-byte tag. */
  private static final int PRE_RELEASE_MIN = 28;
  /**
   * A kept value: a NUL, which no value a store is handed begins with once kept, then the kind
   * ({@code c} clear, {@code s} sealed, {@code p} pre-release) and what follows it.
   */
  private static final char KEPT = '\u0000';

  /** Writes identifiers in clear; sealed ones it reads cannot be opened (reason {@code NO_KEYS}). */
  public static final IdentifierCipher NONE = new IdentifierCipher(null, false);
  /** Leaves every value as it is on disk: for compaction. */
  public static final IdentifierCipher KEEP = new IdentifierCipher(null, true);

  private final @Nullable ValueCipher cipher;
  private final boolean keep;

  private IdentifierCipher(@Nullable ValueCipher cipher, boolean keep) {
    this.cipher = cipher;
    this.keep = keep;
  }

  /** Seals under {@code cipher}'s primary version; opens values sealed under any readable one. */
  public static IdentifierCipher sealing(ValueCipher cipher) {
    return new IdentifierCipher(cipher, false);
  }

  /** Whether values are sealed on writing. */
  public boolean seals() {
    return cipher != null;
  }

  // ---- format 2: a kind byte per value ----------------------------------------------------------

  /** Writes one identifier value of request {@code requestId}: its kind byte and what follows. */
  void write(Out out, String requestId, SubjectIdentifier id) throws IOException {
    String value = id.value();
    if (keep) {
      if (!isKept(value)) {
        throw new IllegalStateException("a kept identifier lost its form");
      }
      char kind = value.charAt(1);
      if (kind == 'c') {
        out.writeByte(CLEAR);
        Codec.str(out, value.substring(2));
      } else if (kind == 's') {
        out.writeByte(SEALED);
        Codec.str(out, value.substring(2));
      } else {
        int sep = value.indexOf(KEPT, 2);
        out.writeByte(PRE_RELEASE);
        Codec.str(out, value.substring(2, sep));
        Codec.bytes(out, Base64.getDecoder().decode(value.substring(sep + 1)));
      }
      return;
    }
    if (cipher == null) {
      out.writeByte(CLEAR);
      Codec.str(out, value);
      return;
    }
    out.writeByte(SEALED);
    Codec.str(out, cipher.seal(value, context(requestId, id.type())));
  }

  /** Reads one identifier value written by {@link #write}, in its kept form. */
  static SubjectIdentifier read(In in, String type) throws IOException {
    int kind = in.readByte();
    if (kind == CLEAR) {
      return new SubjectIdentifier(type, KEPT + "c" + Codec.str(in));
    }
    if (kind == SEALED) {
      return new SubjectIdentifier(type, KEPT + "s" + Codec.str(in));
    }
    if (kind == PRE_RELEASE) {
      String keyId = Codec.str(in);
      byte[] sealed = Codec.bytes(in);
      return new SubjectIdentifier(type, KEPT + "p" + keyId + KEPT + Base64.getEncoder().encodeToString(sealed));
    }
    throw new IOException("unknown identifier kind " + kind);
  }

  // ---- format 1: the value alone, encrypted ones marked by a prefix ------------------------------

  /** A value as format 1 wrote it: encrypted only if it is a well-formed {@code enc:<key id>:<base64url>}. */
  static SubjectIdentifier readFormat1(String type, String value) {
    if (value.startsWith(LEGACY_PREFIX)) {
      String rest = value.substring(LEGACY_PREFIX.length());
      int colon = rest.indexOf(':');
      if (colon > 0 && LEGACY_KEY_ID.matcher(rest.substring(0, colon)).matches() && BASE64URL.matcher(rest.substring(colon + 1)).matches()) {
        try {
          byte[] decoded = Base64.getUrlDecoder().decode(rest.substring(colon + 1));
          if (decoded.length >= PRE_RELEASE_MIN) {
            return new SubjectIdentifier(type, KEPT + "p" + rest.substring(0, colon) + KEPT + Base64.getEncoder().encodeToString(decoded));
          }
        } catch (IllegalArgumentException notBase64) {
          // clear text after all
        }
      }
    }
    return new SubjectIdentifier(type, KEPT + "c" + value);
  }

  // ---- opening -----------------------------------------------------------------------------------

  /**
   * The request with its kept identifiers opened; {@link #KEEP} leaves them kept.
   *
   * @throws UnreadableIdentifierException if one cannot be opened: the store has no keys, another
   *     key id, a version that is unknown, disabled or destroyed, a value that does not open, or one
   *     of the pre-release format
   */
  public DataSubjectRequest open(DataSubjectRequest r) {
    if (keep) {
      return r;
    }
    List<SubjectIdentifier> opened = new ArrayList<>(r.identifiers().size());
    boolean changed = false;
    for (SubjectIdentifier id : r.identifiers()) {
      if (isKept(id.value())) {
        opened.add(new SubjectIdentifier(id.type(), open(r.id(), id.type(), id.value())));
        changed = true;
      } else {
        opened.add(id);
      }
    }
    return changed ? DataSubjectRequest.builder().from(r).identifiers(opened).build() : r;
  }

  /**
   * Checks that the store was given the keys its requests were sealed under: for each key version
   * the requests name, one value is opened. A store opened without keys, with another key id, or
   * with another key of the same id and version (a key file made again) is a mistake to report at
   * once. A version that is destroyed, disabled or unreachable is not: it makes only its own
   * requests unreadable, and the rest of the store stays usable.
   *
   * @throws UnreadableIdentifierException reason {@code NO_KEYS}, {@code UNKNOWN_KEY}, {@code
   *     UNKNOWN_VERSION} or {@code NOT_AUTHENTIC}
   */
  public void checkKeys(Iterable<DataSubjectRequest> requests) {
    if (keep) {
      return;
    }
    Set<KeyRef> checked = new HashSet<>();
    for (DataSubjectRequest r : requests) {
      for (SubjectIdentifier id : r.identifiers()) {
        String value = id.value();
        if (!isKept(value) || value.charAt(1) != 's') {
          continue;
        }
        KeyRef ref = refOf(r.id(), value.substring(2));
        if (cipher == null) {
          throw noKeys(r.id(), ref);
        }
        if (!ref.keyId().equals(cipher.keyId())) {
          throw otherKey(r.id(), ref);
        }
        if (checked.add(ref)) {
          try {
            open(r.id(), id.type(), value);
          } catch (UnreadableIdentifierException e) {
            if (e.reason() == Reason.NOT_AUTHENTIC || e.reason() == Reason.UNKNOWN_VERSION || e.reason() == Reason.UNKNOWN_KEY) {
              throw e;
            }
          }
        }
      }
    }
  }

  private String open(String requestId, String type, String kept) {
    char kind = kept.charAt(1);
    if (kind == 'c') {
      return kept.substring(2);
    }
    if (kind == 'p') {
      String keyId = kept.substring(2, kept.indexOf(KEPT, 2));
      String named = LEGACY_KEY_ID.matcher(keyId).matches() ? "key '" + keyId + "'" : "a key with an unreadable id";
      throw new UnreadableIdentifierException(Reason.PRE_RELEASE_FORMAT, requestId, null,
          "the identifiers of request " + requestId + " were encrypted by a pre-release version of Trygg under " + named
              + " without a version, which this version does not read; see docs/dsr.md");
    }
    String sealed = kept.substring(2);
    if (cipher == null) {
      throw noKeys(requestId, refOf(requestId, sealed));
    }
    try {
      return cipher.open(sealed, context(requestId, type));
    } catch (KeyException e) {
      KeyRef ref = e.version().isPresent() ? new KeyRef(cipher.keyId(), e.version().getAsInt()) : null;
      String what = ref != null ? "key " + ref : "key '" + cipher.keyId() + "'";
      throw new UnreadableIdentifierException(reasonOf(e.reason()), requestId, ref,
          "the identifiers of request " + requestId + " are sealed under " + what + ": " + e.reason().message(), e);
    } catch (SealedValueException e) {
      KeyRef ref = e.key().orElse(null);
      switch (e.reason()) {
        case OTHER_KEY:
          throw otherKey(requestId, ref);
        case NOT_AUTHENTIC:
          throw new UnreadableIdentifierException(Reason.NOT_AUTHENTIC, requestId, ref, "an identifier of request " + requestId
              + " does not open under key " + ref + ": another key with this id and version sealed it, or the stored value was altered", e);
        default:
          throw new UnreadableIdentifierException(Reason.DAMAGED, requestId, ref, "an identifier of request " + requestId + " is damaged", e);
      }
    }
  }

  private static KeyRef refOf(String requestId, String sealed) {
    try {
      return ValueCipher.keyOf(sealed);
    } catch (SealedValueException e) {
      throw new UnreadableIdentifierException(Reason.DAMAGED, requestId, null, "an identifier of request " + requestId + " is damaged", e);
    }
  }

  private static UnreadableIdentifierException noKeys(String requestId, KeyRef ref) {
    return new UnreadableIdentifierException(Reason.NO_KEYS, requestId, ref,
        "the identifiers of request " + requestId + " are sealed under key " + ref + ", and this store was opened without keys");
  }

  private UnreadableIdentifierException otherKey(String requestId, @Nullable KeyRef ref) {
    return new UnreadableIdentifierException(Reason.UNKNOWN_KEY, requestId, ref, "the identifiers of request " + requestId
        + " are sealed under key " + (ref == null ? "?" : "'" + ref.keyId() + "'") + ", which this store was not given (it uses '"
        + (cipher == null ? "" : cipher.keyId()) + "')");
  }

  private static Reason reasonOf(KeyException.Reason reason) {
    switch (reason) {
      case UNKNOWN_VERSION:
        return Reason.UNKNOWN_VERSION;
      case DISABLED:
        return Reason.DISABLED;
      case DESTROYED:
        return Reason.DESTROYED;
      case UNAVAILABLE:
        return Reason.KEY_STORE_UNAVAILABLE;
      default:
        return Reason.UNKNOWN_KEY;
    }
  }

  private static String context(String requestId, String type) {
    return requestId + '\u0000' + type;
  }

  private static boolean isKept(String value) {
    return value.length() >= 2 && value.charAt(0) == KEPT;
  }
}
