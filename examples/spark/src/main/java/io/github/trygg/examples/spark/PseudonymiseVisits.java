package io.github.trygg.examples.spark;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.record.FieldCounts;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.spark.DatasetFormat;
import io.github.trygg.spark.ExecutorKeys;
import io.github.trygg.spark.SparkPseudonymiser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark job that pseudonymises alarm visits with a record policy — on generated data when asked.
 *
 * <pre>
 * spark-submit --master local[2] --class io.github.trygg.examples.spark.PseudonymiseVisits \
 *   examples/spark/target/trygg-spark-example.jar \
 *   --policy examples/spark/care-export.policy.yaml --keys /tmp/trygg-keys.json --create-keys \
 *   --generate 1000000 --in /tmp/visits --in-format csv-lines --out /tmp/visits-pseudonymised --out-format parquet
 * </pre>
 *
 * <p>On a cluster, {@code --keys} names a path that exists on every node (a mounted secret); the
 * job never sends the keys anywhere.
 */
public final class PseudonymiseVisits {
  private static final StructType VISITS = new StructType()
      .add("personnummer", DataTypes.StringType).add("customerId", DataTypes.StringType).add("visitId", DataTypes.StringType)
      .add("birthDate", DataTypes.StringType).add("postcode", DataTypes.StringType).add("responseMinutes", DataTypes.StringType)
      .add("name", DataTypes.StringType).add("alarmType", DataTypes.StringType);
  private static final String[] TYPES = {"fall", "button", "door", "smoke", "wander"};

  private PseudonymiseVisits() {}

  public static void main(String[] args) {
    Map<String, String> o = options(args);
    SparkSession spark = SparkSession.builder().appName("trygg-pseudonymise-visits").getOrCreate();
    try {
      Path keys = Path.of(require(o, "keys"));
      if (o.containsKey("create-keys") && !Files.exists(keys)) {
        KeyFileProvider.create(keys, "export");
        System.out.println("created key file " + keys);
      }
      DatasetFormat inFormat = format(o.getOrDefault("in-format", "csv-lines"));
      DatasetFormat outFormat = format(o.getOrDefault("out-format", "parquet"));
      if (o.containsKey("generate")) {
        long rows = Long.parseLong(o.get("generate"));
        inFormat.write(generate(spark, rows, Integer.parseInt(o.getOrDefault("partitions", "8"))), require(o, "in"));
        System.out.println("generated " + rows + " visits in " + o.get("in"));
      }
      SparkPseudonymiser trygg = SparkPseudonymiser.builder()
          .policy(RecordPolicy.read(Path.of(require(o, "policy"))))
          .keys(ExecutorKeys.keyFile(keys.toAbsolutePath().toString()))
          .build();
      long started = System.nanoTime();
      RecordReport report = trygg.run(spark, require(o, "in"), inFormat, require(o, "out"), outFormat);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, "pseudonymised %d records in %.1f s (%.0f records/s); invalid values: %d%n",
          report.records(), seconds, report.records() / seconds, report.invalid());
      for (Map.Entry<String, FieldCounts> f : report.fields().entrySet()) {
        FieldCounts c = f.getValue();
        System.out.printf(Locale.ROOT, "  %-16s pseudonymised %d, generalised %d, kept %d, dropped %d, empty %d, invalid %d %s%n", f.getKey(),
            c.pseudonymised(), c.generalised(), c.kept(), c.dropped(), c.empty(), c.invalid(), c.invalidByCode().isEmpty() ? "" : c.invalidByCode());
      }
      System.out.println("key versions: " + report.keys());
    } finally {
      spark.stop();
    }
  }

  /** Generated visits, made on the executors, the same for the same row number; one in 1000 with a bad check digit. */
  static Dataset<Row> generate(SparkSession spark, long rows, int partitions) {
    MapFunction<Long, Row> visit = PseudonymiseVisits::visit;
    return spark.range(0, rows, 1, partitions).map(visit, Encoders.row(VISITS));
  }

  static Row visit(long id) {
    SplittableRandom random = new SplittableRandom(id * 0x9E3779B97F4A7C15L);
    LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1925, 1, 1).toEpochDay(), LocalDate.of(2024, 1, 1).toEpochDay()));
    IdentityNumber person = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, random.nextInt(1, 1000));
    String pnr = person.canonical();
    if (id % 1000 == 999) {
      pnr = pnr.substring(0, 11) + (char) ('0' + (pnr.charAt(11) - '0' + 1) % 10);
    }
    return RowFactory.create(pnr, "K-" + random.nextInt(1_000_000), "V-" + id, birth.toString(), String.valueOf(10000 + random.nextInt(90000)),
        String.valueOf(random.nextInt(240)), "Efternamn" + random.nextInt(10000) + ", Förnamn", TYPES[random.nextInt(TYPES.length)]);
  }

  private static DatasetFormat format(String name) {
    return DatasetFormat.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  private static String require(Map<String, String> o, String name) {
    String v = o.get(name);
    if (v == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return v;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      if (name.equals("create-keys")) {
        o.put(name, "");
      } else if (i + 1 < args.length) {
        o.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    return o;
  }
}
