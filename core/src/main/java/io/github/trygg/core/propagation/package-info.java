/**
 * Protected-value propagation along integration chains: for every system and flow in a register,
 * what it must meet, what it is cleared for, and why. Confidentiality and traceability follow the
 * data through every hop, integrity and availability go upstream along dependencies, platforms
 * carry the highest of what they host and composites are as strong as their weakest part. Every
 * derived level carries a trace (rule, originating asset, path); findings carry a severity and a
 * trace; compilations become review items, never silent raises.
 *
 * <p>Start with {@link io.github.trygg.core.propagation.Propagation#run(io.github.trygg.core.register.Register)}.
 */
@NullMarked
package io.github.trygg.core.propagation;

import org.jspecify.annotations.NullMarked;
