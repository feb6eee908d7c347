/**
 * The breach register: awareness time, nature, categories, approximate numbers of subjects and
 * records, consequences and measures; the 72-hour deadline to the supervisory authority (GDPR
 * Art. 33), the Art. 34 decision on telling the subjects, the processor's notice to the controller,
 * and a draft notification with the Art. 33(3) content.
 */
@NullMarked
package io.github.trygg.dsr.breach;

import org.jspecify.annotations.NullMarked;
