/** The two bundled stores: the embedded file journal (the default) and PostgreSQL. */
@NullMarked
package io.github.trygg.dsr.stores;

import org.jspecify.annotations.NullMarked;
