/**
 * What the tool and the report compute from a register and the organisation's own files (risk
 * register, requirement assessments): requirement lists and gaps, DPIA screenings, risk
 * evaluations and heat maps — computed once, shown in a terminal or in the report.
 */
@NullMarked
package io.github.trygg.examples.analysis;

import org.jspecify.annotations.NullMarked;
