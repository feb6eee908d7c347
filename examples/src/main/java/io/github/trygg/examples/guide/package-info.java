/**
 * The code the guides in docs/ show, one class per guide. The regions between {@code snippet:start}
 * and {@code snippet:end} appear verbatim in the documents; the tests next to them run each one on
 * real inputs (certificates made by the openssl command, the sample register, generated records) and
 * check what it did.
 */
@NullMarked
package io.github.trygg.examples.guide;

import org.jspecify.annotations.NullMarked;
