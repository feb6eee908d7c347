/**
 * Shared plumbing for the versioned data files the assessment packages ship (classification
 * profiles, questionnaires, the requirement catalogue, risk matrices, DPIA lists): reading a
 * bundled or caller-given file with located problems, texts in three languages, legal references
 * with their verification status, and the message bundles for explanations. Not exported.
 */
@NullMarked
package io.github.trygg.core.internal.data;

import org.jspecify.annotations.NullMarked;
