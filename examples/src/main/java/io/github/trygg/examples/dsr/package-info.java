/** A data-subject request for a care recipient, taken through the sample register to completion. */
@NullMarked
package io.github.trygg.examples.dsr;

import org.jspecify.annotations.NullMarked;
