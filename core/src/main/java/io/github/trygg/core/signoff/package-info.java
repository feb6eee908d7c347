/**
 * Sign-offs: the information owner's approval of a classification, a committee's decision on a
 * processing activity or a DPIA, the data protection officer's opinion — who, in what role, when,
 * and a fingerprint of exactly what was approved. When what was approved changes the sign-off needs
 * renewal, with the fields that changed; when nothing it approved changes it holds.
 */
@NullMarked
package io.github.trygg.core.signoff;

import org.jspecify.annotations.NullMarked;
