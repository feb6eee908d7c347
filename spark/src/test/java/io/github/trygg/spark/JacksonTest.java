package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.trygg.crypto.record.RecordPolicy;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.junit.jupiter.api.Test;

/**
 * Spark's Jackson 2 and Trygg's Jackson 3 in one class path: Spark 4.2 brings jackson-annotations
 * 2.21, the version Jackson 3.1's databind needs, so one copy of the annotations serves both.
 */
class JacksonTest {
  @Test
  void sparksJackson2AndTryggsJackson3WorkSideBySide() {
    assertEquals(2, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.getMajorVersion());
    assertEquals(3, tools.jackson.databind.json.JsonMapper.builder().build().version().getMajorVersion());
    String annotations = JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertTrue(annotations.contains("jackson-annotations-2.21"), annotations);

    RecordPolicy policy = Fixtures.policy(); // YAML through Jackson 3
    SparkSession spark = TestSpark.session();
    Dataset<Row> json = spark.read().json(spark.createDataset(List.of("{\"a\":{\"b\":[1,2]}}"), Encoders.STRING())); // Jackson 2
    assertEquals(json.schema(), DataType.fromJson(json.schema().json()));
    assertEquals("care-export", policy.id());
  }
}
