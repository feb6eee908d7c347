package io.github.trygg.dsr.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.ValueCipher;
import io.github.trygg.dsr.Seeds;
import io.github.trygg.dsr.TestKeys;
import io.github.trygg.dsr.audit.AuditChain;
import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEvent;
import io.github.trygg.dsr.breach.Approximate;
import io.github.trygg.dsr.breach.Art34Exemption;
import io.github.trygg.dsr.breach.BreachNature;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.breach.ProcessorNotice;
import io.github.trygg.dsr.breach.BreachRisk;
import io.github.trygg.dsr.consent.ConsentGiver;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.deadline.Deadline;
import io.github.trygg.dsr.deadline.Extension;
import io.github.trygg.dsr.deadline.Pause;
import io.github.trygg.dsr.request.AuthorityEvidence;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.EvidenceKind;
import io.github.trygg.dsr.request.IdentityCheck;
import io.github.trygg.dsr.request.IdentityMethod;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.request.TaskOutcome;
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.store.StoreException;
import io.github.trygg.dsr.store.UnreadableIdentifierException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Generated entities with every optional field present or absent and any text survive encoding. */
class CodecRoundTripTest {

  @Test
  void generatedEntitiesRoundTrip() {
    long seed = Seeds.seed();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 500; i++) {
      DataSubjectRequest req = request(r);
      SystemTask task = task(r);
      ConsentRecord consent = consent(r);
      PersonalDataBreach breach = breach(r);
      String ctx = "seed " + seed + ", case " + i;
      assertEquals(req, Codec.decodeRequest(Codec.encodeRequest(req, IdentifierCipher.NONE), IdentifierCipher.NONE), ctx);
      assertEquals(req, Codec.decodeRequest(Codec.encodeRequest(req, KEY), KEY), ctx);
      assertEquals(task, Codec.decodeTask(Codec.encodeTask(task)), ctx);
      assertEquals(consent, Codec.decodeConsent(Codec.encodeConsent(consent)), ctx);
      assertEquals(breach, Codec.decodeBreach(Codec.encodeBreach(breach)), ctx);
      AuditEvent e = new AuditEvent(instant(r), text(r), text(r), "task", text(r), text(r), Map.of("k" + r.nextInt(3), text(r)));
      Committed c = new Committed(List.of(req), List.of(task), List.of(consent), List.of(breach), List.of(AuditChain.append(AuditCheckpoint.GENESIS, e)));
      assertEquals(c, Codec.decode(Codec.encode(c, IdentifierCipher.NONE), IdentifierCipher.NONE), ctx);
      assertEquals(Replayed.of(c), opened(Codec.decodeForReplay(Codec.encode(c, KEY)), KEY), ctx);
      assertEquals(Replayed.of(c), opened(Codec.decodeForReplay(Codec.encode(c, IdentifierCipher.NONE)), IdentifierCipher.NONE), ctx);
      // What compaction does: read and write again without a key, byte for byte the same meaning.
      byte[] sealed = Codec.encode(c, KEY);
      byte[] kept = Codec.encode(Codec.decode(sealed, IdentifierCipher.KEEP), IdentifierCipher.KEEP);
      assertEquals(c, Codec.decode(kept, KEY), ctx);
      // Journals written before identifiers carried their kind still read.
      assertEquals(c, Codec.decode(Codec.encodeFormat1(c), IdentifierCipher.NONE), ctx);
    }
  }

  /** What replay reads from a record, placed at an offset in a larger buffer as the journal's read buffer holds it. */
  @Test
  void replayReadsWhatDecodingReadsAndFindsEachTaskAgain() {
    long seed = Seeds.seed();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 300; i++) {
      List<SystemTask> tasks = new java.util.ArrayList<>();
      for (int t = r.nextInt(0, 4); t > 0; t--) {
        tasks.add(task(r));
      }
      List<io.github.trygg.dsr.audit.AuditEntry> entries = new java.util.ArrayList<>();
      AuditCheckpoint head = AuditCheckpoint.GENESIS;
      for (int a = r.nextInt(0, 3); a > 0; a--) {
        io.github.trygg.dsr.audit.AuditEntry entry = AuditChain.append(head, new AuditEvent(instant(r), text(r), text(r), "task", text(r), text(r), Map.of("k", text(r))));
        entries.add(entry);
        head = entry.checkpoint();
      }
      Committed c = new Committed(r.nextBoolean() ? List.of(request(r)) : List.of(), tasks, r.nextBoolean() ? List.of(consent(r)) : List.of(),
          r.nextBoolean() ? List.of(breach(r)) : List.of(), entries);
      byte[] record = Codec.encode(c, KEY);
      int offset = r.nextInt(0, 50);
      byte[] buffer = new byte[offset + record.length + r.nextInt(0, 50)];
      System.arraycopy(record, 0, buffer, offset, record.length);
      long fileOffset = 1000 + r.nextInt(1 << 20);
      List<Object> seen = new java.util.ArrayList<>();
      Codec.replay(buffer, offset, record.length, fileOffset, new Codec.ReplaySink() {
        @Override
        public void request(DataSubjectRequest request) {
          seen.add(KEY.open(request));
        }

        @Override
        public void task(String id, long version, byte[] data, int requestIdAt, int requestIdLength, long at) {
          SystemTask decoded = Codec.taskAt(buffer, (int) (at - fileOffset) + offset, buffer.length - ((int) (at - fileOffset) + offset));
          assertEquals(id, decoded.id());
          assertEquals(version, decoded.version());
          assertEquals(decoded.requestId(), new String(data, requestIdAt, requestIdLength, java.nio.charset.StandardCharsets.UTF_8));
          seen.add(decoded);
        }

        @Override
        public void consent(ConsentRecord consent) {
          seen.add(consent);
        }

        @Override
        public void breach(PersonalDataBreach breach) {
          seen.add(breach);
        }

        @Override
        public void audit(long firstSeq, long lastSeq, long hashFileOffset, int hashLength) {
          int at = (int) (hashFileOffset - fileOffset) + offset;
          seen.add(new AuditCheckpoint(lastSeq, new String(buffer, at, hashLength, java.nio.charset.StandardCharsets.UTF_8)));
          seen.add(firstSeq);
        }
      });
      List<Object> expected = new java.util.ArrayList<>();
      expected.addAll(c.requests());
      expected.addAll(c.tasks());
      expected.addAll(c.consents());
      expected.addAll(c.breaches());
      if (!entries.isEmpty()) {
        expected.add(head);
        expected.add(entries.get(0).seq());
      }
      assertEquals(expected, seen, "seed " + seed + ", case " + i);
      // A record cut short is refused, as decoding refuses it.
      int cut = r.nextInt(1, record.length);
      assertThrows(CodecException.class, () -> Codec.replay(record, 0, cut, 0, new Codec.ReplaySink() {
        @Override
        public void request(DataSubjectRequest request) {}

        @Override
        public void task(String id, long version, byte[] data, int requestIdAt, int requestIdLength, long at) {}

        @Override
        public void consent(ConsentRecord consent) {}

        @Override
        public void breach(PersonalDataBreach breach) {}

        @Override
        public void audit(long firstSeq, long lastSeq, long hashFileOffset, int hashLength) {}
      }), "seed " + seed + ", case " + i + ", cut at " + cut);
    }
  }


  @Test
  void aClearValueThatLooksEncryptedStaysClear() {
    for (String value : new String[] {"enc:k1:AAAA", "enc:dsr-test:" + "A".repeat(40), "enc:", "enc:x:", "\u0000e"}) {
      DataSubjectRequest req = DataSubjectRequest.builder().from(request(new SplittableRandom(3)))
          .identifiers(List.of(new SubjectIdentifier("device-id", value))).build();
      Committed c = new Committed(List.of(req), List.of(), List.of(), List.of(), List.of());
      assertEquals(c, Codec.decode(Codec.encode(c, IdentifierCipher.NONE), IdentifierCipher.NONE), value);
      assertEquals(c, Codec.decode(Codec.encode(c, IdentifierCipher.NONE), KEY), value);
      assertEquals(c, Codec.decode(Codec.encode(c, KEY), KEY), value);
      assertEquals(c, Codec.decode(Codec.encode(Codec.decode(Codec.encode(c, KEY), IdentifierCipher.KEEP), IdentifierCipher.KEEP), KEY), value);
    }
  }

  @Test
  void preReleaseEncryptionIsDecodedKeptByCompactionAndRefusedOnOpening() {
    DataSubjectRequest base = request(new SplittableRandom(4));
    String nonceAndTag = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[40]);
    // Format 1 marked an encrypted value by a well-formed prefix; anything else is clear.
    DataSubjectRequest old = DataSubjectRequest.builder().from(base).identifiers(List.of(new SubjectIdentifier("device-id", "enc:k1:" + nonceAndTag),
        new SubjectIdentifier("device-id", "enc:k1:AAAA"))).build();
    Committed c = new Committed(List.of(old), List.of(), List.of(), List.of(), List.of());
    UnreadableIdentifierException e = assertThrows(UnreadableIdentifierException.class, () -> Codec.decode(Codec.encodeFormat1(c), KEY));
    assertEquals(UnreadableIdentifierException.Reason.PRE_RELEASE_FORMAT, e.reason());
    assertEquals(old.id(), e.requestId());
    assertTrue(e.getMessage().contains("key 'k1'") && !e.getMessage().contains(nonceAndTag.substring(0, 8)), e.getMessage());
    // Format 2's kind 1, as a pre-release version wrote it: compaction carries it over untouched.
    byte[] kind1 = Codec.encode(Codec.decode(Codec.encodeFormat1(c), IdentifierCipher.KEEP), IdentifierCipher.KEEP);
    assertEquals(UnreadableIdentifierException.Reason.PRE_RELEASE_FORMAT,
        assertThrows(UnreadableIdentifierException.class, () -> Codec.decode(kind1, IdentifierCipher.NONE)).reason());
    DataSubjectRequest kept = Codec.decode(kind1, IdentifierCipher.KEEP).requests().get(0);
    assertEquals(new SubjectIdentifier("device-id", "enc:k1:AAAA"), KEY.open(DataSubjectRequest.builder().from(kept)
        .identifiers(List.of(kept.identifiers().get(1))).build()).identifiers().get(0));
  }

  @Test
  void aSealedValueNamesItsKeyVersionAndOpensOnlyInItsOwnRequestAndType() {
    DataSubjectRequest req = DataSubjectRequest.builder().from(request(new SplittableRandom(5)))
        .identifiers(List.of(new SubjectIdentifier("device-id", "LK-1"))).build();
    byte[] sealed = Codec.encodeRequest(req, KEY);
    String onDisk = new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(onDisk.contains(TestKeys.IDENTIFIERS + ".1.") && !onDisk.contains("LK-1"), "the key id and version, not the value");
    UnreadableIdentifierException none = assertThrows(UnreadableIdentifierException.class, () -> Codec.decodeRequest(sealed, IdentifierCipher.NONE));
    assertEquals(UnreadableIdentifierException.Reason.NO_KEYS, none.reason());
    assertEquals(Optional.of(new KeyRef(TestKeys.IDENTIFIERS, 1)), none.key());
    // The same sealed value under another request id does not open: it was bound to its own.
    byte[] moved = Codec.encodeRequest(DataSubjectRequest.builder().from(Codec.decodeRequest(sealed, IdentifierCipher.KEEP)).id("other").build(),
        IdentifierCipher.KEEP);
    assertEquals(UnreadableIdentifierException.Reason.NOT_AUTHENTIC,
        assertThrows(UnreadableIdentifierException.class, () -> Codec.decodeRequest(moved, KEY)).reason());
  }

  static final IdentifierCipher KEY = IdentifierCipher.sealing(ValueCipher.of(TestKeys.provider(), TestKeys.IDENTIFIERS, IdentifierCipher.DOMAIN));

  /** Replayed requests come back kept; opened, they are what was written. */
  static Replayed opened(Replayed r, IdentifierCipher cipher) {
    return new Replayed(r.requests().stream().map(cipher::open).toList(), r.tasks(), r.consents(), r.breaches(), r.firstAuditSeq(), r.lastAudit());
  }

  @Test
  void truncatedOrUnknownBytesAreRefused() {
    SplittableRandom r = new SplittableRandom(1);
    byte[] ok = Codec.encodeTask(task(r));
    assertThrows(StoreException.class, () -> Codec.decodeTask(java.util.Arrays.copyOf(ok, ok.length - 3)));
    byte[] future = ok.clone();
    future[0] = 9;
    assertThrows(StoreException.class, () -> Codec.decodeTask(future));
    byte[] longer = java.util.Arrays.copyOf(ok, ok.length + 1);
    assertThrows(StoreException.class, () -> Codec.decodeTask(longer));
  }

  static DataSubjectRequest request(SplittableRandom r) {
    RequestStatus status = pick(r, RequestStatus.values());
    LocalDate received = LocalDate.ofEpochDay(19_000 + r.nextInt(3000));
    Optional<Pause> pause = r.nextBoolean() ? Optional.of(new Pause(received.plusDays(1), r.nextBoolean() ? Optional.of(received.plusDays(3)) : Optional.empty(), "identity")) : Optional.empty();
    Deadline d = new Deadline(received, received.plusMonths(1), received.plusMonths(1), received.plusMonths(3),
        r.nextBoolean() ? Optional.of(new Extension("complexity", received.plusDays(5))) : Optional.empty(), pause.map(List::of).orElse(List.of()));
    Requester requester = switch (r.nextInt(3)) {
      case 0 -> Requester.self();
      case 1 -> new Requester.Guardian(text(r), new AuthorityEvidence(pick(r, EvidenceKind.values()), text(r), received));
      default -> new Requester.Representative(text(r), new AuthorityEvidence(pick(r, EvidenceKind.values()), text(r), received));
    };
    EnumSet<RequestType> types = EnumSet.of(pick(r, RequestType.values()), pick(r, RequestType.values()));
    return DataSubjectRequest.builder().id(text(r) + "x").version(1 + r.nextInt(100)).jurisdiction(pick(r, Jurisdiction.values()))
        .types(types).requester(requester).subjectCategory(text(r))
        .identifiers(r.nextBoolean() ? List.of(new SubjectIdentifier("device-id", text(r))) : List.of())
        .subjectRef(text(r)).receivedAt(instant(r))
        .identity(r.nextBoolean() ? Optional.of(new IdentityCheck(pick(r, IdentityMethod.values()), pick(r, AssuranceLevel.values()), instant(r), r.nextBoolean())) : Optional.empty())
        .status(status).heldFrom(status == RequestStatus.ON_HOLD ? Optional.of(RequestStatus.ASSESSING) : Optional.empty())
        .deadline(d).duplicateOf(opt(r)).rejectionGround(opt(r)).updatedAt(instant(r)).build();
  }

  static SystemTask task(SplittableRandom r) {
    boolean notice = r.nextBoolean();
    return SystemTask.builder().id(text(r)).version(1 + r.nextInt(9)).requestId(text(r)).systemId(text(r)).right(pick(r, RequestType.values()))
        .kind(notice ? TaskKind.NOTIFY_RECIPIENT : TaskKind.FULFIL).recipient(notice ? Optional.of(text(r)) : Optional.empty())
        .channel(pick(r, DsrChannel.values())).address(text(r)).viaProcessor(opt(r)).subProcessors(r.nextBoolean() ? List.of(text(r), text(r)) : List.of())
        .archiveStatus(pick(r, ArchiveStatus.values())).status(pick(r, TaskStatus.values()))
        .outcome(r.nextBoolean() ? Optional.of(pick(r, TaskOutcome.values())) : Optional.empty()).legalGround(opt(r)).externalRef(opt(r))
        .attempts(r.nextInt(5)).updatedAt(instant(r)).build();
  }

  static ConsentRecord consent(SplittableRandom r) {
    Instant given = instant(r);
    return new ConsentRecord(text(r), 1 + r.nextInt(3), text(r), text(r), text(r), r.nextBoolean() ? ConsentGiver.subject() : ConsentGiver.guardian(text(r)),
        given, r.nextBoolean() ? Optional.of(given.plusSeconds(r.nextInt(1_000_000))) : Optional.empty());
  }

  static PersonalDataBreach breach(SplittableRandom r) {
    long lo = r.nextInt(1000);
    return PersonalDataBreach.builder().id(text(r)).version(1 + r.nextInt(4)).awareAt(instant(r))
        .occurredAt(r.nextBoolean() ? Optional.of(instant(r)) : Optional.empty()).nature(EnumSet.of(pick(r, BreachNature.values())))
        .description(text(r)).systems(List.of(text(r))).dataCategories(List.of(text(r))).subjectCategories(List.of())
        .subjectsAffected(new Approximate(lo, lo + r.nextInt(100))).recordsAffected(Approximate.exactly(r.nextInt(50)))
        .likelyConsequences(text(r)).measuresTaken(text(r)).measuresProposed(text(r)).contactPoint(text(r)).risk(pick(r, BreachRisk.values()))
        .exemptions(r.nextBoolean() ? EnumSet.of(pick(r, Art34Exemption.values())) : EnumSet.noneOf(Art34Exemption.class))
        .processorNotice(r.nextBoolean() ? Optional.of(new ProcessorNotice(text(r), instant(r), r.nextBoolean() ? Optional.of(instant(r)) : Optional.empty())) : Optional.empty())
        .authorityNotifiedAt(r.nextBoolean() ? Optional.of(instant(r)) : Optional.empty()).delayReason(opt(r))
        .subjectsNotifiedAt(r.nextBoolean() ? Optional.of(instant(r)) : Optional.empty()).build();
  }

  private static final String ALPHABET = "abcåäöøæ ÅÄÖ-_/.:0189€😀\u0000";

  static String text(SplittableRandom r) {
    int n = r.nextInt(12);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, r.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
    }
    // Digits are kept apart so no text accidentally forms an identity number.
    return sb.toString().replaceAll("([0-9]{4})", "$1x");
  }

  static Optional<String> opt(SplittableRandom r) {
    return r.nextBoolean() ? Optional.of(text(r)) : Optional.empty();
  }

  static Instant instant(SplittableRandom r) {
    return Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000), r.nextInt(1_000_000_000));
  }

  static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
