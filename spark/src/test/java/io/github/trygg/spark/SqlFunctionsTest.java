package io.github.trygg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.record.RecordPolicy;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQL functions give the values single calls give, and count what they did. */
class SqlFunctionsTest {
  @TempDir
  Path dir;

  @Test
  void sqlFunctionsGiveTheSingleProcessValues() {
    SparkSession spark = TestSpark.session();
    Path keys = Fixtures.keyFile(dir);
    RecordPolicy policy = Fixtures.policy();
    SqlFunctions functions = SqlFunctions.register(spark, policy, ExecutorKeys.keyFile(keys.toString()), Fixtures.CLOCK);

    StructType schema = new StructType().add("customerId", DataTypes.StringType).add("personnummer", DataTypes.StringType)
        .add("birthDate", DataTypes.StringType).add("postcode", DataTypes.StringType).add("minutes", DataTypes.IntegerType);
    List<Row> rows = List.of(
        RowFactory.create("K-4711", "640823-3234", "1964-08-23", "41319", 37),
        RowFactory.create("K-4712", "196408233234", "19380201", "11122", 4),
        RowFactory.create(null, "not a number", null, "", null));
    spark.createDataFrame(rows, schema).createOrReplaceTempView("sql_visits");
    List<Row> out = spark.sql("SELECT trygg_pseudonym(customerId, 'care-export-2026'), trygg_identity_pseudonym(personnummer, 'care-export-2026'), "
        + "trygg_generalise(birthDate, 'year'), trygg_generalise(postcode, 'truncate:3'), trygg_generalise(minutes, 'range:10') "
        + "FROM sql_visits ORDER BY customerId NULLS LAST").collectAsList();

    Pseudonymisation p = Fixtures.pseudonymisation(keys);
    PseudonymisationDomain domain = policy.domain("care-export-2026").orElseThrow();
    assertEquals(p.hmac(domain).pseudonymise("K-4711"), out.get(0).getString(0));
    String person = p.identityHmac(domain).pseudonymise("196408233234");
    assertEquals(person, out.get(0).getString(1));
    assertEquals(person, out.get(1).getString(1), "one person, one pseudonym, whatever the written form");
    assertEquals(List.of("1964", "413", "30-39"), List.of(out.get(0).getString(2), out.get(0).getString(3), out.get(0).getString(4)));
    assertEquals(List.of("1938", "111", "0-9"), List.of(out.get(1).getString(2), out.get(1).getString(3), out.get(1).getString(4)));
    assertNull(out.get(2).getString(0));
    // The policy makes invalid numbers opaque: the HMAC of the raw text.
    assertEquals(p.hmac(domain).pseudonymise("not a number"), out.get(2).getString(1));

    assertEquals(2, functions.counts().get("trygg_pseudonym(care-export-2026)").pseudonymised());
    assertEquals(1, functions.counts().get("trygg_pseudonym(care-export-2026)").empty());
    assertEquals(1, functions.counts().get("trygg_identity_pseudonym(care-export-2026)").invalid());
    assertEquals(2, functions.counts().get("trygg_generalise(year)").generalised());
  }
}
