/**
 * Vocabulary shared by every Trygg module: the exception root, problems with their locations,
 * legal references with their verification status, and the three languages.
 */
@NullMarked
package io.github.trygg.core;

import org.jspecify.annotations.NullMarked;
