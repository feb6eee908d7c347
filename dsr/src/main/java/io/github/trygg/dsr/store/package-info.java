/**
 * The storage SPI: requests, tasks, consents, breaches and the audit chain, written in atomic,
 * durable {@link io.github.trygg.dsr.store.Change}s with optimistic versions, so two host nodes
 * cannot both advance the same task. Implementations: the embedded file journal and PostgreSQL
 * ({@link io.github.trygg.dsr.stores.DsrStores}); a host may bring its own that passes the same
 * contract.
 */
@NullMarked
package io.github.trygg.dsr.store;

import org.jspecify.annotations.NullMarked;
