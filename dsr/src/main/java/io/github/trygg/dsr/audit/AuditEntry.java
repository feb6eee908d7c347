package io.github.trygg.dsr.audit;

import org.apiguardian.api.API;

/**
 * A stored audit event: its place in the chain, the previous entry's hash and its own hash
 * (SHA-256 over the previous hash and the event, hex).
 *
 * @param seq the entry's place in the chain, from 1
 * @param event the event recorded
 * @param previousHash the hash of the entry before, or the genesis hash for the first
 * @param hash SHA-256 over the previous hash and the event, 64 hex digits
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuditEntry(long seq, AuditEvent event, String previousHash, String hash) {
  /** {@return the checkpoint this entry makes: its sequence number and hash} */
  public AuditCheckpoint checkpoint() {
    return new AuditCheckpoint(seq, hash);
  }
}
