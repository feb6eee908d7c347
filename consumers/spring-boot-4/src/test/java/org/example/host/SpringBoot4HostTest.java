package org.example.host;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
class SpringBoot4HostTest {
  /** The application has a PostgreSQL DataSource (for the starter's DSR desk, StarterHostTest); it needs a server. */
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> PostgresServer.shared().url());
    registry.add("spring.datasource.username", () -> "trygg");
  }

  @Autowired JsonMapper applicationJackson;

  @Test
  void everydayJobsRunNextToTheApplicationsJackson3(@TempDir Path work) {
    // Spring Boot 4.0.7's BOM pins Jackson 3.1.4; Trygg keeps its own, relocated, whatever the BOM says.
    assertTrue(applicationJackson.version().toString().startsWith("3.1.4"), applicationJackson.version().toString());

    EverydayJobs.Summary s = EverydayJobs.runAll(Path.of(System.getProperty("samples")), Path.of(System.getProperty("policy")), work);
    String json = applicationJackson.writeValueAsString(s);
    System.out.println("Spring Boot 4, Jackson " + applicationJackson.version() + ": " + json);
    assertTrue(json.contains("\"records\":3"), json);
  }
}
