/**
 * The connector SPI: how a task reaches a system, a processor or a person — by API, webhook,
 * e-mail, ticket or by hand. The host plugs in connectors per channel; the bundled manual connector
 * records that a person must act and waits for their confirmation.
 */
@NullMarked
package io.github.trygg.dsr.connector;

import org.jspecify.annotations.NullMarked;
