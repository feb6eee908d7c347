/** Reading the module's versioned data files: shared pieces such as legal references and texts. */
@NullMarked
package io.github.trygg.dsr.internal.data;

import org.jspecify.annotations.NullMarked;
