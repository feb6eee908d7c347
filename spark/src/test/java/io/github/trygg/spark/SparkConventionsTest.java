package io.github.trygg.spark;

import io.github.trygg.conventions.ModuleConventionsTest;

/**
 * docs/api-conventions.md, the layout rules and the API snapshot (api/trygg-spark.txt), checked on
 * this module. It is an automatic module (Spark's jars have no module names), so its API is its
 * packages outside {@code internal}.
 */
class SparkConventionsTest extends ModuleConventionsTest {
  SparkConventionsTest() {
    super("io.github.trygg.spark", SparkPseudonymiser.class, "api/trygg-spark.txt");
  }
}
