/**
 * Routing through the system register: which systems and processors hold data on a subject of a
 * given category and identifier type, one task per system × right with its channel, processors as
 * the way to their sub-processors, Art. 19 notices to recipients, archive law turning erasure into
 * restriction, and the catalogue of legal grounds for refusals.
 */
@NullMarked
package io.github.trygg.dsr.routing;

import org.jspecify.annotations.NullMarked;
