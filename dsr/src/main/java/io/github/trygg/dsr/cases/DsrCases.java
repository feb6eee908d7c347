package io.github.trygg.dsr.cases;

import java.util.Objects;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.Register;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.breach.BreachRules;
import io.github.trygg.dsr.connector.DsrConnector;
import io.github.trygg.dsr.consent.ConsentPurpose;
import io.github.trygg.dsr.consent.ConsentRules;
import io.github.trygg.dsr.deadline.PausePolicy;
import io.github.trygg.dsr.deadline.WorkingDayCalendar;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.routing.LegalGrounds;
import io.github.trygg.dsr.routing.Router;
import io.github.trygg.dsr.store.DsrStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The data-subject-rights desk of one controller: one context — store, register, jurisdiction,
 * rules, clock — shared by four services.
 *
 * <pre>{@code
 * DsrCases desk = DsrCases.builder()
 *     .store(DsrStores.fileJournal(journal))
 *     .register(register)                         // its organisation names the jurisdiction
 *     .pseudonymiser(pseudonymiser)
 *     .addConnector(ManualConnector.forPeople())
 *     .build();
 * DataSubjectRequest r = desk.requests().receive(intake, "handläggare-17");
 * }</pre>
 *
 * <ul>
 *   <li>{@link #requests()} — requests and their tasks, deadlines and sign-off;
 *   <li>{@link #consents()} — consent given, withdrawn and checked;
 *   <li>{@link #breaches()} — personal-data breaches and their clock;
 *   <li>{@link #audit()} — verification of the audit log.
 * </ul>
 *
 * <p>Thread-safe: every operation commits one change to the store, and a stale read fails with
 * {@link io.github.trygg.dsr.store.StaleVersionException}. Actors are opaque ids (a case officer's
 * staff id, a system name).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DsrCases {
  private final CaseContext context;
  private final Requests requests;
  private final Consents consents;
  private final Breaches breaches;
  private final AuditTrail audit;

  private DsrCases(CaseContext context) {
    this.context = context;
    this.requests = new Requests(context);
    this.consents = new Consents(context);
    this.breaches = new Breaches(context);
    this.audit = new AuditTrail(context);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return requests and their tasks} */
  public Requests requests() {
    return requests;
  }

  /** {@return consent given, withdrawn and checked} */
  public Consents consents() {
    return consents;
  }

  /** {@return personal-data breaches: registered, assessed and drafted for notification} */
  public Breaches breaches() {
    return breaches;
  }

  /** {@return the audit log's verification} */
  public AuditTrail audit() {
    return audit;
  }

  /** {@return whose rules apply: the register organisation's jurisdiction or the one given} */
  public Jurisdiction jurisdiction() {
    return context.jurisdiction;
  }

  /** {@return the store requests, tasks, consents, breaches and the audit log are kept in} */
  public DsrStore store() {
    return context.store;
  }

  /** {@return the router that plans a request's tasks from the register} */
  public Router router() {
    return context.router;
  }

  /**
   * Configures a desk. Required: {@link #store}, {@link #register}, {@link #pseudonymiser}, and a
   * jurisdiction — the register organisation's, or {@link #jurisdiction} when the register names
   * none. Everything else has the bundled rules of that jurisdiction as its default.
   */
  public static final class Builder {
    private @Nullable DsrStore store;
    private @Nullable Register register;
    private @Nullable Jurisdiction jurisdiction;
    private @Nullable SubjectPseudonymiser pseudonymiser;
    private @Nullable LegalGrounds grounds;
    private @Nullable WorkingDayCalendar calendar;
    private PausePolicy pausePolicy = PausePolicy.NEVER;
    private final Map<DsrChannel, DsrConnector> connectors = new EnumMap<>(DsrChannel.class);
    private Clock clock = Clock.systemUTC();
    private @Nullable ConsentRules consentRules;
    private final List<ConsentPurpose> purposes = new ArrayList<>();
    private @Nullable BreachRules breachRules;
    private Supplier<String> ids = () -> UUID.randomUUID().toString();

    private Builder() {}

    /**
     * Where requests, tasks, consents, breaches and the audit log are kept.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(DsrStore store) {
      this.store = store;
      return this;
    }

    /**
     * The system register requests are routed through.
     *
     * @param register the system register
     * @return this builder
     */
    public Builder register(Register register) {
      this.register = register;
      return this;
    }

    /**
     * Whose rules apply: deadlines, consent ages, legal grounds and archive law. Needed when the
     * register's organisation names no jurisdiction; when it names one, this must be the same.
     *
     * @param jurisdiction the jurisdiction
     * @return this builder
     */
    public Builder jurisdiction(Jurisdiction jurisdiction) {
      this.jurisdiction = jurisdiction;
      return this;
    }

    /**
     * Makes the subject pseudonyms that requests, consents and the audit log record.
     *
     * @param pseudonymiser the subject pseudonymiser
     * @return this builder
     */
    public Builder pseudonymiser(SubjectPseudonymiser pseudonymiser) {
      this.pseudonymiser = pseudonymiser;
      return this;
    }

    /**
     * Replaces the bundled catalogue of legal grounds.
     *
     * @param grounds the legal-grounds catalogue
     * @return this builder
     */
    public Builder grounds(LegalGrounds grounds) {
      this.grounds = grounds;
      return this;
    }

    /**
     * Default: the bundled calendar of the register organisation's jurisdiction.
     *
     * @param calendar the working-day calendar
     * @return this builder
     */
    public Builder calendar(WorkingDayCalendar calendar) {
      this.calendar = calendar;
      return this;
    }

    /**
     * When the clock may stop (default {@link PausePolicy#NEVER}).
     *
     * @param policy the pause policy
     * @return this builder
     */
    public Builder pausePolicy(PausePolicy policy) {
      this.pausePolicy = policy;
      return this;
    }

    /**
     * Uses the connector for each of its channels (a later one replaces an earlier one).
     *
     * @param connector the connector, for the channels it serves
     * @return this builder
     */
    public Builder addConnector(DsrConnector connector) {
      connector.channels().forEach(c -> connectors.put(c, connector));
      return this;
    }

    /**
     * The clock of every timestamp and deadline (default: the system clock in UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Replaces the bundled consent age rules.
     *
     * @param rules the consent age rules
     * @return this builder
     */
    public Builder consentRules(ConsentRules rules) {
      this.consentRules = rules;
      return this;
    }

    /**
     * A purpose consent is asked for; a consent withdrawal is routed to its activities.
     *
     * @param purpose the consent purpose
     * @return this builder
     */
    public Builder addPurpose(ConsentPurpose purpose) {
      this.purposes.add(purpose);
      return this;
    }

    /**
     * Replaces {@link BreachRules#defaults()}.
     *
     * @param rules the breach rules
     * @return this builder
     */
    public Builder breachRules(BreachRules rules) {
      this.breachRules = rules;
      return this;
    }

    /**
     * Where request, task and consent ids come from (default: random UUIDs).
     *
     * @param ids the id generator
     * @return this builder
     */
    public Builder ids(Supplier<String> ids) {
      this.ids = ids;
      return this;
    }

    /**
     * {@return the desk}
     *
     * @throws IllegalStateException naming every missing required part, or when the jurisdiction
     * given differs from the register's
     */
    public DsrCases build() {
      List<String> missing = new ArrayList<>();
      if (store == null) {
        missing.add("store(DsrStore)");
      }
      if (register == null) {
        missing.add("register(Register)");
      }
      if (pseudonymiser == null) {
        missing.add("pseudonymiser(SubjectPseudonymiser)");
      }
      Optional<Jurisdiction> declared = register == null ? Optional.empty() : register.organisation().map(Organisation::jurisdiction);
      if (declared.isPresent() && jurisdiction != null && declared.get() != jurisdiction) {
        throw new IllegalStateException("the register's organisation is in " + declared.get() + " but the desk was given " + jurisdiction);
      }
      Jurisdiction j = declared.orElse(jurisdiction);
      if (j == null && register != null) {
        missing.add("jurisdiction(Jurisdiction) — the register's organisation names none");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("DsrCases needs " + String.join(", ", missing));
      }
      // Each was checked above; a missing one is in the message already thrown.
      Jurisdiction where = Objects.requireNonNull(j);
      return new DsrCases(new CaseContext(Objects.requireNonNull(store), Objects.requireNonNull(register), where, Objects.requireNonNull(pseudonymiser),
          grounds == null ? LegalGrounds.bundled() : grounds, calendar == null ? WorkingDayCalendar.bundled(where) : calendar, pausePolicy, connectors, clock,
          consentRules == null ? ConsentRules.bundled() : consentRules, purposes, breachRules == null ? BreachRules.defaults() : breachRules, ids));
    }
  }
}
