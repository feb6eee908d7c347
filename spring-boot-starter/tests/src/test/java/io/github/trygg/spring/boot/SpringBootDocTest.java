package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.crypto.send.SealedDispatch;
import io.github.trygg.dsr.request.DataSubjectRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/spring-boot.md is compiled and run: its Java block is {@link CareService}, its properties
 * block starts a context in which every method of the service works, and its properties table
 * lists exactly the properties of the starter's configuration metadata, with their defaults.
 */
class SpringBootDocTest {
  private static final Pattern REGION = Pattern.compile("// snippet:start ([\\w-]+)\\n(.*?)\\n[ \\t]*// snippet:end", Pattern.DOTALL);

  @TempDir Path dir;

  private static String doc() throws IOException {
    return Files.readString(Path.of(System.getProperty("trygg.docs", "../../../docs"), "spring-boot.md"), StandardCharsets.UTF_8);
  }

  private static String block(String name, String language) throws IOException {
    Matcher m = Pattern.compile("<!-- snippet: " + name + " -->\\s*```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(doc());
    assertThat(m.find()).as("docs/spring-boot.md has a %s block %s", language, name).isTrue();
    return m.group(1).stripTrailing();
  }

  @Test
  void theJavaBlockIsTheCompiledService() throws IOException {
    Matcher m = REGION.matcher(Files.readString(Path.of("../src/test/java/io/github/trygg/spring/boot/CareService.java"), StandardCharsets.UTF_8));
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("spring-boot-service");
    assertThat(block("spring-boot-service", "java")).isEqualTo(m.group(2).stripTrailing());
  }

  @Test
  void thePropertiesBlockStartsTheServiceAndEachMethodWorks() throws Exception {
    Properties shown = new Properties();
    shown.load(new StringReader(block("spring-boot-properties", "properties")));
    // The files under /etc/trygg/, made here; the password from the environment the comment names.
    Files.copy(Fixtures.samples().resolve("product-larmkraft.yaml"), dir.resolve("product-larmkraft.yaml"));
    Files.copy(Fixtures.samples().resolve("register.yaml"), dir.resolve("register.yaml"));
    Files.move(Fixtures.pkcs12(dir), dir.resolve("keys.p12"));
    Fixtures.Pki pki = new Fixtures.Pki();
    Files.move(pki.caPem(dir), dir.resolve("ca.pem"));
    List<String> properties = new ArrayList<>();
    for (String key : new TreeMap<>(shown).keySet().stream().map(Object::toString).toList()) {
      if (key.startsWith("trygg.") || key.startsWith("management.")) {
        properties.add(key + "=" + shown.getProperty(key).replace("/etc/trygg/", dir + "/"));
      }
    }
    assertThat(shown.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
    properties.add("trygg.keys.password=" + Fixtures.PASSWORD);
    properties.add("trygg.dsr.schema=doc_" + Long.toHexString(Fixtures.RANDOM.nextLong() & Long.MAX_VALUE));
    DataSource database = PostgresServer.shared().dataSource();

    Starter.runner().withBean(DataSource.class, () -> database).withBean(CareService.class)
        .withPropertyValues(properties.toArray(String[]::new)).run(context -> {
          assertThat(context).hasNotFailed();
          CareService service = context.getBean(CareService.class);

          SealedDispatch sent = service.sendResult("Ditt provsvar är klart.", pki.unitCredential, pki.patient);
          assertThat(sent.message().recipientCount()).isEqualTo(1);

          List<String> numbers = new ArrayList<>();
          Path visits = Files.writeString(dir.resolve("visits.csv"), Fixtures.visitsCsv(numbers));
          RecordReport report = service.exportVisits(visits, dir.resolve("visits.pseudonymised.csv"));
          assertThat(report.records()).isEqualTo(3);
          String out = Files.readString(dir.resolve("visits.pseudonymised.csv"));
          numbers.forEach(n -> assertThat(out).doesNotContain(n));

          DataSubjectRequest request = service.accessRequest(Fixtures.childNumber(), Instant.now());
          assertThat(request.deadline().due()).isAfter(LocalDate.now().plusDays(20));
        });
  }

  @Test
  void thePropertiesTableListsEveryPropertyOfTheMetadataWithItsDefault() throws IOException {
    String doc = doc();
    int start = doc.indexOf("\n## Properties\n");
    assertThat(start).as("a Properties section").isPositive();
    String section = doc.substring(start, doc.indexOf("\n## ", start + 1));
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `([a-z][\\w.-]+)` \\| ([^|]*) \\|").matcher(section);
    while (row.find()) {
      documented.put(row.group(1), row.group(2).strip());
    }
    Map<String, String> metadata = metadata();
    assertThat(metadata).as("properties in the metadata").hasSizeGreaterThan(20);
    assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(metadata.keySet());
    metadata.forEach((name, value) -> {
      if (!value.isEmpty()) {
        assertThat(documented.get(name)).as(name).contains("`" + value + "`");
      }
    });
  }

  /** Property names and defaults from the starter's META-INF/spring-configuration-metadata.json. */
  private static Map<String, String> metadata() throws IOException {
    String json = null;
    for (URL url : Collections.list(SpringBootDocTest.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.contains("\"io.github.trygg.spring.boot.TryggProperties\"")) {
          json = text;
        }
      }
    }
    assertThat(json).as("the starter's configuration metadata on the class path").isNotNull();
    String properties = json.substring(json.indexOf("\"properties\""), json.indexOf("\"hints\""));
    Map<String, String> names = new TreeMap<>();
    // One object per property; the processor writes each on lines of its own.
    for (String object : properties.split("\\n\\s*\\},?\\s*\\n")) {
      Matcher name = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"").matcher(object);
      if (!name.find()) {
        continue;
      }
      Matcher value = Pattern.compile("\"defaultValue\"\\s*:\\s*\"?([^\",\\n]+)\"?").matcher(object);
      names.put(name.group(1), value.find() ? value.group(1).strip() : "");
    }
    return names;
  }
}
