/** JSON output of the tool, written by trygg-core's own (relocated) Jackson. */
@NullMarked
package io.github.trygg.examples.internal.json;

import org.jspecify.annotations.NullMarked;
