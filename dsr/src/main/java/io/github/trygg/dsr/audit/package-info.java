/**
 * The audit log: every state change as a hash-chained (SHA-256) entry that names the subject only
 * by a keyed pseudonym, and a verification that finds modified, deleted, reordered and truncated
 * entries.
 */
@NullMarked
package io.github.trygg.dsr.audit;

import org.jspecify.annotations.NullMarked;
