/**
 * The propagation engine behind {@code io.github.trygg.core.propagation}: the register indexed into
 * int arrays, adjacency in compressed rows, strongly connected components found without recursion,
 * and one max-fixpoint solver that relaxes every edge once. Not exported.
 */
@NullMarked
package io.github.trygg.core.internal.propagation;

import org.jspecify.annotations.NullMarked;
