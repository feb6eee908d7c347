package io.github.trygg.spring.boot;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.dsr.deadline.PausePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code trygg.*} properties. Data files (rule tables, term lists, register files, the record
 * policy, certificates) are locations: {@code classpath:…}, {@code file:…} or a file-system path.
 * Files Trygg keeps open or writes (key files, key stores, the DSR journal) are file-system paths.
 *
 * <p>This is a Spring Boot binding target: like every {@code @ConfigurationProperties} class its
 * getters return {@code null} for a property that is not set, which is the one place in Trygg's
 * API where a public method may.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@ConfigurationProperties(prefix = "trygg")
public class TryggProperties {
  /**
   * Whose rules apply (sweden, norway): DSR deadlines, consent ages and legal grounds. Needed when
   * the register's organisation names no jurisdiction; when both are given they must agree.
   */
  private @Nullable Jurisdiction jurisdiction;

  private final Rules rules = new Rules();
  private final Register register = new Register();
  private final Keys keys = new Keys();
  private final Pseudonymisation pseudonymisation = new Pseudonymisation();
  private final Sealing sealing = new Sealing();
  private final Dsr dsr = new Dsr();
  private final Health health = new Health();

  TryggProperties() {}

  /** {@return whose rules apply; {@code null} when not set} */
  public @Nullable Jurisdiction getJurisdiction() {
    return jurisdiction;
  }

