/** The PostgreSQL store: plain java.sql against a host's DataSource, with its own schema migration. */
@NullMarked
package io.github.trygg.dsr.internal.jdbc;

import org.jspecify.annotations.NullMarked;
