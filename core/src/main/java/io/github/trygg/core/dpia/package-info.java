/**
 * DPIA screening: WP248's nine criteria, the GDPR Art. 35(3) cases and the national lists of IMY and
 * Datatilsynet as versioned data with their verification status; criteria suggested from the
 * register with a reason each; outcomes per jurisdiction with every criterion, case and list item
 * behind them; screening templates for welfare technology; and the Art. 36 prior-consultation
 * decision from the residual risks.
 */
@NullMarked
package io.github.trygg.core.dpia;

import org.jspecify.annotations.NullMarked;
