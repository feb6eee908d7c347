package io.github.trygg.dsr.audit;

import org.apiguardian.api.API;

/**
 * A stored audit event: its place in the chain, the previous entry's hash and its own hash
 * (SHA-256 over the previous hash and the event, hex).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuditEntry(long seq, AuditEvent event, String previousHash, String hash) {
  public AuditCheckpoint checkpoint() {
    return new AuditCheckpoint(seq, hash);
  }
}
