/** Checks every published Trygg module runs on itself: API conventions, layout and the API snapshot. */
@NullMarked
package io.github.trygg.conventions;

import org.jspecify.annotations.NullMarked;
