/** Sealing, signing and pseudonymisation. */
@NullMarked
package io.github.trygg.crypto;

import org.jspecify.annotations.NullMarked;
