/**
 * Data-subject requests and their tasks: the rights (access, rectification, erasure, restriction,
 * portability, objection, review of an automated decision, consent withdrawal), who asks (the
 * subject, a guardian or a representative with evidence), how identity was established, and the
 * two-level state machine — one status per request and one per system × right — in which every
 * illegal transition is refused with an {@link io.github.trygg.dsr.request.IllegalTransitionException}.
 */
@NullMarked
package io.github.trygg.dsr.request;

import org.jspecify.annotations.NullMarked;
