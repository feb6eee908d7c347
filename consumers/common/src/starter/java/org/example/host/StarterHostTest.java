package org.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.register.Register;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.crypto.seal.Pem;
import io.github.trygg.crypto.send.MessageDeniedException;
import io.github.trygg.crypto.send.SealedDispatch;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.dsr.cases.Requests;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.spring.boot.TryggMessages;
import io.github.trygg.spring.boot.TryggRecords;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The host application with trygg-spring-boot-starter, as a vendor configures it: the register,
 * a key file, a record policy, trust anchors and the DSR desk on PostgreSQL through the
 * application's own DataSource (spring.datasource.*). The everyday jobs run through the starter's
 * beans, and Actuator shows Trygg's health and meters over HTTP.
 */
@SpringBootTest(classes = HostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "trygg.register.files=${samples}/product-larmkraft.yaml,${samples}/register.yaml",
    "trygg.pseudonymisation.policy=${policy}",
    "trygg.dsr.store=postgres",
    "management.endpoints.web.exposure.include=health,metrics",
    "management.endpoint.health.show-details=always"})
class StarterHostTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Path WORK = work();
  private static final HostPki PKI = new HostPki();
  private static final String SCHEMA = "host_" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);

  @DynamicPropertySource
  static void trygg(DynamicPropertyRegistry registry) throws IOException {
    registry.add("spring.datasource.url", () -> PostgresServer.shared().url());
    registry.add("spring.datasource.username", () -> "trygg");
    // One key file for everything: the record policy's key and the DSR desk's two, each its own key id.
    Path keys = WORK.resolve("keys.json");
    KeyFileProvider.create(keys, "export");
    KeyFileProvider.rotate(keys, "dsr-subjects");
    KeyFileProvider.rotate(keys, "dsr-identifiers");
    registry.add("trygg.keys.key-file", keys::toString);
    Path ca = Files.writeString(WORK.resolve("ca.pem"), Pem.encode("CERTIFICATE", PKI.caEncoded()));
    registry.add("trygg.sealing.trust-anchors", ca::toString);
    registry.add("trygg.dsr.subject-key-id", () -> "dsr-subjects");
    registry.add("trygg.dsr.identifier-key-id", () -> "dsr-identifiers");
    registry.add("trygg.dsr.schema", () -> SCHEMA);
  }

  @Autowired Register register;
  @Autowired TryggMessages messages;
  @Autowired TryggRecords records;
  @Autowired Requests requests;
  @Autowired DataSource applicationDataSource;
  @Value("${local.server.port}") int port;

  @Test
  void everydayJobsRunThroughTheStartersBeansAndShowInHealthAndMetrics() throws Exception {
    // The register: the vendor's product profile and the municipality's usage file, validated at start-up.
    assertTrue(register.problems().isEmpty(), register.problems().toString());
    assertTrue(register.systems().size() > 1);

    // Decide and seal; open; a denied send seals nothing.
    String text = "Hej! Ditt provsvar är klart: blodsocker 6,1 mmol/l.";
    SealedDispatch sent = messages.send(HostPki.email(), text, PKI.unit(), List.of(PKI.patientCertificate()));
    assertEquals(text, new String(messages.openAndVerify(sent.message().encoded(), PKI.patient()).content(), StandardCharsets.UTF_8));
    assertThrows(MessageDeniedException.class,
        () -> messages.send(HostPki.portalAtLevel3(), "Epikrise: innlagt for hjerteinfarkt.", PKI.unit(), List.of(PKI.patientCertificate())));

    // Pseudonymise a CSV through the configured record policy and key file.
    List<String> numbers = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RecordReport report = records.csv(new ByteArrayInputStream(HostPki.visitsCsv(numbers).getBytes(StandardCharsets.UTF_8)), out, "visits.csv",
        CsvFormat.rfc4180());
    assertEquals(3, report.records());
    String pseudonymised = out.toString(StandardCharsets.UTF_8);
    numbers.forEach(n -> assertFalse(pseudonymised.contains(n), "an identity number survived the policy"));

    // Open a DSR request; the desk keeps it in PostgreSQL, in the schema it created.
    DataSubjectRequest request = requests.receive(HostPki.accessIntake(Instant.now()), "host-test");
    assertTrue(request.deadline().due().isAfter(LocalDate.now().plusDays(20)), request.deadline().toString());
    assertTrue(request.subjectRef().startsWith("dsr-subjects.1."), "the subject pseudonym is made under the key id dsr-subjects");
    try (Connection c = applicationDataSource.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select count(*) from information_schema.tables where table_schema = '" + SCHEMA + "'")) {
      rs.next();
      assertTrue(rs.getInt(1) > 0, "no tables in " + SCHEMA);
    }
    // The identifiers are sealed in the database under the key id dsr-identifiers.
    String identifier = request.identifiers().get(0).value();
    try (Connection c = applicationDataSource.getConnection(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select payload from " + SCHEMA + ".request")) {
      assertTrue(rs.next(), "no request in " + SCHEMA);
      String payload = new String(rs.getBytes(1), StandardCharsets.ISO_8859_1);
      assertFalse(payload.contains(identifier), "the identifier is stored unsealed");
      assertTrue(payload.contains("dsr-identifiers.1."), "no value sealed under dsr-identifiers");
    }

    // Actuator over HTTP: Trygg's health with its details, and its meters.
    String health = get("/actuator/health");
    String trygg = component(health, "trygg");
    assertTrue(trygg.contains("\"status\":\"UP\""), health);
    assertTrue(trygg.contains("\"dsrStore\":\"open\""), health);
    for (String keyId : List.of("export", "dsr-subjects", "dsr-identifiers")) {
      assertTrue(trygg.contains("\"" + keyId + "\":\"usable (primary version 1)\""), health);
    }
    for (String meter : List.of("trygg.messages.decisions", "trygg.messages.denied", "trygg.envelopes.seals", "trygg.envelopes.opens",
        "trygg.pseudonymisation.values", "trygg.pseudonymisation.records", "trygg.dsr.requests.open", "trygg.dsr.requests.overdue",
        "trygg.dsr.tasks.open", "trygg.dsr.tasks.overdue")) {
      assertTrue(get("/actuator/metrics/" + meter).contains("\"name\":\"" + meter + "\""), meter);
    }
    String opened = get("/actuator/metrics/trygg.dsr.requests.open");
    assertFalse(opened.contains("\"value\":0.0"), opened);
    String values = get("/actuator/metrics/trygg.pseudonymisation.values?tag=action:pseudonymised");
    assertTrue(values.contains("\"value\":3.0"), values);
    for (String n : numbers) {
      assertFalse(values.contains(n));
    }
    System.out.println("Spring Boot host with the starter: " + health);
  }

  /** One component of the health JSON, found by counting braces (Spring Boot 3 and 4 order its fields differently). */
  private static String component(String json, String name) {
    int start = json.indexOf("\"" + name + "\":{");
    assertTrue(start >= 0, "no component " + name + " in " + json);
    int depth = 0;
    for (int i = json.indexOf('{', start); i < json.length(); i++) {
      char c = json.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0) {
        return json.substring(start, i + 1);
      }
    }
    throw new AssertionError("unbalanced JSON: " + json);
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return response.body();
  }

  private static Path work() {
    try {
      return Files.createDirectories(Path.of("target", "starter-host-" + ProcessHandle.current().pid()).toAbsolutePath());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
