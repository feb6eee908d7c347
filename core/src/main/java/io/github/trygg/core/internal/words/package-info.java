/** Words for values that files keep as ids, shared by change lists and sign-offs. Not exported. */
@NullMarked
package io.github.trygg.core.internal.words;

import org.jspecify.annotations.NullMarked;