  /**
   * Sets whose rules apply.
   *
   * @param jurisdiction the jurisdiction; {@code null} unsets it
   */
  public void setJurisdiction(@Nullable Jurisdiction jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  /** {@return the rule tables} */
  public Rules getRules() {
    return rules;
  }

  /** {@return the system register} */
  public Register getRegister() {
    return register;
  }

  /** {@return the pseudonymisation keys} */
  public Keys getKeys() {
    return keys;
  }

  /** {@return the settings of record pseudonymisation} */
  public Pseudonymisation getPseudonymisation() {
    return pseudonymisation;
  }

  /** {@return the settings of sealing and the policy-enforcing sender} */
  public Sealing getSealing() {
    return sealing;
  }

  /** {@return the data-subject rights desk and its store} */
  public Dsr getDsr() {
    return dsr;
  }

  /** {@return the Actuator health indicator} */
  public Health getHealth() {
    return health;
  }

  /** {@code trygg.rules.*}: the bundled tables unless the application names its own files. */
  public static class Rules {
    /** The secure-message decision table (format trygg-secure-messaging); the bundled table when not set. */
    private @Nullable String secureMessages;

    /** Term-list files for the sensitive-content detector, used together with the bundled lists. */
    private List<String> termLists = new ArrayList<>();

    /** Whether the bundled health and social-services term lists are used; identity numbers are always detected. */
    private boolean bundledTermLists = true;

    /** The propagation rules (format trygg-propagation-rules); the bundled rules when not set. */
    private @Nullable String propagation;

    /**
     * {@code trygg.rules.secure-messages}: The secure-message decision table (format trygg-secure-messaging); the bundled table when not set.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable String getSecureMessages() {
      return secureMessages;
    }

    /**
     * Sets {@code trygg.rules.secure-messages}.
     *
     * @param secureMessages the value; {@code null} unsets it
     */
    public void setSecureMessages(@Nullable String secureMessages) {
      this.secureMessages = secureMessages;
    }

    /**
     * {@code trygg.rules.term-lists}: Term-list files for the sensitive-content detector, used together with the bundled lists.
     *
     * @return the value
     */
    public List<String> getTermLists() {
      return termLists;
    }

    /**
     * Sets {@code trygg.rules.term-lists}.
     *
     * @param termLists the value
     */
    public void setTermLists(List<String> termLists) {
      this.termLists = termLists;
    }

    /**
     * {@code trygg.rules.bundled-term-lists}: Whether the bundled health and social-services term lists are used; identity numbers are always detected.
     *
     * @return the value
     */
    public boolean isBundledTermLists() {
      return bundledTermLists;
    }

    /**
     * Sets {@code trygg.rules.bundled-term-lists}.
     *
     * @param bundledTermLists the value
     */
    public void setBundledTermLists(boolean bundledTermLists) {
      this.bundledTermLists = bundledTermLists;
    }

    /**
     * {@code trygg.rules.propagation}: The propagation rules (format trygg-propagation-rules); the bundled rules when not set.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable String getPropagation() {
      return propagation;
    }

    /**
     * Sets {@code trygg.rules.propagation}.
     *
     * @param propagation the value; {@code null} unsets it
     */
    public void setPropagation(@Nullable String propagation) {
      this.propagation = propagation;
    }
  }

  /** {@code trygg.register.*}: where the system register is. */
  public static class Register {
    /**
     * The register files, read together and validated at start-up: for example a vendor's product
     * profile and the organisation's own usage file. No Register bean when not set.
     */
    private List<String> files = new ArrayList<>();

    /**
     * {@code trygg.register.files}: The register files, read together and validated at start-up: for example a vendor's product profile and the organisation's own usage file. No Register bean when not set.
     *
     * @return the value
     */
    public List<String> getFiles() {
      return files;
    }

    /**
     * Sets {@code trygg.register.files}.
     *
     * @param files the value
     */
    public void setFiles(List<String> files) {
      this.files = files;
    }
  }

  /** {@code trygg.keys.*}: where the pseudonymisation master keys are; at most one of the three sources. */
  public static class Keys {
    /** A Trygg key file (format trygg-keyset), read by KeyFileProvider. */
    private @Nullable Path keyFile;

    /** A PKCS#12 key store, read by KeyStoreProvider; needs trygg.keys.password. */
    private @Nullable Path pkcs12;

    /** The SunPKCS11 configuration file of a PKCS#11 token (an HSM, or SoftHSM2); needs trygg.keys.password, the user PIN. */
    private @Nullable Path pkcs11Config;

    /** The PKCS#12 store's password, or the PKCS#11 token's user PIN. */
    private @Nullable String password;

    /** Key ids the health indicator checks, besides those of the record policy's domains and the DSR desk. */
    private List<String> ids = new ArrayList<>();

    /**
     * {@code trygg.keys.key-file}: A Trygg key file (format trygg-keyset), read by KeyFileProvider.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable Path getKeyFile() {
      return keyFile;
    }

    /**
     * Sets {@code trygg.keys.key-file}.
     *
     * @param keyFile the value; {@code null} unsets it
     */
    public void setKeyFile(@Nullable Path keyFile) {
      this.keyFile = keyFile;
    }

    /**
     * {@code trygg.keys.pkcs12}: A PKCS#12 key store, read by KeyStoreProvider; needs trygg.keys.password.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable Path getPkcs12() {
      return pkcs12;
    }

    /**
     * Sets {@code trygg.keys.pkcs12}.
     *
     * @param pkcs12 the value; {@code null} unsets it
     */
    public void setPkcs12(@Nullable Path pkcs12) {
      this.pkcs12 = pkcs12;
    }

    /**
     * {@code trygg.keys.pkcs11-config}: The SunPKCS11 configuration file of a PKCS#11 token (an HSM, or SoftHSM2); needs trygg.keys.password, the user PIN.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable Path getPkcs11Config() {
      return pkcs11Config;
    }

    /**
     * Sets {@code trygg.keys.pkcs11-config}.
     *
     * @param pkcs11Config the value; {@code null} unsets it
     */
    public void setPkcs11Config(@Nullable Path pkcs11Config) {
      this.pkcs11Config = pkcs11Config;
    }

    /**
     * {@code trygg.keys.password}: The PKCS#12 store's password, or the PKCS#11 token's user PIN.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable String getPassword() {
      return password;
    }

    /**
     * Sets {@code trygg.keys.password}.
     *
     * @param password the value; {@code null} unsets it
     */
    public void setPassword(@Nullable String password) {
      this.password = password;
    }

    /**
     * {@code trygg.keys.ids}: Key ids the health indicator checks, besides those of the record policy's domains and the DSR desk.
     *
     * @return the value
     */
    public List<String> getIds() {
      return ids;
    }

    /**
     * Sets {@code trygg.keys.ids}.
     *
     * @param ids the value
     */
    public void setIds(List<String> ids) {
      this.ids = ids;
    }
  }

  /** {@code trygg.pseudonymisation.*}. */
  public static class Pseudonymisation {
    /** The record policy (format trygg-record-policy) of the RecordPseudonymiser and TryggRecords beans. */
    private @Nullable String policy;

    /**
     * {@code trygg.pseudonymisation.policy}: The record policy (format trygg-record-policy) of the RecordPseudonymiser and TryggRecords beans.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable String getPolicy() {
      return policy;
    }

    /**
     * Sets {@code trygg.pseudonymisation.policy}.
     *
     * @param policy the value; {@code null} unsets it
     */
    public void setPolicy(@Nullable String policy) {
      this.policy = policy;
    }
  }

  /** {@code trygg.sealing.*}: SecureEnvelopes, SecureSender and TryggMessages exist once trust anchors are given. */
  public static class Sealing {
    /** PEM files of the certificate authorities whose certificates recipients and signers must chain to. */
    private List<String> trustAnchors = new ArrayList<>();

    /** PEM files of intermediate certificates used to build paths to the trust anchors. */
    private List<String> intermediates = new ArrayList<>();

    /** Whether older peers' AES-256-CBC envelopes and PKCS#1 v1.5 signatures are read too (never written). */
    private boolean legacyInterop;

    /**
     * {@code trygg.sealing.trust-anchors}: PEM files of the certificate authorities whose certificates recipients and signers must chain to.
     *
     * @return the value
     */
    public List<String> getTrustAnchors() {
      return trustAnchors;
    }

    /**
     * Sets {@code trygg.sealing.trust-anchors}.
     *
     * @param trustAnchors the value
     */
    public void setTrustAnchors(List<String> trustAnchors) {
      this.trustAnchors = trustAnchors;
    }

    /**
     * {@code trygg.sealing.intermediates}: PEM files of intermediate certificates used to build paths to the trust anchors.
     *
     * @return the value
     */
    public List<String> getIntermediates() {
      return intermediates;
    }

    /**
     * Sets {@code trygg.sealing.intermediates}.
     *
     * @param intermediates the value
     */
    public void setIntermediates(List<String> intermediates) {
      this.intermediates = intermediates;
    }

    /**
     * {@code trygg.sealing.legacy-interop}: Whether older peers' AES-256-CBC envelopes and PKCS#1 v1.5 signatures are read too (never written).
     *
     * @return the value
     */
    public boolean isLegacyInterop() {
      return legacyInterop;
    }

    /**
     * Sets {@code trygg.sealing.legacy-interop}.
     *
     * @param legacyInterop the value
     */
    public void setLegacyInterop(boolean legacyInterop) {
      this.legacyInterop = legacyInterop;
    }
  }

  /** {@code trygg.dsr.*}: the desk exists once a store is chosen. */
  public static class Dsr {
    /** Where the desk keeps requests, tasks, consents, breaches and the audit log. */
    private @Nullable Store store;

    /** The file journal (created if absent; its directory must exist). Setting it alone chooses the journal store. */
    private @Nullable Path journal;

    /** The PostgreSQL schema the store creates or migrates, through the application's DataSource. */
    private String schema = "trygg_dsr";

    /**
     * The key id, in the key provider (trygg.keys.* or the application's KeyProvider bean), of the
     * subject pseudonyms in requests, consents and the audit log. Required for the desk unless the
     * application has a SubjectPseudonymiser bean.
     */
    private @Nullable String subjectKeyId;

    /**
     * The key id, in the key provider, under which the store seals the subjects' identifiers
     * (AES-256-GCM). Without it they are stored as given, and the start logs a warning.
     */
    private @Nullable String identifierKeyId;

    /** When the deadline clock may stop. */
    private PausePolicy pausePolicy = PausePolicy.NEVER;

    /** How long the counts of open and overdue requests and tasks (health, meters) are reused before the store is read again. */
    private Duration countInterval = Duration.ofMinutes(1);

    /**
     * {@code trygg.dsr.store}: Where the desk keeps requests, tasks, consents, breaches and the audit log.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable Store getStore() {
      return store;
    }

    /**
     * Sets {@code trygg.dsr.store}.
     *
     * @param store the value; {@code null} unsets it
     */
    public void setStore(@Nullable Store store) {
      this.store = store;
    }

    /**
     * {@code trygg.dsr.journal}: The file journal (created if absent; its directory must exist). Setting it alone chooses the journal store.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable Path getJournal() {
      return journal;
    }

    /**
     * Sets {@code trygg.dsr.journal}.
     *
     * @param journal the value; {@code null} unsets it
     */
    public void setJournal(@Nullable Path journal) {
      this.journal = journal;
    }

    /**
     * {@code trygg.dsr.schema}: The PostgreSQL schema the store creates or migrates, through the application's DataSource.
     *
     * @return the value
     */
    public String getSchema() {
      return schema;
    }

    /**
     * Sets {@code trygg.dsr.schema}.
     *
     * @param schema the value
     */
    public void setSchema(String schema) {
      this.schema = schema;
    }

    /**
     * {@code trygg.dsr.subject-key-id}: The key id, in the key provider (trygg.keys.* or the application's KeyProvider bean), of the subject pseudonyms in requests, consents and the audit log. Required for the desk unless the application has a SubjectPseudonymiser bean.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable String getSubjectKeyId() {
      return subjectKeyId;
    }

    /**
     * Sets {@code trygg.dsr.subject-key-id}.
     *
     * @param subjectKeyId the value; {@code null} unsets it
     */
    public void setSubjectKeyId(@Nullable String subjectKeyId) {
      this.subjectKeyId = subjectKeyId;
    }

    /**
     * {@code trygg.dsr.identifier-key-id}: The key id, in the key provider, under which the store seals the subjects' identifiers (AES-256-GCM). Without it they are stored as given, and the start logs a warning.
     *
     * @return the value; {@code null} when not set
     */
    public @Nullable String getIdentifierKeyId() {
      return identifierKeyId;
    }

    /**
     * Sets {@code trygg.dsr.identifier-key-id}.
     *
     * @param identifierKeyId the value; {@code null} unsets it
     */
    public void setIdentifierKeyId(@Nullable String identifierKeyId) {
      this.identifierKeyId = identifierKeyId;
    }

    /**
     * {@code trygg.dsr.pause-policy}: When the deadline clock may stop.
     *
     * @return the value
     */
    public PausePolicy getPausePolicy() {
      return pausePolicy;
    }

    /**
     * Sets {@code trygg.dsr.pause-policy}.
     *
     * @param pausePolicy the value
     */
    public void setPausePolicy(PausePolicy pausePolicy) {
      this.pausePolicy = pausePolicy;
    }

    /**
     * {@code trygg.dsr.count-interval}: How long the counts of open and overdue requests and tasks (health, meters) are reused before the store is read again.
     *
     * @return the value
     */
    public Duration getCountInterval() {
      return countInterval;
    }

    /**
     * Sets {@code trygg.dsr.count-interval}.
     *
     * @param countInterval the value
     */
    public void setCountInterval(Duration countInterval) {
      this.countInterval = countInterval;
    }

    /** The kinds of DSR store. */
    public enum Store {
      /** An append-only file journal at {@code trygg.dsr.journal}. */
      JOURNAL,
      /** PostgreSQL through the application's DataSource, schema {@code trygg.dsr.schema}. */
      POSTGRES
    }
  }

  /** {@code trygg.health.*}. */
  public static class Health {
    /**
     * The health status when a DSR request or task is past its deadline. UP by default, with the
     * counts in the details: an overdue request is a duty to act on, not a reason for a load
     * balancer to take the application out of service. OUT_OF_SERVICE or a status of the
     * application's own (with management.endpoint.health.status.order) makes it visible there.
     */
    private String overdueStatus = "UP";

    /**
     * {@code trygg.health.overdue-status}: The health status when a DSR request or task is past its deadline. UP by default, with the counts in the details: an overdue request is a duty to act on, not a reason for a load balancer to take the application out of service. OUT_OF_SERVICE or a status of the application's own (with management.endpoint.health.status.order) makes it visible there.
     *
     * @return the value
     */
    public String getOverdueStatus() {
      return overdueStatus;
    }

    /**
     * Sets {@code trygg.health.overdue-status}.
     *
     * @param overdueStatus the value
     */
    public void setOverdueStatus(String overdueStatus) {
      this.overdueStatus = overdueStatus;
    }
  }
}
