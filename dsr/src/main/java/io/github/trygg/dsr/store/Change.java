package io.github.trygg.dsr.store;

import io.github.trygg.dsr.audit.AuditEvent;
import io.github.trygg.dsr.breach.PersonalDataBreach;
import io.github.trygg.dsr.consent.ConsentRecord;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SystemTask;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/** Writes that belong together: entities at their new versions, and the audit events that record them. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Change {
  private final List<DataSubjectRequest> requests;
  private final List<SystemTask> tasks;
  private final List<ConsentRecord> consents;
  private final List<PersonalDataBreach> breaches;
  private final List<AuditEvent> audit;

  private Change(Builder b) {
    this.requests = List.copyOf(b.requests);
    this.tasks = List.copyOf(b.tasks);
    this.consents = List.copyOf(b.consents);
    this.breaches = List.copyOf(b.breaches);
    this.audit = List.copyOf(b.audit);
  }

  /** {@return the requests to write, each at its new version} */
  public List<DataSubjectRequest> requests() {
    return requests;
  }

  /** {@return the tasks to write, each at its new version} */
  public List<SystemTask> tasks() {
    return tasks;
  }

  /** {@return the consent records to write, each at its new version} */
  public List<ConsentRecord> consents() {
    return consents;
  }

  /** {@return the breaches to write, each at its new version} */
  public List<PersonalDataBreach> breaches() {
    return breaches;
  }

  /** {@return the audit events that record the change, in order; the store chains them} */
  public List<AuditEvent> audit() {
    return audit;
  }

  /** {@return whether the change writes nothing at all} */
  public boolean isEmpty() {
    return requests.isEmpty() && tasks.isEmpty() && consents.isEmpty() && breaches.isEmpty() && audit.isEmpty();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects writes; an entity may appear once per change. */
  public static final class Builder {
    private final List<DataSubjectRequest> requests = new ArrayList<>();
    private final List<SystemTask> tasks = new ArrayList<>();
    private final List<ConsentRecord> consents = new ArrayList<>();
    private final List<PersonalDataBreach> breaches = new ArrayList<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    /**
     * Writes a request at its new version.
     *
     * @param r the request
     * @return this builder
     * @throws IllegalArgumentException if this change already writes the same request
     */
    public Builder put(DataSubjectRequest r) {
      once("request:" + r.id());
      requests.add(r);
      return this;
    }

    /**
     * Writes a task at its new version.
     *
     * @param t the task
     * @return this builder
     * @throws IllegalArgumentException if this change already writes the same task
     */
    public Builder put(SystemTask t) {
      once("task:" + t.id());
      tasks.add(t);
      return this;
    }

    /**
     * Writes a consent record at its new version.
     *
     * @param c the consent record
     * @return this builder
     * @throws IllegalArgumentException if this change already writes the same consent record
     */
    public Builder put(ConsentRecord c) {
      once("consent:" + c.id());
      consents.add(c);
      return this;
    }

    /**
     * Writes a breach at its new version.
     *
     * @param b the breach
     * @return this builder
     * @throws IllegalArgumentException if this change already writes the same breach
     */
    public Builder put(PersonalDataBreach b) {
      once("breach:" + b.id());
      breaches.add(b);
      return this;
    }

    /**
     * Appends an audit event; the store gives it its sequence number and chain hash.
     *
     * @param e the event
     * @return this builder
     */
    public Builder audit(AuditEvent e) {
      audit.add(e);
      return this;
    }

    /**
     * Makes the change.
     *
     * @return the change
     */
    public Change build() {
      return new Change(this);
    }

    private void once(String key) {
      if (!ids.add(key)) {
        throw new IllegalArgumentException(key.substring(0, key.indexOf(':')) + " written twice in one change");
      }
    }
  }
}
