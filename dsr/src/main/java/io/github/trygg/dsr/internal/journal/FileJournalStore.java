package io.github.trygg.dsr.internal.journal;

import io.github.trygg.dsr.audit.AuditChain;
import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.audit.AuditEvent;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.internal.codec.Codec;
import io.github.trygg.dsr.internal.codec.Committed;
import io.github.trygg.dsr.internal.codec.IdentifierCipher;
import io.github.trygg.dsr.internal.codec.Replayed;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.StaleVersionException;
import io.github.trygg.dsr.store.StoreException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32C;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only journal file of committed changes. Each record is {@code length (4) ‖ CRC32C (4) ‖
 * payload}; the file starts with an 8-byte magic. On opening, every record is checked and replayed;
 * a last record that is cut short or fails its checksum (a write torn by a crash) is cut off, while
 * a bad record followed by good ones is damage and refuses to open.
 *
 * <p>A commit is acknowledged only after an fsync that covers it. In {@link SyncMode#GROUPED}
 * commits share fsyncs, and a few may run at once (see {@link #awaitDurable}); an optional batch
 * window lets one syncing thread at a time wait a little for more.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FileJournalStore implements DsrStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileJournalStore.class);
  static final byte[] MAGIC = "TRYGGDJ1".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER = 8;
  static final int MAX_RECORD = 64 << 20;
  /** The smallest encoded change: a format byte and five empty lists. */
  static final int MIN_PAYLOAD = 21;

  private final Path file;
  private final IdentifierCipher cipher;
  private final FileChannel channel;
  private final FileLock lock;
  private final SyncMode mode;
  private final long batchWindowNanos;

  // Write side: guarded by writeLock.
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Map<String, Long> requestVersions = new HashMap<>();
  private final Map<String, Long> taskVersions = new HashMap<>();
  private final Map<String, Long> consentVersions = new HashMap<>();
  private final Map<String, Long> breachVersions = new HashMap<>();
  private AuditCheckpoint writeHead = AuditCheckpoint.GENESIS;
  private volatile long written;

  // Sync side: guarded by syncMonitor.
  private final Object syncMonitor = new Object();
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private long durable;
  /** fsyncs running now, and the end of the file the latest of them covers. */
  private int syncing;
  private long covering;
  /** At most this many fsyncs at a time by default; more gain nothing and only queue in the kernel. */
  static final int SYNCERS = 4;
  private final int syncers;

  private final ReadView view = new ReadView();
  private volatile boolean closed;
  private volatile boolean failed;
  private final Recovery recovery;

  private record Pending(long start, long end, Replayed change) {}

  /** What opening found: records replayed and bytes cut from a torn end. */
  public record Recovery(long records, long bytesTruncated, Duration took) {}

  private FileJournalStore(Path file, SyncMode mode, Duration batchWindow, IdentifierCipher cipher, int syncers) {
    this.file = file;
    this.cipher = cipher;
    this.mode = mode;
    this.batchWindowNanos = batchWindow.toNanos();
    if (syncers < 1) {
      throw new IllegalArgumentException("at least one fsync at a time");
    }
    this.syncers = batchWindowNanos > 0 ? 1 : syncers;
    long t0 = System.nanoTime();
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        OwnerOnly.createDirectories(dir);
      }
      boolean created = OwnerOnly.createFile(file);
      if (!created) {
        OwnerOnly.warnIfShared(file, LOG);
      }
      this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        channel.close();
        throw new StoreException("the journal " + file.getFileName() + " is open in another process or store");
      }
      this.lock = l;
      if (created || channel.size() == 0) {
        channel.write(ByteBuffer.wrap(MAGIC), 0);
        channel.force(true);
        if (dir != null) {
          syncDirectory(dir);
        }
      }
      long[] result;
      try {
        result = replay();
      } catch (RuntimeException e) {
        // A journal that cannot be read (damaged, or sealed under a key not given) stays closed and unlocked.
        channel.close();
        throw e;
      }
      this.written = channel.size();
      this.durable = written;
      this.recovery = new Recovery(result[0], result[1], Duration.ofNanos(System.nanoTime() - t0));
      if (result[1] > 0) {
        LOG.warn("journal {}: cut {} bytes of a torn last record", file.getFileName(), result[1]);
      }
    } catch (IOException e) {
      throw new StoreException("cannot open the journal " + file.getFileName() + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  public static FileJournalStore open(Path file, SyncMode mode, Duration batchWindow) {
    return open(file, mode, batchWindow, IdentifierCipher.NONE);
  }

  /** With the identifiers of requests sealed on disk by {@code cipher}; in memory they stay sealed until read. */
  public static FileJournalStore open(Path file, SyncMode mode, Duration batchWindow, IdentifierCipher cipher) {
    return new FileJournalStore(file, mode, batchWindow, cipher, SYNCERS);
  }

  /** As {@link #open(Path, SyncMode, Duration, IdentifierCipher)} with at most {@code syncers} fsyncs at a time (one: strictly one after the other). */
  public static FileJournalStore open(Path file, SyncMode mode, Duration batchWindow, IdentifierCipher cipher, int syncers) {
    return new FileJournalStore(file, mode, batchWindow, cipher, syncers);
  }

  public Recovery recovery() {
    return recovery;
  }

  public Path file() {
    return file;
  }

  // ---- recovery ---------------------------------------------------------------------------

  /** Returns {records, bytes truncated}. */
  private long[] replay() throws IOException {
    long size = channel.size();
    if (size < HEADER) {
      throw new StoreException("the journal " + file.getFileName() + " is shorter than its header");
    }
    ByteBuffer magic = ByteBuffer.allocate(HEADER);
    readFully(magic, 0);
    if (!java.util.Arrays.equals(magic.array(), MAGIC)) {
      throw new StoreException("the file " + file.getFileName() + " is not a Trygg journal");
    }
    long pos = HEADER;
    long records = 0;
    Window window = new Window(size);
    CRC32C crc = new CRC32C();
    Replay replay = new Replay();
    while (pos < size) {
      if (size - pos < 8) {
        replay.finish(window);
        return truncate(pos, size, records);
      }
      ByteBuffer head = window.at(pos, 8);
      int length = head.getInt();
      int checksum = head.getInt();
      long end = pos + 8 + (long) length;
      if (length < MIN_PAYLOAD || length > MAX_RECORD || end > size) {
        // A record cut short or garbled by a crash is the last thing in the file: nothing valid
        // follows it. A bad record with good ones after it is damage, never silently cut.
        if (anyValidRecordAfter(window, pos + 1, size, crc)) {
          throw damaged(pos);
        }
        replay.finish(window);
        return truncate(pos, size, records);
      }
      ByteBuffer body = window.at(pos + 8, length);
      byte[] bytes = body.array();
      int offset = body.arrayOffset() + body.position();
      crc.reset();
      crc.update(bytes, offset, length);
      if ((int) crc.getValue() != checksum) {
        if (anyValidRecordAfter(window, pos + 1, size, crc)) {
          throw damaged(pos);
        }
        replay.finish(window);
        return truncate(pos, size, records);
      }
      replay.record = pos;
      replay.recordEnd = end;
      // Straight from the read buffer, no copy of the record.
      Codec.replay(bytes, offset, length, pos + 8, replay);
      records++;
      pos = end;
    }
    replay.finish(window);
    checkKeys();
    return new long[] {records, 0};
  }

  /**
   * Replay into the write side and the read view, record by record, except tasks: a journal holds
   * every version of every task, of which only the last is seen, so their versions are followed
   * and only the last of each is decoded, from the file, once every record has been checked.
   */
  private final class Replay implements Codec.ReplaySink {
    long record;
    long recordEnd;
    private final Map<String, LastVersion> tasks = new HashMap<>(1 << 16);
    /** Each request's tasks, for the index: built here and handed over whole. */
    private final Map<String, List<String>> byRequest = new HashMap<>();
    private long lastSeq;
    private long hashAt = -1;
    private int hashLength;

    /** Where the last version of a task seen so far is. */
    private static final class LastVersion {
      final String id;
      private byte[] requestId;
      long version;
      long at;
      long end;

      LastVersion(String id, String requestId) {
        this.id = id;
        request(requestId);
      }

      void request(String id) {
        this.requestId = id.getBytes(StandardCharsets.UTF_8);
      }

      boolean sameRequest(byte[] data, int at, int length) {
        return java.util.Arrays.equals(data, at, at + length, requestId, 0, requestId.length);
      }
    }

    @Override
    public void request(DataSubjectRequest r) {
      requestVersions.put(r.id(), r.version());
      view.request(r);
    }

    @Override
    public void task(String id, long version, byte[] data, int requestIdAt, int requestIdLength, long at) {
      LastVersion last = tasks.get(id);
      if (last == null) {
        String requestId = new String(data, requestIdAt, requestIdLength, StandardCharsets.UTF_8);
        last = new LastVersion(id, requestId);
        tasks.put(id, last);
        byRequest.computeIfAbsent(requestId, k -> new ArrayList<>(4)).add(id);
      } else if (!last.sameRequest(data, requestIdAt, requestIdLength)) {
        // Listed under every request it was ever under, as applying each version would list it.
        String requestId = new String(data, requestIdAt, requestIdLength, StandardCharsets.UTF_8);
        byRequest.computeIfAbsent(requestId, k -> new ArrayList<>(4)).add(id);
        last.request(requestId);
      }
      last.version = version;
      last.at = at;
      last.end = recordEnd;
    }

    @Override
    public void consent(ConsentRecord c) {
      consentVersions.put(c.id(), c.version());
      view.consent(c);
    }

    @Override
    public void breach(PersonalDataBreach b) {
      breachVersions.put(b.id(), b.version());
      view.breach(b);
    }

    @Override
    public void audit(long firstSeq, long lastSeq, long hashFileOffset, int hashLength) {
      // The checkpoint itself is read once, for the last record: every record's is a placeholder until then.
      view.auditRecord(firstSeq, record, AuditCheckpoint.GENESIS);
      this.lastSeq = lastSeq;
      this.hashAt = hashFileOffset;
      this.hashLength = hashLength;
    }

    /** Decodes the last version of every task, in file order, and the audit chain's head. */
    void finish(Window window) throws IOException {
      List<LastVersion> all = new ArrayList<>(tasks.values());
      all.sort(java.util.Comparator.comparingLong(v -> v.at));
      Map<String, SystemTask> decoded = new HashMap<>(all.size() * 2);
      for (LastVersion v : all) {
        ByteBuffer b = window.at(v.at, (int) (v.end - v.at));
        SystemTask task = Codec.taskAt(b.array(), b.arrayOffset() + b.position(), (int) (v.end - v.at));
        if (!task.id().equals(v.id) || task.version() != v.version) {
          throw new StoreException("the journal " + file.getFileName() + " is damaged: a task's record does not hold what was read from it");
        }
        taskVersions.put(v.id, v.version);
        decoded.put(v.id, task);
      }
      // Whole maps at once: the view's concurrent maps are sized once instead of growing step by step.
      view.tasks(decoded, byRequest);
      if (hashAt >= 0) {
        ByteBuffer h = window.at(hashAt, hashLength);
        AuditCheckpoint head = new AuditCheckpoint(lastSeq, new String(h.array(), h.arrayOffset() + h.position(), hashLength, StandardCharsets.UTF_8));
        writeHead = head;
        view.head(head);
      }
    }
  }

  /**
   * Whether a well-formed record (plausible length, matching checksum) starts anywhere in
   * [from, size). Only called when a record is bad, to tell a torn tail from damage in the middle.
   */
  private boolean anyValidRecordAfter(Window window, long from, long size, CRC32C crc) throws IOException {
    for (long p = from; p + 8 <= size; p++) {
      ByteBuffer head = window.at(p, 8);
      int length = head.getInt();
      int checksum = head.getInt();
      if (length < MIN_PAYLOAD || length > MAX_RECORD || p + 8 + (long) length > size) {
        continue;
      }
      ByteBuffer body = window.at(p + 8, length);
      crc.reset();
      crc.update(body.duplicate());
      if ((int) crc.getValue() != checksum) {
        continue;
      }
      // A checksum can match by chance in arbitrary bytes; a payload that also decodes cannot.
      byte[] payload = new byte[length];
      body.get(payload);
      try {
        Codec.decodeForReplay(payload);
        return true;
      } catch (StoreException notARecord) {
        // keep looking
      }
    }
    return false;
  }

  /** Large sequential reads of the file; hands out views of byte ranges inside them. */
  private final class Window {
    private final long size;
    private ByteBuffer buffer = ByteBuffer.allocate(4 << 20);
    private long start;
    private int filled;

    Window(long size) {
      this.size = size;
    }

    ByteBuffer at(long pos, int length) throws IOException {
      if (pos < start || pos + length > start + filled) {
        if (length > buffer.capacity()) {
          buffer = ByteBuffer.allocate(length);
        }
        buffer.clear();
        int n = (int) Math.min(buffer.capacity(), size - pos);
        buffer.limit(n);
        readFully(buffer, pos);
        start = pos;
        filled = n;
      }
      ByteBuffer view = buffer.duplicate();
      view.limit((int) (pos - start) + length);
      view.position((int) (pos - start));
      return view;
    }
  }

  private long[] truncate(long pos, long size, long records) throws IOException {
    channel.truncate(pos);
    channel.force(true);
    return new long[] {records, size - pos};
  }

  private StoreException damaged(long pos) {
    return new StoreException("the journal " + file.getFileName() + " is damaged at byte " + pos
        + ": a record fails its checksum but is followed by more data; restore it from a backup");
  }

  private void readFully(ByteBuffer buffer, long position) throws IOException {
    long p = position;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, p);
      if (n < 0) {
        throw new IOException("unexpected end of the journal");
      }
      p += n;
    }
  }

  /**
   * A journal opened without keys, or with other keys than it was sealed under, is a mistake to
   * report now. A destroyed or disabled version is not: it makes only its own requests unreadable,
   * and versions of requests written since are never opened.
   */
  private void checkKeys() {
    cipher.checkKeys(view.requests.values());
  }

  private void applyWriteSide(Replayed c) {
    c.requests().forEach(r -> requestVersions.put(r.id(), r.version()));
    c.tasks().forEach(t -> taskVersions.put(t.id(), t.version()));
    c.consents().forEach(r -> consentVersions.put(r.id(), r.version()));
    c.breaches().forEach(b -> breachVersions.put(b.id(), b.version()));
    c.lastAudit().ifPresent(h -> writeHead = h);
  }

  // ---- writing ------------------------------------------------------------------------------

  @Override
  public List<AuditEntry> commit(Change change) {
    long end;
    Committed committed;
    writeLock.lock();
    try {
      ensureUsable();
      for (DataSubjectRequest r : change.requests()) {
        checkVersion("request", r.id(), r.version(), requestVersions);
      }
      for (SystemTask t : change.tasks()) {
        checkVersion("task", t.id(), t.version(), taskVersions);
      }
      for (ConsentRecord c : change.consents()) {
        checkVersion("consent", c.id(), c.version(), consentVersions);
      }
      for (PersonalDataBreach b : change.breaches()) {
        checkVersion("breach", b.id(), b.version(), breachVersions);
      }
      List<AuditEntry> entries = new ArrayList<>(change.audit().size());
      AuditCheckpoint head = writeHead;
      for (AuditEvent e : change.audit()) {
        AuditEntry entry = AuditChain.append(head, e);
        entries.add(entry);
        head = entry.checkpoint();
      }
      committed = new Committed(change.requests(), change.tasks(), change.consents(), change.breaches(), entries);
      byte[] payload = Codec.encode(committed, cipher);
      if (payload.length > MAX_RECORD) {
        throw new StoreException("a change of " + payload.length + " bytes exceeds the journal's record limit");
      }
      ByteBuffer record = frame(payload);
      long start = written;
      try {
        long p = start;
        while (record.hasRemaining()) {
          p += channel.write(record, p);
        }
        if (mode == SyncMode.EVERY_RECORD) {
          channel.force(false);
        }
      } catch (IOException e) {
        failed = true;
        throw new StoreException("writing the journal failed; the store is closed to further writes (" + e.getClass().getSimpleName() + ")", e);
      }
      end = start + record.limit();
      // The view holds what is on disk, sealed identifiers sealed: decoded from the bytes just written.
      Replayed applied = Codec.decodeForReplay(payload);
      applyWriteSide(applied);
      synchronized (syncMonitor) {
        pending.add(new Pending(start, end, applied));
      }
      written = end;
      if (mode == SyncMode.EVERY_RECORD) {
        markDurable(end);
      }
    } finally {
      writeLock.unlock();
    }
    if (mode == SyncMode.GROUPED) {
      awaitDurable(end);
    }
    return committed.audit();
  }

  private static void checkVersion(String entity, String id, long version, Map<String, Long> versions) {
    long current = versions.getOrDefault(id, 0L);
    if (current != version - 1) {
      throw new StaleVersionException(entity, id, version - 1, current);
    }
  }

  /**
   * Group commit: a thread whose record no running fsync covers starts one (up to {@value
   * #SYNCERS} at a time), covering everything written when it starts; the others wait for one
   * that covers theirs. Several fsyncs in flight let the file system join them into fewer journal
   * commits, so a record waits about one fsync rather than the rest of the running one and then its
   * own. A record is durable once any fsync that started after it was written has returned.
   */
  private void awaitDurable(long end) {
    while (true) {
      long target;
      synchronized (syncMonitor) {
        if (durable >= end) {
          return;
        }
        if (failed) {
          throw new StoreException("the journal failed before this change was made durable");
        }
        if (covering >= end || syncing >= syncers) {
          try {
            syncMonitor.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the journal to sync; the change may or may not be durable", e);
          }
          continue;
        }
        syncing++;
        if (batchWindowNanos == 0) {
          target = written;
          covering = Math.max(covering, target);
        } else {
          target = -1;
        }
      }
      boolean ok = false;
      try {
        if (target < 0) {
          LockSupport.parkNanos(batchWindowNanos);
          synchronized (syncMonitor) {
            target = written;
            covering = Math.max(covering, target);
          }
        }
        channel.force(false);
        ok = true;
      } catch (IOException e) {
        failed = true;
        throw new StoreException("syncing the journal failed; the store is closed to further writes", e);
      } finally {
        synchronized (syncMonitor) {
          syncing--;
          if (ok) {
            applyDurable(target);
          }
          syncMonitor.notifyAll();
        }
      }
    }
  }

  private void markDurable(long end) {
    synchronized (syncMonitor) {
      applyDurable(end);
      syncMonitor.notifyAll();
    }
  }

  /** Called holding syncMonitor: moves pending changes up to {@code target} into the read view. */
  private void applyDurable(long target) {
    if (target > durable) {
      durable = target;
    }
    while (!pending.isEmpty() && pending.peek().end() <= durable) {
      Pending p = pending.poll();
      view.apply(p.change(), p.start());
    }
  }

  private void ensureUsable() {
    if (closed) {
      throw new StoreException("the journal is closed");
    }
    if (failed) {
      throw new StoreException("the journal failed earlier and accepts no writes; reopen it to recover");
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  @Override
  public Optional<DataSubjectRequest> request(String id) {
    return Optional.ofNullable(view.requests.get(id)).map(cipher::open);
  }

  @Override
  public List<DataSubjectRequest> requests() {
    return opened(ReadView.sortedValues(view.requests, DataSubjectRequest::id));
  }

  @Override
  public List<DataSubjectRequest> requestsOf(String subjectRef) {
    return opened(ReadView.sorted(view.requestsBySubject.getOrDefault(subjectRef, Set.of()), view.requests));
  }

  /** Identifiers are opened on every read and never held in memory in clear. */
  private List<DataSubjectRequest> opened(List<DataSubjectRequest> kept) {
    return kept.stream().map(cipher::open).toList();
  }

  @Override
  public Optional<SystemTask> task(String id) {
    return Optional.ofNullable(view.tasks.get(id));
  }

  @Override
  public List<SystemTask> tasks(String requestId) {
    return ReadView.sorted(view.tasksByRequest.getOrDefault(requestId, Set.of()), view.tasks);
  }

  @Override
  public Optional<ConsentRecord> consent(String id) {
    return Optional.ofNullable(view.consents.get(id));
  }

  @Override
  public List<ConsentRecord> consents(String subjectRef) {
    return ReadView.sorted(view.consentsBySubject.getOrDefault(subjectRef, Set.of()), view.consents);
  }

  @Override
  public Optional<PersonalDataBreach> breach(String id) {
    return Optional.ofNullable(view.breaches.get(id));
  }

  @Override
  public List<PersonalDataBreach> breaches() {
    return ReadView.sortedValues(view.breaches, PersonalDataBreach::id);
  }

  @Override
  public List<AuditEntry> audit(long afterSeq, int limit) {
    List<AuditEntry> out = new ArrayList<>();
    try {
      for (long offset : view.auditRecordsFrom(afterSeq)) {
        ByteBuffer head = ByteBuffer.allocate(8);
        readFully(head, offset);
        head.flip();
        int length = head.getInt();
        head.getInt();
        ByteBuffer payload = ByteBuffer.allocate(length);
        readFully(payload, offset + 8);
        for (AuditEntry e : Codec.decodeAudit(payload.array())) {
          if (e.seq() > afterSeq) {
            out.add(e);
            if (out.size() == limit) {
              return out;
            }
          }
        }
      }
    } catch (IOException e) {
      throw new StoreException("reading the audit log from the journal failed", e);
    }
    return out;
  }

  @Override
  public AuditCheckpoint auditHead() {
    return view.head();
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (!failed) {
          channel.force(false);
        }
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new StoreException("closing the journal failed", e);
      }
    } finally {
      writeLock.unlock();
    }
  }

  /** What a compaction did. */
  public record Compaction(long bytesBefore, long bytesAfter, long recordsAfter) {}

  /**
   * Rewrites a closed journal with only the latest version of every entity, followed by every
   * audit entry (the chain is kept whole). Earlier versions leave the disk — among them the
   * identifiers of requests that have since been closed. The new file is synced and then renamed
   * over the old one while the old one is still locked, so no store can open it and write a change
   * the rename would lose; a crash leaves either the old or the new journal.
   */
  public static Compaction compact(Path file) {
    return compact(file, () -> {});
  }

  /** As {@link #compact(Path)}, calling {@code beforeRename} when the new file is written and synced. */
  static Compaction compact(Path file, Runnable beforeRename) {
    Path tmp = file.resolveSibling(file.getFileName() + ".compacting");
    try {
      long before = Files.size(file);
      long records = 0;
      // Encrypted identifiers are carried over as they are: compaction needs no key.
      try (FileJournalStore old = open(file, SyncMode.EVERY_RECORD, Duration.ZERO, IdentifierCipher.KEEP)) {
        // A file left by a compaction that crashed is ours to replace: we hold the journal's lock.
        Files.deleteIfExists(tmp);
        OwnerOnly.createFile(tmp);
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          long pos = 0;
          pos += writeAll(out, ByteBuffer.wrap(MAGIC), pos);
          List<Committed> snapshot = new ArrayList<>();
          snapshot.addAll(chunks(old.requests(), r -> new Committed(r, List.of(), List.of(), List.of(), List.of())));
          List<SystemTask> tasks = new ArrayList<>(old.view.tasks.values());
          tasks.sort(java.util.Comparator.comparing(SystemTask::id));
          snapshot.addAll(chunks(tasks, t -> new Committed(List.of(), t, List.of(), List.of(), List.of())));
          List<ConsentRecord> consents = new ArrayList<>(old.view.consents.values());
          consents.sort(java.util.Comparator.comparing(ConsentRecord::id));
          snapshot.addAll(chunks(consents, c -> new Committed(List.of(), List.of(), c, List.of(), List.of())));
          snapshot.addAll(chunks(old.breaches(), b -> new Committed(List.of(), List.of(), List.of(), b, List.of())));
          for (Committed c : snapshot) {
            pos += writeAll(out, frame(Codec.encode(c, IdentifierCipher.KEEP)), pos);
            records++;
          }
          long after = 0;
          while (true) {
            List<AuditEntry> page = old.audit(after, 1000);
            if (page.isEmpty()) {
              break;
            }
            pos += writeAll(out, frame(Codec.encode(new Committed(List.of(), List.of(), List.of(), List.of(), page), IdentifierCipher.KEEP)), pos);
            records++;
            after = page.get(page.size() - 1).seq();
          }
          out.force(true);
        }
        beforeRename.run();
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
          syncDirectory(dir);
        }
      }
      return new Compaction(before, Files.size(file), records);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the next compaction replaces it
      }
      throw new StoreException("compacting the journal " + file.getFileName() + " failed; the old journal is unchanged", e);
    }
  }

  private static <T> List<Committed> chunks(List<T> all, java.util.function.Function<List<T>, Committed> make) {
    List<Committed> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 1000) {
      out.add(make.apply(all.subList(i, Math.min(all.size(), i + 1000))));
    }
    return out;
  }

  private static ByteBuffer frame(byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload, 0, payload.length);
    ByteBuffer record = ByteBuffer.allocate(8 + payload.length);
    record.putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
    return record;
  }

  private static int writeAll(FileChannel out, ByteBuffer buffer, long position) throws IOException {
    int n = buffer.remaining();
    long p = position;
    while (buffer.hasRemaining()) {
      p += out.write(buffer, p);
    }
    return n;
  }

  private static void syncDirectory(Path dir) {
    // Makes the new file's directory entry durable; not every platform can open a directory.
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("directory sync not supported here: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public String toString() {
    return "FileJournalStore[" + file.getFileName() + ", " + mode + "]";
  }
}
