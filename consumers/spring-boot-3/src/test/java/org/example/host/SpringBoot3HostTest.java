package org.example.host;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class SpringBoot3HostTest {
  /** The application has a PostgreSQL DataSource (for the starter's DSR desk, StarterHostTest); it needs a server. */
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> PostgresServer.shared().url());
    registry.add("spring.datasource.username", () -> "trygg");
  }

  @Autowired ObjectMapper applicationJackson;

  @Test
  void everydayJobsRunNextToJackson2(@TempDir Path work) throws Exception {
    // The situation that broke Trygg before: Jackson 2.19's annotations, which lack what Jackson 3 needs.
    assertTrue(applicationJackson.version().toString().startsWith("2.19."), applicationJackson.version().toString());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"));

    EverydayJobs.Summary s = EverydayJobs.runAll(Path.of(System.getProperty("samples")), Path.of(System.getProperty("policy")), work);
    String json = applicationJackson.writeValueAsString(s);
    System.out.println("Spring Boot 3, Jackson " + applicationJackson.version() + ": " + json);
    assertTrue(json.contains("\"records\":3"), json);
  }
}
