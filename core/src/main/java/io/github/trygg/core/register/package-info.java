/**
 * The system register: information assets, information systems and platforms, vendors and their
 * sub-processors, integrations, dependencies, processing activities and documented overrides.
 * A register can be assembled from several files — a vendor's product profile and a
 * municipality's usage — with the origin of every field kept, and is validated as a whole.
 */
@NullMarked
package io.github.trygg.core.register;

import org.jspecify.annotations.NullMarked;
