/**
 * The files an officer hands on, from Trygg's data: an XLSX workbook with one real sheet per subject
 * (headers, filters, frozen panes, dates as dates) and DOCX documents for the Art. 30 record, the
 * processor-agreement appendices and the DPIA, in Swedish, Norwegian or English. Written with
 * Apache POI.
 */
@NullMarked
package io.github.trygg.export;

import org.jspecify.annotations.NullMarked;
