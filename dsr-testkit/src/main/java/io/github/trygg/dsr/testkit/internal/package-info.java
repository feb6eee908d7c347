/** The entities the contract writes. Not exported: a host's tests use the contract, not these. */
@NullMarked
package io.github.trygg.dsr.testkit.internal;

import org.jspecify.annotations.NullMarked;
