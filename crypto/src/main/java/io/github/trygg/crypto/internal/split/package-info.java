/**
 * Secret sharing on bytes: Shamir over GF(2^8) through Bouncy Castle's threshold splitter (1.87,
 * whose field arithmetic is constant-time and whose share arrays are sized right), and XOR.
 */
@NullMarked
package io.github.trygg.crypto.internal.split;

import org.jspecify.annotations.NullMarked;
