package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.cases.AuditTrail;
import io.github.trygg.dsr.cases.Breaches;
import io.github.trygg.dsr.cases.Consents;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.dsr.cases.Requests;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.store.DsrStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DSR desk from {@code trygg.dsr.*}: on a file journal, and on PostgreSQL through the
 * application's DataSource; subject pseudonyms and sealed identifiers under key ids of the key
 * provider from {@code trygg.keys.*}.
 */
class TryggDsrAutoConfigurationTest {
  @TempDir Path dir;

  @Test
  void aJournalMakesTheDeskAndItsFourServicesWhichKeepWhatTheyReceive() {
    List<String> properties = Fixtures.journalDesk(dir);
    String child = Fixtures.childNumber();
    AtomicReference<String> id = new AtomicReference<>();
    Starter.runner().withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(DsrStore.class).hasSingleBean(DsrCases.class).hasSingleBean(SubjectPseudonymiser.class)
          .hasSingleBean(Requests.class).hasSingleBean(Consents.class).hasSingleBean(Breaches.class).hasSingleBean(AuditTrail.class);
      DsrCases desk = context.getBean(DsrCases.class);
      assertThat(desk.jurisdiction()).isEqualTo(Jurisdiction.SWEDEN);
      assertThat(context.getBean(Requests.class)).isSameAs(desk.requests());
      assertThat(context.getBean(SubjectPseudonymiser.class).keyId()).isEqualTo(Fixtures.SUBJECT_KEY_ID);
      DataSubjectRequest request = context.getBean(Requests.class).receive(Fixtures.accessRequest(child, Instant.now()), "starter-test");
      assertThat(request.deadline().due()).isAfter(LocalDate.now().plusDays(20));
      assertThat(request.subjectRef()).startsWith(Fixtures.SUBJECT_KEY_ID + ".1.");
      id.set(request.id());
    });
    // The journal outlives the context: a restarted application finds the request, and the store
    // keeps the identity number sealed (trygg.dsr.identifier-key-id).
    Starter.runner().withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context.getBean(Requests.class).request(id.get()).identifiers()).extracting(i -> i.value()).containsExactly(child);
    });
    assertThat(readJournal()).doesNotContain(child).doesNotContain(child.replace("-", "")).contains(Fixtures.IDENTIFIER_KEY_ID + ".1.");
  }

  @Test
  void withoutAnIdentifierKeyIdTheJournalKeepsIdentifiersAsTheyAre() {
    // The counterpart of the sealing above, so that the assertion there can fail.
    List<String> properties = Fixtures.without(Fixtures.journalDesk(dir), "trygg.dsr.identifier-key-id=");
    String child = Fixtures.childNumber();
    Starter.runner().withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context).hasNotFailed();
      context.getBean(Requests.class).receive(Fixtures.accessRequest(child, Instant.now()), "starter-test");
    });
    assertThat(readJournal()).contains(child).doesNotContain(Fixtures.IDENTIFIER_KEY_ID + ".1.");
  }

  @Test
  void theJurisdictionPropertyDecidesWhenTheRegisterNamesNone() {
    String[] register = Fixtures.registerWithoutOrganisation(dir);
    Starter.runner().withPropertyValues(register[0], register[1], "trygg.jurisdiction=norway", "trygg.dsr.journal=" + dir.resolve("dsr.journal"),
        "trygg.keys.key-file=" + Fixtures.keyFile(dir), "trygg.dsr.subject-key-id=" + Fixtures.SUBJECT_KEY_ID).run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(DsrCases.class).jurisdiction()).isEqualTo(Jurisdiction.NORWAY);
        });
  }

  @Test
  void theJurisdictionMayRepeatTheRegistersOwn() {
    List<String> properties = new ArrayList<>(Fixtures.journalDesk(dir));
    properties.add("trygg.jurisdiction=SWEDEN");
    Starter.runner().withPropertyValues(properties.toArray(String[]::new)).run(context ->
        assertThat(context.getBean(DsrCases.class).jurisdiction()).isEqualTo(Jurisdiction.SWEDEN));
  }

  @Test
  void postgresThroughTheApplicationsDataSourceCreatesItsSchemaAndKeepsRequestsSealed() throws Exception {
    DataSource dataSource = PostgresServer.shared().dataSource();
    String schema = schema();
    String child = Fixtures.childNumber();
    List<String> properties = postgresDesk(schema);
    AtomicReference<String> id = new AtomicReference<>();
    Starter.runner().withBean(DataSource.class, () -> dataSource).withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(DsrCases.class);
      id.set(context.getBean(Requests.class).receive(Fixtures.accessRequest(child, Instant.now()), "starter-test").id());
    });
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from information_schema.tables where table_schema = '" + schema + "'")) {
      rs.next();
      assertThat(rs.getInt(1)).as("tables in schema " + schema).isPositive();
    }
    assertThat(requestRows(dataSource, schema)).doesNotContain(child).doesNotContain(child.replace("-", ""))
        .contains(Fixtures.IDENTIFIER_KEY_ID + ".1.");
    // Another application instance on the same database, with the same keys, reads the request.
    Starter.runner().withBean(DataSource.class, () -> dataSource).withPropertyValues(properties.toArray(String[]::new)).run(context ->
        assertThat(context.getBean(Requests.class).request(id.get()).identifiers()).extracting(i -> i.value()).containsExactly(child));
  }

  @Test
  void withoutAnIdentifierKeyIdPostgresKeepsIdentifiersAsTheyAre() throws Exception {
    // The counterpart of the sealing above, so that the assertion there can fail.
    DataSource dataSource = PostgresServer.shared().dataSource();
    String schema = schema();
    String child = Fixtures.childNumber();
    List<String> properties = Fixtures.without(postgresDesk(schema), "trygg.dsr.identifier-key-id=");
    Starter.runner().withBean(DataSource.class, () -> dataSource).withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context).hasNotFailed();
      context.getBean(Requests.class).receive(Fixtures.accessRequest(child, Instant.now()), "starter-test");
    });
    assertThat(requestRows(dataSource, schema)).contains(child).doesNotContain(Fixtures.IDENTIFIER_KEY_ID + ".1.");
  }

  @Test
  void theApplicationsSubjectPseudonymiserWinsAndNeedsNoSubjectKeyId() {
    KeyProvider own = KeyProvider.of(List.of(MasterKey.generate(new KeyRef("own-subjects", 1), KeyStatus.PRIMARY, Fixtures.RANDOM)));
    SubjectPseudonymiser mine = SubjectPseudonymiser.of(own, "own-subjects");
    List<String> properties = Fixtures.without(Fixtures.journalDesk(dir), "trygg.dsr.subject-key-id=");
    Starter.runner().withBean(SubjectPseudonymiser.class, () -> mine).withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(SubjectPseudonymiser.class)).isSameAs(mine);
      DataSubjectRequest request = context.getBean(Requests.class).receive(Fixtures.accessRequest(Fixtures.childNumber(), Instant.now()), "starter-test");
      assertThat(request.subjectRef()).startsWith("own-subjects.1.");
    });
  }

  private List<String> postgresDesk(String schema) {
    List<String> properties = Fixtures.without(Fixtures.journalDesk(dir), "trygg.dsr.journal=");
    properties.add("trygg.dsr.store=postgres");
    properties.add("trygg.dsr.schema=" + schema);
    return properties;
  }

  private static String schema() {
    return "starter_" + Long.toHexString(Fixtures.RANDOM.nextLong() & Long.MAX_VALUE);
  }

  /** Every column of every request row as text, the payloads read as ISO-8859-1 so that clear identifiers show. */
  private static String requestRows(DataSource dataSource, String schema) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select id, subject_ref, payload from " + schema + ".request")) {
      while (rs.next()) {
        all.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ')
            .append(new String(rs.getBytes(3), StandardCharsets.ISO_8859_1)).append('\n');
      }
    }
    assertThat(all).as("request rows in " + schema).isNotEmpty();
    return all.toString();
  }

  private String readJournal() {
    try {
      return Files.readString(dir.resolve("dsr.journal"), StandardCharsets.ISO_8859_1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
