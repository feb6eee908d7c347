/** Implementation of trygg-spark; not API. */
@NullMarked
package io.github.trygg.spark.internal;

import org.jspecify.annotations.NullMarked;
