/** The binary form of stored entities, shared by the file journal and the PostgreSQL store. */
@NullMarked
package io.github.trygg.dsr.internal.codec;

import org.jspecify.annotations.NullMarked;
