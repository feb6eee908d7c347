/** Runnable examples of the Trygg API. */
@NullMarked
package io.github.trygg.examples;

import org.jspecify.annotations.NullMarked;
