/**
 * Runs data-subject requests end to end on a store: receipt with duplicate detection, identity,
 * routing through the register, tasks through connectors, results, the access package, sign-off,
 * Art. 19 notices and closing — plus consents and breaches — with every state change checked by
 * the lifecycle and written to the audit chain in the same atomic change.
 */
@NullMarked
package io.github.trygg.dsr.cases;

import org.jspecify.annotations.NullMarked;
