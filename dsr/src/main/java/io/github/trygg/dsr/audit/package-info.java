/**
 * The audit log: every state change as a hash-chained (SHA-256) entry that names the subject only
 * by a keyed pseudonym, and a verification that finds modified, deleted, reordered and truncated
 * entries. The pseudonyms are {@code trygg-crypto}'s HMAC pseudonyms ({@link
 * io.github.trygg.dsr.audit.SubjectPseudonymiser}), with keys from its {@code KeyProvider}: one key
 * model and one pseudonym format for the whole of Trygg.
 */
@NullMarked
package io.github.trygg.dsr.audit;

import org.jspecify.annotations.NullMarked;
