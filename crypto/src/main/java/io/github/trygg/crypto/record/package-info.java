/**
 * Record pseudonymisation: a {@link io.github.trygg.crypto.record.RecordPolicy} says, field by field
 * (by name or JSON Pointer), what happens to a value — keep, drop, pseudonymise with a technique in
 * a domain, or generalise (a birth date to its year, a postcode to its first digits) — and
 * {@link io.github.trygg.crypto.record.RecordPseudonymiser} applies it to JSON documents and CSV
 * files as a stream, so files of any size pass in bounded memory. Invalid identity numbers are
 * rejected with their location or pseudonymised opaquely, as the policy says, and counted.
 */
@NullMarked
package io.github.trygg.crypto.record;

import org.jspecify.annotations.NullMarked;
