/** JSON output of the tool; the only place in examples that touches the Jackson mapper. */
@NullMarked
package io.github.trygg.examples.internal.json;

import org.jspecify.annotations.NullMarked;
