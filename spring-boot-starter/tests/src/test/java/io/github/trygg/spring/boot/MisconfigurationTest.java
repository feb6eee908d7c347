package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Each configuration mistake stops the start with a {@link TryggConfigurationException} naming the
 * property and what was expected, which the starter's FailureAnalyzer turns into Spring Boot's
 * start-up report; no password, PIN or key material appears in it or anywhere in the cause chain.
 */
class MisconfigurationTest {
  @TempDir static Path dir;

  /** A wrong password, which must not be quoted either. */
  static final String WRONG_PASSWORD = "Fel-losenord-0815";

  record Case(String property, List<String> properties, List<String> expected, List<String> secrets, boolean withDataSource) {}

  static Arguments mistake(String name, String property, Function<Path, List<String>> properties, List<String> expected, List<String> secrets) {
    return Arguments.of(name, new Case(property, properties.apply(dir), expected, secrets, false));
  }

  static Stream<Arguments> mistakes() throws IOException {
    Path missing = Path.of("/nonexistent/trygg");
    Path keyFile = Fixtures.keyFile(dir);
    String material = material(keyFile);
    Path leakyKeyFile = Files.writeString(dir.resolve("leaky-keys.json"), Files.readString(keyFile).replace("\"primary\"", "\"" + material + "\""));
    Path otherKeys = dir.resolve("other-keys.json");
    KeyFileProvider.create(otherKeys, "other");
    Path pkcs12 = Fixtures.pkcs12(dir);
    Path brokenRegister = Files.writeString(dir.resolve("broken-register.yaml"),
        Files.readString(Fixtures.samples().resolve("register.yaml")).replaceFirst("hostedOn:", "hostedon:"));
    Path txtRegister = Files.copy(Fixtures.samples().resolve("register.yaml"), dir.resolve("register.txt"));
    Path notRules = Files.writeString(dir.resolve("rules.yaml"), "table: nothing\nrules: 17\n");
    Path notPem = Files.writeString(dir.resolve("ca.pem"), "this is not a certificate\n");
    Path pkcs11Config = Files.writeString(dir.resolve("pkcs11.cfg"), "name = trygg-missing\nlibrary = /nonexistent/libpkcs11.so\nslot = 0\n");
    String[] register = Fixtures.register();
    String[] noOrganisation = Fixtures.registerWithoutOrganisation(dir);
    String keys = "trygg.keys.key-file=" + keyFile;
    String subjectKey = "trygg.dsr.subject-key-id=" + Fixtures.SUBJECT_KEY_ID;
    String journal = "trygg.dsr.journal=" + dir.resolve("dsr.journal");
    Path noPrimary = Fixtures.keyFile(dir);
    KeyFileProvider.changeStatus(noPrimary, new KeyRef(Fixtures.SUBJECT_KEY_ID, 1), KeyStatus.DISABLED);

    return Stream.of(
        mistake("register file missing", "trygg.register.files", d -> List.of("trygg.register.files=" + missing.resolve("register.yaml")),
            List.of("nothing at /nonexistent/trygg/register.yaml", "expected a register file"), List.of()),
        mistake("register file invalid", "trygg.register.files", d -> List.of("trygg.register.files=" + brokenRegister),
            List.of("the register files are not valid", "broken-register.yaml", "hostedOn"), List.of()),
        mistake("register file of unknown format", "trygg.register.files", d -> List.of("trygg.register.files=" + txtRegister),
            List.of("register.txt", "expected .json, .yaml or .yml"), List.of()),
        mistake("rules table invalid", "trygg.rules.secure-messages", d -> List.of("trygg.rules.secure-messages=" + notRules),
            List.of("is not a valid secure-message rule table"), List.of()),
        mistake("propagation rules missing", "trygg.rules.propagation", d -> List.of("trygg.rules.propagation=classpath:nothing.yaml"),
            List.of("nothing at classpath:nothing.yaml", "expected a propagation rule file"), List.of()),
        mistake("term list clashing with a bundled one", "trygg.rules.term-lists", d -> List.of("trygg.rules.term-lists=classpath:rules/broken-terms.yaml"),
            List.of("health-sv", "expected list ids of its own"), List.of()),
        mistake("key file missing", "trygg.keys.key-file", d -> List.of("trygg.keys.key-file=" + missing.resolve("keys.json")),
            List.of("no file at /nonexistent/trygg/keys.json", "expected a Trygg key file"), List.of()),
        mistake("key file with key material in the wrong place", "trygg.keys.key-file", d -> List.of("trygg.keys.key-file=" + leakyKeyFile),
            List.of("leaky-keys.json is not a valid key file", "/keys/0/status"), List.of(material)),
        mistake("two key sources", "trygg.keys", d -> List.of("trygg.keys.key-file=" + keyFile, "trygg.keys.pkcs12=" + pkcs12),
            List.of("more than one key source", "trygg.keys.key-file, trygg.keys.pkcs12", "expected exactly one"), List.of()),
        mistake("PKCS#12 store without a password", "trygg.keys.password", d -> List.of("trygg.keys.pkcs12=" + pkcs12),
            List.of("trygg.keys.pkcs12 needs the store's password"), List.of()),
        mistake("PKCS#12 store with a wrong password", "trygg.keys.pkcs12", d -> List.of("trygg.keys.pkcs12=" + pkcs12, "trygg.keys.password=" + WRONG_PASSWORD),
            List.of("cannot open " + pkcs12), List.of(WRONG_PASSWORD, Fixtures.PASSWORD)),
        mistake("PKCS#11 configuration missing", "trygg.keys.pkcs11-config",
            d -> List.of("trygg.keys.pkcs11-config=" + missing.resolve("pkcs11.cfg"), "trygg.keys.password=" + Fixtures.PASSWORD),
            List.of("expected a SunPKCS11 configuration file"), List.of(Fixtures.PASSWORD)),
        mistake("PKCS#11 token unavailable", "trygg.keys.pkcs11-config",
            d -> List.of("trygg.keys.pkcs11-config=" + pkcs11Config, "trygg.keys.password=" + Fixtures.PASSWORD),
            List.of("cannot open the token configured in " + pkcs11Config), List.of(Fixtures.PASSWORD)),
        mistake("record policy whose key is not in the key file", "trygg.pseudonymisation.policy",
            d -> List.of("trygg.keys.key-file=" + otherKeys, "trygg.pseudonymisation.policy=" + Fixtures.POLICY),
            List.of("key id 'export'", "UNKNOWN_KEY"), List.of()),
        mistake("record policy without keys", "trygg.pseudonymisation.policy", d -> List.of("trygg.pseudonymisation.policy=" + Fixtures.POLICY),
            List.of("pseudonymises with keys and there are none", "expected trygg.keys.key-file"), List.of()),
        mistake("trust anchors that are no certificates", "trygg.sealing.trust-anchors", d -> List.of("trygg.sealing.trust-anchors=" + notPem),
            List.of("ca.pem", "expected PEM blocks BEGIN CERTIFICATE"), List.of()),
        mistake("journal in a directory that does not exist", "trygg.dsr.journal",
            d -> List.of(register[0], register[1], keys, subjectKey, "trygg.dsr.journal=" + missing.resolve("dsr.journal")),
            List.of("the directory of /nonexistent/trygg/dsr.journal does not exist"), List.of()),
        mistake("journal store without a path", "trygg.dsr.journal", d -> List.of(register[0], register[1], keys, subjectKey, "trygg.dsr.store=journal"),
            List.of("the journal store needs the journal's path"), List.of()),
        mistake("PostgreSQL store without a DataSource", "trygg.dsr.store", d -> List.of(register[0], register[1], keys, subjectKey, "trygg.dsr.store=postgres"),
            List.of("postgres needs the application's one DataSource", "there is none"), List.of()),
        mistake("a journal and PostgreSQL at once", "trygg.dsr.journal", d -> List.of(register[0], register[1], keys, subjectKey, journal, "trygg.dsr.store=postgres"),
            List.of("is set, but trygg.dsr.store is postgres; expected one store"), List.of()),
        mistake("DSR desk without a register", "trygg.register.files", d -> List.of(keys, subjectKey, journal, "trygg.jurisdiction=sweden"),
            List.of("routes requests through the system register", "expected the register files in trygg.register.files, or a Register bean"), List.of()),
        mistake("DSR desk without a subject key id", "trygg.dsr.subject-key-id", d -> List.of(register[0], register[1], journal, keys),
            List.of("not set", "expected the id of a key that exists in the key provider", "or a SubjectPseudonymiser bean"), materials(keyFile)),
        mistake("DSR desk without a subject key id or any keys", "trygg.dsr.subject-key-id", d -> List.of(register[0], register[1], journal),
            List.of("not set", "trygg.keys.key-file, trygg.keys.pkcs12 or trygg.keys.pkcs11-config, or the application's KeyProvider bean"),
            List.of()),
        mistake("subject key id the key provider does not have", "trygg.dsr.subject-key-id",
            d -> List.of(register[0], register[1], journal, "trygg.keys.key-file=" + otherKeys, subjectKey),
            List.of("the key provider has no key 'dsr-subjects'", "expected the id of a key that exists in the key provider"),
            materials(otherKeys)),
        mistake("subject key id without a primary version", "trygg.dsr.subject-key-id",
            d -> List.of(register[0], register[1], journal, "trygg.keys.key-file=" + noPrimary, subjectKey),
            List.of("the key 'dsr-subjects' cannot be used (NO_PRIMARY", "has a primary version"), materials(noPrimary)),
        mistake("subject key id without a key provider", "trygg.dsr.subject-key-id", d -> List.of(register[0], register[1], journal, subjectKey),
            List.of("is 'dsr-subjects', but there is no key provider", "configure trygg.keys.*", "or provide one KeyProvider bean"), List.of()),
        mistake("subject key id that is no key id", "trygg.dsr.subject-key-id",
            d -> List.of(register[0], register[1], journal, keys, "trygg.dsr.subject-key-id=my key"),
            List.of("'my key' is not a key id", "expected 1–64 letters, digits, '-' or '_'"), List.of()),
        mistake("identifier key id the key provider does not have", "trygg.dsr.identifier-key-id",
            d -> List.of(register[0], register[1], journal, keys, subjectKey, "trygg.dsr.identifier-key-id=dsr-identifierz"),
            List.of("the key provider has no key 'dsr-identifierz'", "expected the id of a key that exists in the key provider"),
            materials(keyFile)),
        mistake("identifier key id for PostgreSQL the key provider does not have", "trygg.dsr.identifier-key-id",
            d -> List.of(register[0], register[1], keys, subjectKey, "trygg.dsr.store=postgres", "trygg.dsr.identifier-key-id=archive"),
            List.of("the key provider has no key 'archive'"), materials(keyFile)),
        mistake("no jurisdiction anywhere", "trygg.jurisdiction", d -> List.of(noOrganisation[0], noOrganisation[1], journal, keys, subjectKey),
            List.of("the register's organisation names no jurisdiction", "expected sweden or norway"), List.of()),
        mistake("jurisdiction contradicting the register", "trygg.jurisdiction",
            d -> List.of(register[0], register[1], journal, keys, subjectKey, "trygg.jurisdiction=norway"),
            List.of("is NORWAY but the register's organisation is in SWEDEN"), List.of()),
        mistake("overdue status that is no status", "trygg.health.overdue-status", d -> List.of("trygg.health.overdue-status=not ok"),
            List.of("'not ok' is not a health status"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void theStartStopsWithTheProperty(String name, Case mistake) {
    Starter.runner().withPropertyValues(mistake.properties().toArray(String[]::new)).run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      TryggConfigurationException e = find(failure);
      assertThat(e).as("no TryggConfigurationException in %s", failure).isNotNull();
      assertThat(e.property()).isEqualTo(mistake.property());
      assertThat(e.getMessage()).startsWith(mistake.property() + ": ");
      mistake.expected().forEach(fragment -> assertThat(e.getMessage()).contains(fragment));

      FailureAnalysis analysis = analyzer().analyze(failure);
      assertThat(analysis).as("the starter's analyzer recognises the failure").isNotNull();
      assertThat(analysis.getDescription()).contains(e.getMessage());
      assertThat(analysis.getAction()).contains("Correct " + mistake.property());

      List<String> texts = new ArrayList<>(List.of(analysis.getDescription(), analysis.getAction()));
      for (Throwable t = failure; t != null; t = t.getCause()) {
        texts.add(String.valueOf(t.getMessage()));
        texts.add(t.toString());
      }
      for (String secret : mistake.secrets()) {
        texts.forEach(text -> assertThat(text).doesNotContain(secret));
      }
    });
  }

  @Test
  void theAnalyzerIsRegisteredWithSpringBoot() throws IOException {
    List<String> analyzers = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
      Properties p = new Properties();
      try (var in = url.openStream()) {
        p.load(in);
      }
      String listed = p.getProperty(FailureAnalyzer.class.getName());
      if (listed != null) {
        analyzers.addAll(List.of(listed.split(",")));
      }
    }
    assertThat(analyzers).map(String::strip).contains("io.github.trygg.spring.boot.internal.ConfigurationFailureAnalyzer");
  }

  @Test
  void otherFailuresAreLeftToSpringBootsOwnAnalyzers() {
    assertThat(analyzer().analyze(new IllegalStateException("not Trygg's"))).isNull();
  }

  @Test
  void aDataSourceOfTheApplicationIsEnoughForPostgresToBeTried() {
    // The counterpart of "PostgreSQL store without a DataSource": with one, the store is opened
    // (and fails here on a server that is not there, naming the schema, not the DataSource's password).
    org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
    ds.setUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
    ds.setUser("trygg");
    ds.setPassword(Fixtures.PASSWORD);
    String[] register = Fixtures.register();
    Starter.runner().withBean(DataSource.class, () -> ds)
        .withPropertyValues(register[0], register[1], "trygg.keys.key-file=" + Fixtures.keyFile(dir),
            "trygg.dsr.subject-key-id=" + Fixtures.SUBJECT_KEY_ID, "trygg.dsr.store=postgres")
        .run(context -> {
          TryggConfigurationException e = find(context.getStartupFailure());
          assertThat(e.property()).isEqualTo("trygg.dsr.store");
          assertThat(e.getMessage()).contains("the PostgreSQL store (schema trygg_dsr) cannot be opened").doesNotContain(Fixtures.PASSWORD);
        });
  }

  @Test
  void anIdentifierKeyIdWithoutAKeyProviderStopsTheStartEvenWithTheApplicationsSubjectPseudonymiser() {
    // The application brings its subject pseudonyms with keys of its own, but the store's key id
    // has nowhere to be found: trygg.keys.* is not set and there is no KeyProvider bean.
    KeyProvider own = KeyProvider.of(List.of(MasterKey.generate(new KeyRef("own-subjects", 1), KeyStatus.PRIMARY, Fixtures.RANDOM)));
    String[] register = Fixtures.register();
    Starter.runner().withBean(SubjectPseudonymiser.class, () -> SubjectPseudonymiser.of(own, "own-subjects"))
        .withPropertyValues(register[0], register[1], "trygg.dsr.journal=" + dir.resolve("own-subjects.journal"),
            "trygg.dsr.identifier-key-id=" + Fixtures.IDENTIFIER_KEY_ID)
        .run(context -> {
          TryggConfigurationException e = find(context.getStartupFailure());
          assertThat(e).as("no TryggConfigurationException in %s", context.getStartupFailure()).isNotNull();
          assertThat(e.property()).isEqualTo("trygg.dsr.identifier-key-id");
          assertThat(e.getMessage()).contains("is 'dsr-identifiers', but there is no key provider", "configure trygg.keys.*",
              "or provide one KeyProvider bean");
        });
  }

  static TryggConfigurationException find(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TryggConfigurationException e) {
        return e;
      }
    }
    return null;
  }

  static FailureAnalyzer analyzer() {
    try {
      return (FailureAnalyzer) Class.forName("io.github.trygg.spring.boot.internal.ConfigurationFailureAnalyzer").getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The base64url key material of every key in a key file. */
  static List<String> materials(Path keyFile) {
    try {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"material\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(keyFile, StandardCharsets.UTF_8));
      List<String> all = new ArrayList<>();
      while (m.find()) {
        all.add(m.group(1));
      }
      assertThat(all).as("material in %s", keyFile).isNotEmpty();
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base64url key material of the first key in a key file. */
  static String material(Path keyFile) {
    try {
      String json = Files.readString(keyFile, StandardCharsets.UTF_8);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"material\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
      assertThat(m.find()).as("material in %s", json.length()).isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
