/**
 * Streaming CSV (RFC 4180): one record at a time, so a file of any size is read and written in
 * memory bounded by its longest record.
 */
@NullMarked
package io.github.trygg.crypto.internal.csv;

import org.jspecify.annotations.NullMarked;
