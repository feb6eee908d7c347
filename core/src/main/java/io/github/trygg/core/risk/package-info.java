/**
 * Risk and vulnerability analysis: a risk register (scenarios with affected assets and aspects,
 * categories including unintended discrimination and ethics, fairness assessments for automated
 * decisions), likelihood and consequence scales as data with a grid lookup for the level,
 * inherent, current and residual assessments kept apart, mitigations with owner and due date,
 * acceptances that lapse when a linked classification changes, a consequence floor from the
 * affected aspects' classification, and a count per matrix cell for heat maps.
 */
@NullMarked
package io.github.trygg.core.risk;

import org.jspecify.annotations.NullMarked;
