/**
 * Information classification: the four aspects, the ordinal consequence levels 0–4, and ratings of
 * information assets with their justification and origin. Labels and numbering come from versioned
 * profiles, never from the enums.
 */
@NullMarked
package io.github.trygg.core.classification;

import org.jspecify.annotations.NullMarked;
