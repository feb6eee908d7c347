package io.github.trygg.spark;

import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;

/**
 * The file formats a job reads and writes, with the options that make Spark's CSV the RFC 4180 CSV
 * the single-process pseudonymiser reads: a header, quotes doubled inside quoted fields, every
 * column text. Writing never replaces what is there.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DatasetFormat {
  /** Parquet: types and nesting kept. */
  PARQUET,
  /**
   * CSV whose quoted fields may hold line breaks (RFC 4180). Such a file cannot be split: one task
   * reads each file, so give a large input as many files.
   */
  CSV,
  /** CSV with one record per line: a large file is split between tasks. */
  CSV_LINES,
  /** JSON Lines, one record per line; types inferred from the data, nulls written as null. */
  JSON_LINES;

  /**
   * Reads {@code path} (a file, a directory or a glob) in this format; nothing runs until an action.
   *
   * @param spark the session to read with
   * @param path a file, a directory or a glob
   * @return the lazy Dataset
   */
  public Dataset<Row> read(SparkSession spark, String path) {
    DataFrameReader r = spark.read();
    return switch (this) {
      case PARQUET -> r.parquet(path);
      case CSV, CSV_LINES -> csv(r).option("multiLine", this == CSV).csv(path);
      case JSON_LINES -> r.option("mode", "FAILFAST").json(path);
    };
  }

  /**
   * Writes {@code dataset} to {@code path}, which must not exist: one action.
   *
   * @param dataset the rows to write
   * @param path where to write; Spark fails the action if it exists
   */
  public void write(Dataset<Row> dataset, String path) {
    switch (this) {
      case PARQUET -> dataset.write().mode(SaveMode.ErrorIfExists).parquet(path);
      case CSV, CSV_LINES -> dataset.write().mode(SaveMode.ErrorIfExists).option("header", true).option("escape", "\"").csv(path);
      case JSON_LINES -> dataset.write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", false).json(path);
    }
  }

  private static DataFrameReader csv(DataFrameReader r) {
    return r.option("header", true).option("escape", "\"").option("inferSchema", false).option("mode", "FAILFAST");
  }
}
