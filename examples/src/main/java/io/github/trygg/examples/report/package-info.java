/** The self-contained HTML report a compliance officer reads. */
@NullMarked
package io.github.trygg.examples.report;

import org.jspecify.annotations.NullMarked;
