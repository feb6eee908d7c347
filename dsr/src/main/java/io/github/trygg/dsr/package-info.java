/** Data-subject rights across systems and vendors. */
@NullMarked
package io.github.trygg.dsr;

import org.jspecify.annotations.NullMarked;
