/** The Immutables style shared by all Trygg modules. */
@NullMarked
package io.github.trygg.core.internal.value;

import org.jspecify.annotations.NullMarked;
