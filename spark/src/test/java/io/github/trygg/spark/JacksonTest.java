package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.trygg.crypto.record.RecordPolicy;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark's Jackson 2 and Trygg's Jackson 3 in one class path: Spark 4.2 brings jackson-annotations
 * 2.21, the version Jackson 3.1's databind needs, so one copy of the annotations serves both.
 */
class JacksonTest {
  @TempDir
  Path dir;

  @Test
  void sparksJackson2AndTryggsJackson3WorkSideBySide() throws java.io.IOException {
    assertEquals(2, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion());
    assertEquals(3, tools.jackson.databind.json.JsonMapper.builder().build().version().getMajorVersion());
    String annotations = JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(annotations.contains("jackson-annotations-2.21"), annotations);

    RecordPolicy policy = Fixtures.policy(); // YAML through Jackson 3
    SparkSession spark = TestSpark.session();
    Path file = java.nio.file.Files.writeString(dir.resolve("a.jsonl"), "{\"a\":{\"b\":[1,2]}}\n");
    Dataset<Row> json = spark.read().json(file.toString()); // Jackson 2
    assertEquals(json.schema(), DataType.fromJson(json.schema().json()));
    assertEquals("care-export", policy.id());
  }
}
