/**
 * The action plan: what must be done about requirement gaps, risk treatments, chain findings, DPIAs
 * and overdue reviews, each with owner, derived priority (and why), due date, status and evidence.
 * Kept as a versioned file beside the register ({@code trygg-action-plan/1}) and merged with each
 * new analysis without losing anything a person wrote.
 */
@NullMarked
package io.github.trygg.core.plan;

import org.jspecify.annotations.NullMarked;
