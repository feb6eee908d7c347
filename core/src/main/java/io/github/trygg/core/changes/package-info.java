/**
 * What changed since last time: two versions of a register and what is kept beside it (risks,
 * action plan, sign-offs) compared as a typed list of changes — assets, classifications, systems,
 * required levels through propagation, flows, vendors and transfers, activities, findings, risks,
 * action items and sign-offs — each derived value with the reason it moved.
 */
@NullMarked
package io.github.trygg.core.changes;

import org.jspecify.annotations.NullMarked;
