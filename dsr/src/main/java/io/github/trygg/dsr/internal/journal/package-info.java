/** The embedded file journal: append-only, checksummed records, group commit, torn-tail recovery. */
@NullMarked
package io.github.trygg.dsr.internal.journal;

import org.jspecify.annotations.NullMarked;
