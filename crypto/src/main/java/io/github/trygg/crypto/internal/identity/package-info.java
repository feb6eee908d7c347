/**
 * Format-valid pseudonyms of Swedish and Norwegian identity numbers: the set of (birth date,
 * serial) pairs a number can encode, indexed densely, and FF1 with cycle-walking over that index.
 */
@NullMarked
package io.github.trygg.crypto.internal.identity;

import org.jspecify.annotations.NullMarked;
