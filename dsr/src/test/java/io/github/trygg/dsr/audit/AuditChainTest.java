package io.github.trygg.dsr.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  static List<AuditEntry> chain(int n) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditCheckpoint head = AuditCheckpoint.GENESIS;
    for (int i = 0; i < n; i++) {
      AuditEntry e = AuditChain.append(head, new AuditEvent(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), "case-officer-1",
          "request.status", "request", "req-" + i, "dsr-subjects.1.abc", Map.of("from", "RECEIVED", "to", "VERIFIED")));
      entries.add(e);
      head = e.checkpoint();
    }
    return entries;
  }

  @Test
  void anIntactChainVerifies() {
    List<AuditEntry> entries = chain(20);
    AuditVerification v = AuditVerification.of(entries, entries.get(19).checkpoint());
    assertTrue(v.intact(), v.findings().toString());
    assertEquals(20, v.entries());
    assertEquals(entries.get(19).checkpoint(), v.head());
  }

  @Test
  void theHashIsSha256OverTheDocumentedEncoding() throws Exception {
    AuditEvent event = new AuditEvent(Instant.parse("2026-01-01T00:00:00Z"), "a", "b", "c", "d", "", Map.of("k", "v"));
    StringBuilder canonical = new StringBuilder();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (String f : List.of("0".repeat(64), "1", "2026-01-01T00:00:00Z", "a", "b", "c", "d", "", "k", "v")) {
      byte[] b = f.getBytes(StandardCharsets.UTF_8);
      out.write(new byte[] {0, 0, 0, (byte) b.length});
      out.write(b);
      canonical.append(f);
    }
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    assertEquals(expected, AuditChain.append(AuditCheckpoint.GENESIS, event).hash());
  }

  @Test
  void modificationIsFound() {
    List<AuditEntry> entries = new ArrayList<>(chain(10));
    AuditEntry e = entries.get(4);
    AuditEvent changed = new AuditEvent(e.event().at(), e.event().actor(), e.event().action(), e.event().entityType(),
        e.event().entityId(), e.event().subjectRef(), Map.of("from", "RECEIVED", "to", "REJECTED"));
    entries.set(4, new AuditEntry(e.seq(), changed, e.previousHash(), e.hash()));
    assertKinds(AuditVerification.of(entries, entries.get(9).checkpoint()), AuditFinding.Kind.MODIFIED);
  }

  @Test
  void rehashingAModifiedEntryBreaksTheNextLink() {
    List<AuditEntry> entries = new ArrayList<>(chain(10));
    AuditEntry e = entries.get(4);
    AuditEvent changed = new AuditEvent(e.event().at(), "someone-else", e.event().action(), e.event().entityType(),
        e.event().entityId(), e.event().subjectRef(), e.event().details());
    entries.set(4, new AuditEntry(e.seq(), changed, e.previousHash(), AuditChain.hash(e.seq(), e.previousHash(), changed)));
    assertKinds(AuditVerification.of(entries, entries.get(9).checkpoint()), AuditFinding.Kind.BROKEN_LINK);
  }

  @Test
  void deletionIsFound() {
    List<AuditEntry> entries = new ArrayList<>(chain(10));
    entries.remove(3);
    assertKinds(AuditVerification.of(entries, entries.get(8).checkpoint()), AuditFinding.Kind.DELETED);
  }

  @Test
  void reorderingIsFound() {
    List<AuditEntry> entries = new ArrayList<>(chain(10));
    AuditEntry t = entries.get(2);
    entries.set(2, entries.get(5));
    entries.set(5, t);
    AuditVerification v = AuditVerification.of(entries, chain(10).get(9).checkpoint());
    assertFalse(v.intact());
    assertTrue(v.findings().stream().anyMatch(f -> f.kind() == AuditFinding.Kind.REORDERED), v.findings().toString());
  }

  @Test
  void truncationIsFoundAgainstACheckpoint() {
    List<AuditEntry> full = chain(10);
    List<AuditEntry> cut = full.subList(0, 7);
    assertTrue(AuditVerification.of(cut, AuditCheckpoint.GENESIS).intact(), "without a checkpoint a cut chain looks whole");
    assertKinds(AuditVerification.of(cut, full.get(9).checkpoint()), AuditFinding.Kind.TRUNCATED);
    // A chain rewritten from entry 5 on has the checkpoint's number but not its hash.
    List<AuditEntry> rewritten = new ArrayList<>(full.subList(0, 4));
    AuditCheckpoint head = rewritten.get(3).checkpoint();
    for (int i = 0; i < 6; i++) {
      AuditEntry e = AuditChain.append(head, new AuditEvent(Instant.EPOCH, "x", "y", "z", "w", "", Map.of()));
      rewritten.add(e);
      head = e.checkpoint();
    }
    assertKinds(AuditVerification.of(rewritten, full.get(9).checkpoint()), AuditFinding.Kind.TRUNCATED);
  }

  @Test
  void eventsRefuseIdentityNumbers() {
    String pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1980, 5, 17), 238).canonical();
    assertThrows(IllegalArgumentException.class,
        () -> new AuditEvent(Instant.EPOCH, "a", "b", "c", "d", "", Map.of("note", "subject " + pnr)));
    assertThrows(IllegalArgumentException.class,
        () -> new AuditEvent(Instant.EPOCH, "a", "b", "c", "d", pnr.substring(2, 8) + "-" + pnr.substring(8), Map.of()));
    // Other digit runs (a request number, a date) are fine, and so is a valid number embedded in a longer run.
    new AuditEvent(Instant.EPOCH, "a", "b", "c", "REQ-2026-0001234567", "", Map.of("due", "2026-02-28"));
    new AuditEvent(Instant.EPOCH, "a", "b", "c", "job-" + pnr + "7", "", Map.of());
  }

  private static void assertKinds(AuditVerification v, AuditFinding.Kind kind) {
    assertFalse(v.intact());
    assertTrue(v.findings().stream().anyMatch(f -> f.kind() == kind), v.findings().toString());
  }
}
