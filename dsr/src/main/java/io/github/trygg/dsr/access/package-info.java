/**
 * The machine-readable answer to an access request: what each system found or did, with the
 * GDPR Art. 15(1) and 15(2) information from the register — purposes, categories, recipients,
 * retention, sources, automated decisions and transfers — as JSON.
 */
@NullMarked
package io.github.trygg.dsr.access;

import org.jspecify.annotations.NullMarked;
