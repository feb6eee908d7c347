package io.github.trygg.dsr.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apiguardian.api.API;

/** Links events into the chain: {@code hash = SHA-256(previousHash ‖ seq ‖ event fields)}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AuditChain {
  private static final HexFormat HEX = HexFormat.of();

  private AuditChain() {}

  /**
   * The entry that follows {@code head}.
   *
   * @param head the checkpoint of the last entry
   * @param event the event to record
   * @return the new entry, chained to {@code head}
   */
  public static AuditEntry append(AuditCheckpoint head, AuditEvent event) {
    long seq = head.seq() + 1;
    return new AuditEntry(seq, event, head.hash(), hash(seq, head.hash(), event));
  }

  /**
   * The hash an entry with these contents must carry.
   *
   * @param seq the entry's sequence number
   * @param previousHash the previous entry's hash
   * @param event the event to record
   * @return 64 hex digits
   */
  public static String hash(long seq, String previousHash, AuditEvent event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    field(out, previousHash);
    field(out, Long.toString(seq));
    field(out, event.at().toString());
    field(out, event.actor());
    field(out, event.action());
    field(out, event.entityType());
    field(out, event.entityId());
    field(out, event.subjectRef());
    for (Map.Entry<String, String> e : event.details().entrySet()) {
      field(out, e.getKey());
      field(out, e.getValue());
    }
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JDK", e);
    }
  }

  /** Length-prefixed, so no two different events encode alike. */
  private static void field(ByteArrayOutputStream out, String value) {
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    out.write(b.length >>> 24);
    out.write(b.length >>> 16);
    out.write(b.length >>> 8);
    out.write(b.length);
    out.write(b, 0, b.length);
  }
}
