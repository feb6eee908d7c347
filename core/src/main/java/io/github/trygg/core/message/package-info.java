/**
 * Secure messages over open networks: may a message to a patient, client or organisation go by
 * e-mail, SMS, a portal or a secure infrastructure, and what must be in place. {@link
 * io.github.trygg.core.message.SecureMessageRules} evaluates a {@link
 * io.github.trygg.core.message.MessageContext} against a versioned decision table (Swedish and
 * Norwegian law, shipped as data and replaceable); {@link
 * io.github.trygg.core.message.SensitiveContentDetector} finds identity numbers and health or
 * social-services terms in the text, which can only raise the content class. Consent never waives a
 * security measure.
 */
@NullMarked
package io.github.trygg.core.message;

import org.jspecify.annotations.NullMarked;
