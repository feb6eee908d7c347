/**
 * Record policies on Apache Spark: {@link io.github.trygg.spark.SparkPseudonymiser} applies a
 * {@link io.github.trygg.crypto.record.RecordPolicy} to a Dataset with the single-process
 * pseudonymiser's own code, {@link io.github.trygg.spark.SqlFunctions} offers it to SQL, {@link
 * io.github.trygg.spark.SparkReidentifier} reverses it as an audited job, and {@link
 * io.github.trygg.spark.ExecutorKeys} says how executors open the keys themselves.
 */
@NullMarked
package io.github.trygg.spark;

import org.jspecify.annotations.NullMarked;
