package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.cases.AuditTrail;
import io.github.trygg.dsr.cases.Breaches;
import io.github.trygg.dsr.cases.Consents;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.dsr.cases.Requests;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.IdentifierKey;
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

/** The DSR desk from {@code trygg.dsr.*}: on a file journal, and on PostgreSQL through the application's DataSource. */
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
      DataSubjectRequest request = context.getBean(Requests.class).receive(Fixtures.accessRequest(child, Instant.now()), "starter-test");
      assertThat(request.deadline().due()).isAfter(LocalDate.now().plusDays(20));
      id.set(request.id());
    });
    // The journal outlives the context: a restarted application finds the request, and the store
    // keeps the identity number encrypted (trygg.dsr.identifier-key-file).
    Starter.runner().withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context.getBean(Requests.class).request(id.get()).identifiers()).extracting(i -> i.value()).containsExactly(child);
    });
    assertThat(readJournal()).doesNotContain(child).doesNotContain(child.replace("-", ""));
  }

  @Test
  void withoutAnIdentifierKeyTheStoreKeepsIdentifiersAsTheyAre() {
    // The counterpart of the encryption above, so that the assertion there can fail.
    List<String> properties = new ArrayList<>(Fixtures.journalDesk(dir));
    properties.removeIf(p -> p.startsWith("trygg.dsr.identifier-key-file="));
    String child = Fixtures.childNumber();
    Starter.runner().withPropertyValues(properties.toArray(String[]::new)).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(IdentifierKey.class);
      context.getBean(Requests.class).receive(Fixtures.accessRequest(child, Instant.now()), "starter-test");
    });
    assertThat(readJournal()).contains(child);
  }

  @Test
  void theJurisdictionPropertyDecidesWhenTheRegisterNamesNone() {
    String[] register = Fixtures.registerWithoutOrganisation(dir);
    Starter.runner().withPropertyValues(register[0], register[1], "trygg.jurisdiction=norway", "trygg.dsr.journal=" + dir.resolve("dsr.journal"),
        "trygg.dsr.subject-key-file=" + Fixtures.randomBytes(dir, "subject.key", 32)).run(context -> {
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
  void postgresThroughTheApplicationsDataSourceCreatesItsSchemaAndKeepsRequests() throws Exception {
    DataSource dataSource = PostgresServer.shared().dataSource();
    String schema = "starter_" + Long.toHexString(Fixtures.RANDOM.nextLong() & Long.MAX_VALUE);
    String child = Fixtures.childNumber();
    List<String> properties = new ArrayList<>(Fixtures.journalDesk(dir));
    properties.removeIf(p -> p.startsWith("trygg.dsr.journal="));
    properties.add("trygg.dsr.store=postgres");
    properties.add("trygg.dsr.schema=" + schema);
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
    // Another application instance on the same database sees the request.
    Starter.runner().withBean(DataSource.class, () -> dataSource).withPropertyValues(properties.toArray(String[]::new)).run(context ->
        assertThat(context.getBean(Requests.class).request(id.get()).identifiers()).extracting(i -> i.value()).containsExactly(child));
  }

  private String readJournal() {
    try {
      return Files.readString(dir.resolve("dsr.journal"), StandardCharsets.ISO_8859_1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
