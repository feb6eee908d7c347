/**
 * Documents generated from the system register: the GDPR Art. 30(1) record of processing activities
 * and drafts of the processor-agreement appendices A–D (the structure shared by Digdir's
 * databehandleravtale and the Danish standard contractual clauses under Art. 28(8)). A field the
 * register does not hold is listed as missing, never invented.
 */
@NullMarked
package io.github.trygg.core.records;

import org.jspecify.annotations.NullMarked;
