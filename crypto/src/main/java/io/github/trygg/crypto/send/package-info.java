/**
 * The policy-enforcing sender: one call that scans a message, asks the secure-message rules
 * whether it may go sealed to its recipients, refuses what they deny, and otherwise signs and seals
 * it and returns the envelope with the decision for the host's audit log.
 */
@NullMarked
package io.github.trygg.crypto.send;

import org.jspecify.annotations.NullMarked;
