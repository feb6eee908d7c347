/**
 * The only place that touches Jackson: reading JSON and YAML into a tree that remembers where every
 * value came from, collecting every problem before failing, and writing trees back deterministically.
 * Exported to sibling modules only.
 */
@NullMarked
package io.github.trygg.core.internal.json;

import org.jspecify.annotations.NullMarked;
