package io.github.trygg.dsr.testkit;

import io.github.trygg.dsr.audit.AuditChain;
import io.github.trygg.dsr.audit.AuditCheckpoint;
import io.github.trygg.dsr.audit.AuditEntry;
import io.github.trygg.dsr.audit.AuditEvent;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.store.StaleVersionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A store as a host might write one, in memory under one lock: what the contract is run against to
 * show that a store of a host's own passes it, and — with a {@link Fault} — that it fails a store
 * that breaks the contract.
 */
final class InMemoryStore implements DsrStore {
  /** A way of breaking the contract on purpose. */
  enum Fault {
    NONE,
    /** Writes whatever version it is given. */
    NO_VERSION_CHECK,
    /** Applies a change entity by entity, so a stale one leaves the earlier ones written. */
    NOT_ATOMIC,
    /** Lists in the order entities were first written, not by id. */
    UNSORTED,
    /** Numbers audit entries with a gap after every tenth. */
    AUDIT_GAP
  }

  /** What a store holds; a reopened store sees the same. */
  static final class Data {
    final Map<String, DataSubjectRequest> requests = new TreeMap<>();
    final Map<String, SystemTask> tasks = new TreeMap<>();
    final Map<String, ConsentRecord> consents = new TreeMap<>();
    final Map<String, PersonalDataBreach> breaches = new TreeMap<>();
    final List<String> firstWritten = new ArrayList<>();
    final List<AuditEntry> audit = new ArrayList<>();
    AuditCheckpoint head = AuditCheckpoint.GENESIS;
  }

  private final Data data;
  private final Fault fault;

  InMemoryStore(Data data, Fault fault) {
    this.data = data;
    this.fault = fault;
  }

  @Override
  public List<AuditEntry> commit(Change change) {
    synchronized (data) {
      if (fault != Fault.NOT_ATOMIC) {
        change.requests().forEach(r -> check("request", r.id(), r.version(), data.requests.get(r.id()), DataSubjectRequest::version));
        change.tasks().forEach(t -> check("task", t.id(), t.version(), data.tasks.get(t.id()), SystemTask::version));
        change.consents().forEach(c -> check("consent", c.id(), c.version(), data.consents.get(c.id()), ConsentRecord::version));
        change.breaches().forEach(b -> check("breach", b.id(), b.version(), data.breaches.get(b.id()), PersonalDataBreach::version));
      }
      change.requests().forEach(r -> put(data.requests, r.id(), r, "request", r.version(), DataSubjectRequest::version));
      change.tasks().forEach(t -> put(data.tasks, t.id(), t, "task", t.version(), SystemTask::version));
      change.consents().forEach(c -> put(data.consents, c.id(), c, "consent", c.version(), ConsentRecord::version));
      change.breaches().forEach(b -> put(data.breaches, b.id(), b, "breach", b.version(), PersonalDataBreach::version));
      List<AuditEntry> entries = new ArrayList<>();
      for (AuditEvent e : change.audit()) {
        AuditCheckpoint from = data.head;
        if (fault == Fault.AUDIT_GAP && from.seq() > 0 && from.seq() % 10 == 0) {
          from = new AuditCheckpoint(from.seq() + 1, from.hash());
        }
        AuditEntry entry = AuditChain.append(from, e);
        data.audit.add(entry);
        data.head = entry.checkpoint();
        entries.add(entry);
      }
      return entries;
    }
  }

  private <T> void check(String entity, String id, long version, T current, Function<T, Long> versionOf) {
    long held = current == null ? 0 : versionOf.apply(current);
    if (fault != Fault.NO_VERSION_CHECK && held != version - 1) {
      throw new StaleVersionException(entity, id, version - 1, held);
    }
  }

  private <T> void put(Map<String, T> map, String id, T value, String entity, long version, Function<T, Long> versionOf) {
    if (fault == Fault.NOT_ATOMIC) {
      check(entity, id, version, map.get(id), versionOf);
    }
    if (!map.containsKey(id)) {
      data.firstWritten.add(entity + ":" + id);
    }
    map.put(id, value);
  }

  private <T> List<T> list(Map<String, T> map, String entity, Predicate<T> which) {
    synchronized (data) {
      List<String> ids = new ArrayList<>(map.keySet());
      if (fault == Fault.UNSORTED) {
        ids.sort(Comparator.comparingInt(id -> data.firstWritten.indexOf(entity + ":" + id)));
      }
      List<T> out = new ArrayList<>();
      for (String id : ids) {
        T value = map.get(id);
        if (which.test(value)) {
          out.add(value);
        }
      }
      return out;
    }
  }

  private <T> Optional<T> one(Map<String, T> map, String id) {
    synchronized (data) {
      return Optional.ofNullable(map.get(id));
    }
  }

  @Override
  public Optional<DataSubjectRequest> request(String id) {
    return one(data.requests, id);
  }

  @Override
  public List<DataSubjectRequest> requests() {
    return list(data.requests, "request", r -> true);
  }

  @Override
  public List<DataSubjectRequest> requestsOf(String subjectRef) {
    return list(data.requests, "request", r -> r.subjectRef().equals(subjectRef));
  }

  @Override
  public Optional<SystemTask> task(String id) {
    return one(data.tasks, id);
  }

  @Override
  public List<SystemTask> tasks(String requestId) {
    return list(data.tasks, "task", t -> t.requestId().equals(requestId));
  }

  @Override
  public Optional<ConsentRecord> consent(String id) {
    return one(data.consents, id);
  }

  @Override
  public List<ConsentRecord> consents(String subjectRef) {
    return list(data.consents, "consent", c -> c.subjectRef().equals(subjectRef));
  }

  @Override
  public Optional<PersonalDataBreach> breach(String id) {
    return one(data.breaches, id);
  }

  @Override
  public List<PersonalDataBreach> breaches() {
    return list(data.breaches, "breach", b -> true);
  }

  @Override
  public List<AuditEntry> audit(long afterSeq, int limit) {
    synchronized (data) {
      return data.audit.stream().filter(e -> e.seq() > afterSeq).limit(limit).toList();
    }
  }

  @Override
  public AuditCheckpoint auditHead() {
    synchronized (data) {
      return data.head;
    }
  }

  @Override
  public void close() {}
}
