/**
 * The machinery behind {@code io.github.trygg.core.message}: the decision table compiled to bit
 * masks and its reader, the term automaton and the identity-number scanner. It knows the message
 * vocabulary only through the enum classes it is handed, so the public package can depend on it
 * without a cycle.
 */
@NullMarked
package io.github.trygg.core.internal.message;

import org.jspecify.annotations.NullMarked;
