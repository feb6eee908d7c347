package io.github.trygg.dsr.internal.journal;

import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.internal.codec.Replayed;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/** What readers see: durable changes only, applied in journal order. Audit entries stay on disk. */
final class ReadView {
  final Map<String, DataSubjectRequest> requests = new ConcurrentHashMap<>();
  final Map<String, Set<String>> requestsBySubject = new ConcurrentHashMap<>();
  final Map<String, SystemTask> tasks = new ConcurrentHashMap<>();
  final Map<String, Set<String>> tasksByRequest = new ConcurrentHashMap<>();
  final Map<String, ConsentRecord> consents = new ConcurrentHashMap<>();
  final Map<String, Set<String>> consentsBySubject = new ConcurrentHashMap<>();
  final Map<String, PersonalDataBreach> breaches = new ConcurrentHashMap<>();

  // Audit index: for each record holding audit entries, its first sequence number and file offset.
  private long[] firstSeq = new long[1024];
  private long[] offset = new long[1024];
  private int records;
  private volatile AuditCheckpoint head = AuditCheckpoint.GENESIS;

  void apply(Replayed c, long recordOffset) {
    c.requests().forEach(this::request);
    for (SystemTask t : c.tasks()) {
      task(t);
      indexTask(t.requestId(), t.id());
    }
    c.consents().forEach(this::consent);
    c.breaches().forEach(this::breach);
    if (c.lastAudit().isPresent()) {
      auditRecord(c.firstAuditSeq(), recordOffset, c.lastAudit().get());
    }
  }

  void request(DataSubjectRequest r) {
    requests.put(r.id(), r);
    requestsBySubject.computeIfAbsent(r.subjectRef(), k -> new ConcurrentSkipListSet<>()).add(r.id());
  }

  void task(SystemTask t) {
    tasks.put(t.id(), t);
  }

  /** Replayed tasks, and the tasks of each request, added whole. */
  void tasks(Map<String, SystemTask> replayed, Map<String, List<String>> byRequest) {
    tasks.putAll(replayed);
    Map<String, Set<String>> index = new java.util.HashMap<>(byRequest.size() * 2);
    byRequest.forEach((request, ids) -> {
      Set<String> set = tasksByRequest.get(request);
      if (set == null) {
        index.put(request, new ConcurrentSkipListSet<>(ids));
      } else {
        set.addAll(ids);
      }
    });
    tasksByRequest.putAll(index);
  }

  void indexTask(String requestId, String taskId) {
    tasksByRequest.computeIfAbsent(requestId, k -> new ConcurrentSkipListSet<>()).add(taskId);
  }

  void consent(ConsentRecord r) {
    consents.put(r.id(), r);
    consentsBySubject.computeIfAbsent(r.subjectRef(), k -> new ConcurrentSkipListSet<>()).add(r.id());
  }

  void breach(PersonalDataBreach b) {
    breaches.put(b.id(), b);
  }

  /** A record holding audit entries from {@code firstSeq} on, at {@code recordOffset}, its last entry {@code last}. */
  synchronized void auditRecord(long firstSeq, long recordOffset, AuditCheckpoint last) {
    if (records == this.firstSeq.length) {
      this.firstSeq = Arrays.copyOf(this.firstSeq, records * 2);
      offset = Arrays.copyOf(offset, records * 2);
    }
    this.firstSeq[records] = firstSeq;
    offset[records] = recordOffset;
    records++;
    head = last;
  }

  AuditCheckpoint head() {
    return head;
  }

  void head(AuditCheckpoint last) {
    head = last;
  }

  /** File offsets of the records that may hold entries after {@code afterSeq}, in order. */
  synchronized long[] auditRecordsFrom(long afterSeq) {
    int lo = 0;
    int hi = records - 1;
    int start = records;
    // The last record whose first sequence number is <= afterSeq + 1.
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (firstSeq[mid] <= afterSeq + 1) {
        start = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (start == records) {
      start = 0;
    }
    return Arrays.copyOfRange(offset, Math.min(start, records), records);
  }

  static <T> List<T> sorted(Iterable<String> ids, Map<String, T> by) {
    List<T> out = new ArrayList<>();
    for (String id : ids) {
      Optional.ofNullable(by.get(id)).ifPresent(out::add);
    }
    return out;
  }

  static <T> List<T> sortedValues(Map<String, T> map, java.util.function.Function<T, String> id) {
    List<T> out = new ArrayList<>(map.values());
    out.sort(Comparator.comparing(id));
    return out;
  }

  static List<AuditEntry> none() {
    return List.of();
  }
}
