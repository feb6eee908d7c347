/**
 * Consent per purpose: who gave it (the subject, or guardians — any one or all of them), under
 * which version of the notice, its withdrawal, and the age rules of each jurisdiction as
 * configuration; answers "is there valid consent for this purpose now", with the reasons.
 */
@NullMarked
package io.github.trygg.dsr.consent;

import org.jspecify.annotations.NullMarked;
