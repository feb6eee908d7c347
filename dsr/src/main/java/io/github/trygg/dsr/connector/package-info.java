/**
 * The connector SPI: how a task reaches a system, a processor or a person — by API, webhook,
 * e-mail, ticket or by hand. The host plugs in connectors per channel. Bundled: the manual connector,
 * which records that a person must act and waits for their confirmation, and the webhook connector,
 * which sends signed JSON over HTTPS; {@link io.github.trygg.dsr.connector.WebhookReceiver} is the
 * receiving system's side of it.
 */
@NullMarked
package io.github.trygg.dsr.connector;

import org.jspecify.annotations.NullMarked;
