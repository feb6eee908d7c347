package io.github.trygg.dsr.internal.codec;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.dsr.audit.AuditEntry;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A compact, versioned binary encoding of stored entities. Enums are written by name so adding a
 * constant never changes the meaning of old records.
 *
 * <p>Format 2 writes each identifier of a request with a kind byte — clear, or sealed under a named
 * key version ({@link IdentifierCipher}) — so no value can pass for the other. Format 1, which wrote
 * the value alone and marked encrypted ones by an {@code enc:} prefix, is still read.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Codec {
  /** Bump when the layout changes; readers refuse versions they do not know. */
  static final int FORMAT = 2;
  /** The layout before identifiers carried their kind. */
  static final int FORMAT_1 = 1;

  private Codec() {}

  // ---- whole changes ---------------------------------------------------------------------

  /** A change as it goes to disk, the identifiers of its requests through {@code cipher}. */
  public static byte[] encode(Committed c, IdentifierCipher cipher) {
    return bytes(out -> {
      out.writeByte(FORMAT);
      list(out, c.requests(), (o, r) -> request(o, r, cipher, FORMAT));
      list(out, c.tasks(), Codec::task);
      list(out, c.consents(), Codec::consent);
      list(out, c.breaches(), Codec::breach);
      list(out, c.audit(), Codec::auditEntry);
    });
  }

  /** A change with its requests' identifiers opened by {@code cipher} ({@link IdentifierCipher#KEEP}: left as on disk). */
  public static Committed decode(byte[] data, IdentifierCipher cipher) {
    Committed c = read(data, in -> {
      int format = format(in);
      return new Committed(list(in, i -> request(i, format)), list(in, Codec::task), list(in, Codec::consent), list(in, Codec::breach),
          list(in, Codec::auditEntry));
    });
    return new Committed(c.requests().stream().map(cipher::open).toList(), c.tasks(), c.consents(), c.breaches(), c.audit());
  }

  /** Only the audit entries of an encoded change; identifiers are not opened. */
  public static List<AuditEntry> decodeAudit(byte[] data) {
    return decode(data, IdentifierCipher.KEEP).audit();
  }

  /**
   * The entities and the audit range, without decoding the audit events (replay needs no more). The
   * requests' identifiers are left as they are on disk, for {@link IdentifierCipher#open} to open
   * when a request is read.
   */
  public static Replayed decodeForReplay(byte[] data) {
    return read(data, in -> {
      int format = format(in);
      List<DataSubjectRequest> requests = list(in, i -> request(i, format));
      List<SystemTask> tasks = list(in, Codec::task);
      List<ConsentRecord> consents = list(in, Codec::consent);
      List<PersonalDataBreach> breaches = list(in, Codec::breach);
      int n = in.readInt();
      long first = 0;
      Optional<io.github.trygg.dsr.audit.AuditCheckpoint> last = Optional.empty();
      for (int i = 0; i < n; i++) {
        long seq = in.readLong();
        skipString(in);
        String hash = str(in);
        int eventLength = in.readInt();
        in.skipNBytes(eventLength);
        if (i == 0) {
          first = seq;
        }
        last = Optional.of(new io.github.trygg.dsr.audit.AuditCheckpoint(seq, hash));
      }
      return new Replayed(requests, tasks, consents, breaches, first, last);
    });
  }

  /**
   * What replaying a change needs, handed out as it is read from the record's bytes: requests,
   * consents and breaches decoded; of each task version only its id, version and request and where
   * its encoding starts in the file (a journal keeps many versions of every task and decodes only
   * the last); of the audit entries their range and where the last one's hash is.
   */
  public interface ReplaySink {
    void request(DataSubjectRequest request);

    /**
     * A task version: its id and version, its request id as UTF-8 in {@code data[requestIdAt,
     * requestIdAt + requestIdLength)} (valid during the call only), and where its encoding starts
     * in the file.
     */
    void task(String id, long version, byte[] data, int requestIdAt, int requestIdLength, long fileOffset);

    void consent(ConsentRecord consent);

    void breach(PersonalDataBreach breach);

    /** A record with audit entries: the first and last sequence numbers and where the last hash's UTF-8 bytes are. */
    void audit(long firstSeq, long lastSeq, long hashFileOffset, int hashLength);
  }

  /**
   * Reads the change encoded in {@code data[offset, offset + length)}, which starts at {@code
   * fileOffset} in its file, into {@code sink}. Every part is checked as {@link #decodeForReplay}
   * checks it (lengths, enum names, nothing left over); task versions are stepped over rather than
   * built.
   */
  public static void replay(byte[] data, int offset, int length, long fileOffset, ReplaySink sink) {
    try {
      In in = new In(data, offset, length);
      long shift = fileOffset - offset;
      int format = format(in);
      int requests = count(in);
      for (int i = 0; i < requests; i++) {
        sink.request(request(in, format));
      }
      int tasks = count(in);
      for (int i = 0; i < tasks; i++) {
        long at = in.position() + shift;
        String id = str(in);
        long version = in.readLong();
        int requestIdLength = in.readInt();
        if (requestIdLength < 0 || requestIdLength > in.available()) {
          throw new IOException("bad string length " + requestIdLength);
        }
        int requestIdAt = in.position();
        in.skipNBytes(requestIdLength);
        skipTaskRest(in);
        sink.task(id, version, data, requestIdAt, requestIdLength, at);
      }
      int consents = count(in);
      for (int i = 0; i < consents; i++) {
        sink.consent(consent(in));
      }
      int breaches = count(in);
      for (int i = 0; i < breaches; i++) {
        sink.breach(breach(in));
      }
      int entries = count(in);
      long first = 0;
      long last = 0;
      long hashAt = 0;
      int hashLength = 0;
      for (int i = 0; i < entries; i++) {
        long seq = in.readLong();
        skipString(in);
        hashLength = in.readInt();
        if (hashLength < 0 || hashLength > in.available()) {
          throw new IOException("bad string length " + hashLength);
        }
        hashAt = in.position() + shift;
        in.skipNBytes(hashLength);
        int eventLength = in.readInt();
        in.skipNBytes(eventLength);
        if (i == 0) {
          first = seq;
        }
        last = seq;
      }
      if (entries > 0) {
        sink.audit(first, last, hashAt, hashLength);
      }
      if (in.available() != 0) {
        throw new IOException(in.available() + " bytes left over");
      }
    } catch (StoreException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new CodecException("a stored record cannot be decoded (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** The task whose encoding starts at {@code offset} in {@code data} (and ends at or before {@code offset + length}). */
  public static SystemTask taskAt(byte[] data, int offset, int length) {
    try {
      return task(new In(data, offset, length));
    } catch (IOException | RuntimeException e) {
      throw new CodecException("a stored record cannot be decoded (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static int count(In in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad list length " + n);
    }
    return n;
  }

  /**
   * Steps over what {@link #task(In)} reads after the request id, checking every length. The
   * values (enum names among them) are checked when the version is decoded: a version another one
   * replaces never is, and cannot change what the store holds.
   */
  private static void skipTaskRest(In in) throws IOException {
    skipString(in); // system
    skipString(in); // right
    skipString(in); // kind
    if (in.readBoolean()) {
      skipString(in); // recipient
    }
    skipString(in); // channel
    skipString(in); // address
    if (in.readBoolean()) {
      skipString(in); // via processor
    }
    int subProcessors = count(in);
    for (int i = 0; i < subProcessors; i++) {
      skipString(in);
    }
    skipString(in); // archive status
    skipString(in); // status
    if (in.readBoolean()) {
      skipString(in); // outcome
    }
    if (in.readBoolean()) {
      skipString(in); // legal ground
    }
    if (in.readBoolean()) {
      skipString(in); // external reference
    }
    in.readInt(); // attempts
    in.readLong(); // updated at: seconds
    in.readInt(); // and nanoseconds
  }

  // ---- single entities (for stores that keep one row per entity) ---------------------------

  public static byte[] encodeRequest(DataSubjectRequest r, IdentifierCipher cipher) {
    return bytes(out -> {
      out.writeByte(FORMAT);
      request(out, r, cipher, FORMAT);
    });
  }

  /** A request with its identifiers opened by {@code cipher}. */
  public static DataSubjectRequest decodeRequest(byte[] data, IdentifierCipher cipher) {
    return cipher.open(read(data, in -> request(in, format(in))));
  }

  /** A change in format 1, as journals were written before identifiers carried their kind: for tests that old journals still read. */
  static byte[] encodeFormat1(Committed c) {
    return bytes(out -> {
      out.writeByte(FORMAT_1);
      list(out, c.requests(), (o, r) -> request(o, r, IdentifierCipher.NONE, FORMAT_1));
      list(out, c.tasks(), Codec::task);
      list(out, c.consents(), Codec::consent);
      list(out, c.breaches(), Codec::breach);
      list(out, c.audit(), Codec::auditEntry);
    });
  }

  public static byte[] encodeTask(SystemTask t) {
    return bytes(out -> {
      out.writeByte(FORMAT);
      task(out, t);
    });
  }

  public static SystemTask decodeTask(byte[] data) {
    return read(data, in -> {
      format(in);
      return task(in);
    });
  }

  public static byte[] encodeConsent(ConsentRecord c) {
    return bytes(out -> {
      out.writeByte(FORMAT);
      consent(out, c);
    });
  }

  public static ConsentRecord decodeConsent(byte[] data) {
    return read(data, in -> {
      format(in);
      return consent(in);
    });
  }

  public static byte[] encodeBreach(PersonalDataBreach b) {
    return bytes(out -> {
      out.writeByte(FORMAT);
      breach(out, b);
    });
  }

  public static PersonalDataBreach decodeBreach(byte[] data) {
    return read(data, in -> {
      format(in);
      return breach(in);
    });
  }

  public static byte[] encodeAuditEvent(AuditEvent e) {
    return bytes(out -> {
      out.writeByte(FORMAT);
      auditEvent(out, e);
    });
  }

  public static AuditEvent decodeAuditEvent(byte[] data) {
    return read(data, in -> {
      format(in);
      return auditEvent(in);
    });
  }

  // ---- entities ------------------------------------------------------------------------------

  static void request(Out out, DataSubjectRequest r, IdentifierCipher cipher, int format) throws IOException {
    str(out, r.id());
    out.writeLong(r.version());
    en(out, r.jurisdiction());
    out.writeShort(r.types().size());
    for (RequestType t : r.types()) {
      en(out, t);
    }
    requester(out, r.requester());
    str(out, r.subjectCategory());
    out.writeShort(r.identifiers().size());
    for (SubjectIdentifier id : r.identifiers()) {
      str(out, id.type());
      if (format == FORMAT_1) {
        str(out, id.value());
      } else {
        cipher.write(out, r.id(), id);
      }
    }
    str(out, r.subjectRef());
    instant(out, r.receivedAt());
    opt(out, r.identity(), (o, c) -> {
      en(o, c.method());
      en(o, c.level());
      instant(o, c.at());
      o.writeBoolean(c.passed());
    });
    en(out, r.status());
    opt(out, r.heldFrom(), Codec::en);
    deadline(out, r.deadline());
    opt(out, r.duplicateOf(), Codec::str);
    opt(out, r.rejectionGround(), Codec::str);
    instant(out, r.updatedAt());
  }

  /** A request with its identifiers in the kept form of {@link IdentifierCipher#read}. */
  static DataSubjectRequest request(In in, int format) throws IOException {
    String requestId = str(in);
    DataSubjectRequest.Builder b = DataSubjectRequest.builder().id(requestId).version(in.readLong()).jurisdiction(en(in, Jurisdiction.class));
    int types = in.readShort();
    for (int i = 0; i < types; i++) {
      b.addTypes(en(in, RequestType.class));
    }
    b.requester(requester(in)).subjectCategory(str(in));
    int ids = in.readShort();
    for (int i = 0; i < ids; i++) {
      String type = str(in);
      b.addIdentifiers(format == FORMAT_1 ? IdentifierCipher.readFormat1(type, str(in)) : IdentifierCipher.read(in, type));
    }
    b.subjectRef(str(in)).receivedAt(instant(in));
    b.identity(opt(in, i -> new IdentityCheck(en(i, IdentityMethod.class), en(i, AssuranceLevel.class), instant(i), i.readBoolean())));
    b.status(en(in, RequestStatus.class));
    b.heldFrom(opt(in, i -> en(i, RequestStatus.class)));
    b.deadline(deadline(in));
    b.duplicateOf(opt(in, Codec::str));
    b.rejectionGround(opt(in, Codec::str));
    return b.updatedAt(instant(in)).build();
  }

  private static void requester(Out out, Requester r) throws IOException {
    if (r instanceof Requester.Guardian g) {
      out.writeByte(1);
      str(out, g.guardianRef());
      evidence(out, g.evidence());
    } else if (r instanceof Requester.Representative p) {
      out.writeByte(2);
      str(out, p.representativeRef());
      evidence(out, p.evidence());
    } else {
      out.writeByte(0);
    }
  }

  private static Requester requester(In in) throws IOException {
    int kind = in.readByte();
    switch (kind) {
      case 0:
        return Requester.self();
      case 1:
        return new Requester.Guardian(str(in), evidence(in));
      case 2:
        return new Requester.Representative(str(in), evidence(in));
      default:
        throw new IOException("unknown requester kind " + kind);
    }
  }

  private static void evidence(Out out, AuthorityEvidence e) throws IOException {
    en(out, e.kind());
    str(out, e.reference());
    date(out, e.checkedOn());
  }

  private static AuthorityEvidence evidence(In in) throws IOException {
    return new AuthorityEvidence(en(in, EvidenceKind.class), str(in), date(in));
  }

  private static void deadline(Out out, Deadline d) throws IOException {
    date(out, d.received());
    date(out, d.initialDue());
    date(out, d.extensionNoticeBy());
    date(out, d.extendedDue());
    opt(out, d.extension(), (o, x) -> {
      str(o, x.reasonCode());
      date(o, x.noticeSentOn());
    });
    list(out, d.pauses(), (o, p) -> {
      date(o, p.from());
      opt(o, p.to(), Codec::date);
      str(o, p.reasonCode());
    });
  }

  private static Deadline deadline(In in) throws IOException {
    LocalDate received = date(in);
    LocalDate initial = date(in);
    LocalDate noticeBy = date(in);
    LocalDate extended = date(in);
    Optional<Extension> extension = opt(in, i -> new Extension(str(i), date(i)));
    List<Pause> pauses = list(in, i -> new Pause(date(i), opt(i, Codec::date), str(i)));
    return new Deadline(received, initial, noticeBy, extended, extension, pauses);
  }

  static void task(Out out, SystemTask t) throws IOException {
    str(out, t.id());
    out.writeLong(t.version());
    str(out, t.requestId());
    str(out, t.systemId());
    en(out, t.right());
    en(out, t.kind());
    opt(out, t.recipient(), Codec::str);
    en(out, t.channel());
    str(out, t.address());
    opt(out, t.viaProcessor(), Codec::str);
    list(out, t.subProcessors(), Codec::str);
    en(out, t.archiveStatus());
    en(out, t.status());
    opt(out, t.outcome(), Codec::en);
    opt(out, t.legalGround(), Codec::str);
    opt(out, t.externalRef(), Codec::str);
    out.writeInt(t.attempts());
    instant(out, t.updatedAt());
  }

  static SystemTask task(In in) throws IOException {
    return SystemTask.builder()
        .id(str(in))
        .version(in.readLong())
        .requestId(str(in))
        .systemId(str(in))
        .right(en(in, RequestType.class))
        .kind(en(in, TaskKind.class))
        .recipient(opt(in, Codec::str))
        .channel(en(in, DsrChannel.class))
        .address(str(in))
        .viaProcessor(opt(in, Codec::str))
        .subProcessors(list(in, Codec::str))
        .archiveStatus(en(in, ArchiveStatus.class))
        .status(en(in, TaskStatus.class))
        .outcome(opt(in, i -> en(i, TaskOutcome.class)))
        .legalGround(opt(in, Codec::str))
        .externalRef(opt(in, Codec::str))
        .attempts(in.readInt())
        .updatedAt(instant(in))
        .build();
  }

  static void consent(Out out, ConsentRecord c) throws IOException {
    str(out, c.id());
    out.writeLong(c.version());
    str(out, c.subjectRef());
    str(out, c.purposeId());
    str(out, c.noticeVersion());
    if (c.givenBy() instanceof ConsentGiver.Guardian g) {
      out.writeByte(1);
      str(out, g.guardianRef());
    } else {
      out.writeByte(0);
    }
    instant(out, c.givenAt());
    opt(out, c.withdrawnAt(), Codec::instant);
  }

  static ConsentRecord consent(In in) throws IOException {
    String id = str(in);
    long version = in.readLong();
    String subject = str(in);
    String purpose = str(in);
    String notice = str(in);
    ConsentGiver by = in.readByte() == 1 ? ConsentGiver.guardian(str(in)) : ConsentGiver.subject();
    return new ConsentRecord(id, version, subject, purpose, notice, by, instant(in), opt(in, Codec::instant));
  }

  static void breach(Out out, PersonalDataBreach b) throws IOException {
    str(out, b.id());
    out.writeLong(b.version());
    instant(out, b.awareAt());
    opt(out, b.occurredAt(), Codec::instant);
    enums(out, b.nature());
    str(out, b.description());
    list(out, b.systems(), Codec::str);
    list(out, b.dataCategories(), Codec::str);
    list(out, b.subjectCategories(), Codec::str);
    out.writeLong(b.subjectsAffected().min());
    out.writeLong(b.subjectsAffected().max());
    out.writeLong(b.recordsAffected().min());
    out.writeLong(b.recordsAffected().max());
    str(out, b.likelyConsequences());
    str(out, b.measuresTaken());
    str(out, b.measuresProposed());
    str(out, b.contactPoint());
    en(out, b.risk());
    enums(out, b.exemptions());
    opt(out, b.processorNotice(), (o, p) -> {
      str(o, p.processorId());
      instant(o, p.processorAwareAt());
      opt(o, p.controllerNotifiedAt(), Codec::instant);
    });
    opt(out, b.authorityNotifiedAt(), Codec::instant);
    opt(out, b.delayReason(), Codec::str);
    opt(out, b.subjectsNotifiedAt(), Codec::instant);
  }

  static PersonalDataBreach breach(In in) throws IOException {
    return PersonalDataBreach.builder()
        .id(str(in))
        .version(in.readLong())
        .awareAt(instant(in))
        .occurredAt(opt(in, Codec::instant))
        .nature(enums(in, BreachNature.class))
        .description(str(in))
        .systems(list(in, Codec::str))
        .dataCategories(list(in, Codec::str))
        .subjectCategories(list(in, Codec::str))
        .subjectsAffected(new Approximate(in.readLong(), in.readLong()))
        .recordsAffected(new Approximate(in.readLong(), in.readLong()))
        .likelyConsequences(str(in))
        .measuresTaken(str(in))
        .measuresProposed(str(in))
        .contactPoint(str(in))
        .risk(en(in, BreachRisk.class))
        .exemptions(enums(in, Art34Exemption.class))
        .processorNotice(opt(in, i -> new ProcessorNotice(str(i), instant(i), opt(i, Codec::instant))))
        .authorityNotifiedAt(opt(in, Codec::instant))
        .delayReason(opt(in, Codec::str))
        .subjectsNotifiedAt(opt(in, Codec::instant))
        .build();
  }

  /** The event is length-prefixed so replay can step over it. */
  static void auditEntry(Out out, AuditEntry e) throws IOException {
    out.writeLong(e.seq());
    str(out, e.previousHash());
    str(out, e.hash());
    byte[] event = bytes(o -> auditEvent(o, e.event()));
    out.writeInt(event.length);
    out.write(event);
  }

  static AuditEntry auditEntry(In in) throws IOException {
    long seq = in.readLong();
    String previous = str(in);
    String hash = str(in);
    in.readInt();
    return new AuditEntry(seq, auditEvent(in), previous, hash);
  }

  static void auditEvent(Out out, AuditEvent e) throws IOException {
    instant(out, e.at());
    str(out, e.actor());
    str(out, e.action());
    str(out, e.entityType());
    str(out, e.entityId());
    str(out, e.subjectRef());
    out.writeShort(e.details().size());
    for (Map.Entry<String, String> d : e.details().entrySet()) {
      str(out, d.getKey());
      str(out, d.getValue());
    }
  }

  static AuditEvent auditEvent(In in) throws IOException {
    Instant at = instant(in);
    String actor = str(in);
    String action = str(in);
    String entityType = str(in);
    String entityId = str(in);
    String subject = str(in);
    int n = in.readShort();
    Map<String, String> details = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      details.put(str(in), str(in));
    }
    return new AuditEvent(at, actor, action, entityType, entityId, subject, details);
  }

  // ---- primitives ----------------------------------------------------------------------------

  interface Writer<T> {
    void write(Out out, T value) throws IOException;
  }

  interface Reader<T> {
    T read(In in) throws IOException;
  }

  interface Body {
    void write(Out out) throws IOException;
  }

  private static byte[] bytes(Body body) {
    try {
      Out out = new Out(256);
      body.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(byte[] data, Reader<T> reader) {
    try {
      In in = new In(data);
      T value = reader.read(in);
      if (in.available() != 0) {
        throw new IOException(in.available() + " bytes left over");
      }
      return value;
    } catch (StoreException e) {
      // A value that decodes but cannot be opened (a key not given) says so itself.
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new CodecException("a stored record cannot be decoded (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static int format(In in) throws IOException {
    int format = in.readByte();
    if (format != FORMAT && format != FORMAT_1) {
      throw new IOException("unknown record format " + format);
    }
    return format;
  }

  static byte[] bytes(In in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad byte string length " + n);
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  static void bytes(Out out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  static void str(Out out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String str(In in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad string length " + n);
    }
    return in.utf8(n);
  }

  private static void skipString(In in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad string length " + n);
    }
    in.skipNBytes(n);
  }

  static void en(Out out, Enum<?> e) throws IOException {
    str(out, e.name());
  }

  static <E extends Enum<E>> E en(In in, Class<E> type) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad string length " + n);
    }
    // The constants' names compared as bytes: no string made for each enum read.
    Names names = NAMES.get(type);
    for (int i = 0; i < names.bytes.length; i++) {
      if (in.takeIfEqual(names.bytes[i], n)) {
        return type.cast(names.constants[i]);
      }
    }
    return Enum.valueOf(type, in.utf8(n));
  }

  /** An enum's constants and their names in UTF-8. */
  private record Names(Object[] constants, byte[][] bytes) {}

  private static final ClassValue<Names> NAMES = new ClassValue<>() {
    @Override
    protected Names computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      byte[][] bytes = new byte[constants.length][];
      for (int i = 0; i < constants.length; i++) {
        bytes[i] = ((Enum<?>) constants[i]).name().getBytes(StandardCharsets.UTF_8);
      }
      return new Names(constants, bytes);
    }
  };

  private static <E extends Enum<E>> void enums(Out out, Set<E> set) throws IOException {
    out.writeShort(set.size());
    for (E e : set) {
      en(out, e);
    }
  }

  private static <E extends Enum<E>> Set<E> enums(In in, Class<E> type) throws IOException {
    int n = in.readShort();
    Set<E> set = EnumSet.noneOf(type);
    for (int i = 0; i < n; i++) {
      set.add(en(in, type));
    }
    return set;
  }

  static void instant(Out out, Instant t) throws IOException {
    out.writeLong(t.getEpochSecond());
    out.writeInt(t.getNano());
  }

  static Instant instant(In in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }

  static void date(Out out, LocalDate d) throws IOException {
    out.writeLong(d.toEpochDay());
  }

  static LocalDate date(In in) throws IOException {
    return LocalDate.ofEpochDay(in.readLong());
  }

  private static <T> void opt(Out out, Optional<T> value, Writer<T> writer) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      writer.write(out, value.get());
    }
  }

  private static <T> Optional<T> opt(In in, Reader<T> reader) throws IOException {
    return in.readBoolean() ? Optional.of(reader.read(in)) : Optional.empty();
  }

  private static <T> void list(Out out, List<T> values, Writer<T> writer) throws IOException {
    out.writeInt(values.size());
    for (T v : values) {
      writer.write(out, v);
    }
  }

  private static <T> List<T> list(In in, Reader<T> reader) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad list length " + n);
    }
    List<T> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(reader.read(in));
    }
    return values;
  }
}
