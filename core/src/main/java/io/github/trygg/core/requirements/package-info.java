/**
 * From classification to requirements: a versioned catalogue maps aspect × level (and conditions
 * such as personal data or an open network) to technology-neutral requirements with their ISO/IEC
 * 27002:2022, HSLF-FS 2016:40 or GDPR references. For a classified system it gives the requirement
 * list with why each applies, a slot per requirement for the organisation's chosen measure and its
 * self-assessment, the gaps by severity, and the same requirements phrased for procurement.
 */
@NullMarked
package io.github.trygg.core.requirements;

import org.jspecify.annotations.NullMarked;
