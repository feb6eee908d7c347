/** Words and cell styles shared by the workbook and the documents. Not exported. */
@NullMarked
package io.github.trygg.export.internal;

import org.jspecify.annotations.NullMarked;
