package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.identity.IdentityNumber;
import java.time.LocalDate;

/**
 * The written form of an identity number — how many digits, which separator — so a pseudonym can be
 * written the way the original was. A Swedish 10-digit form gets its '-' or '+' from the
 * pseudonym's own age on the reference date.
 */
final class IdentityForms {
  private IdentityForms() {}

  /** @param separator the separator character, or 0 for none */
  record Form(int digits, char separator) {}

  static Form of(CharSequence text) {
    int digits = 0;
    char separator = 0;
    char pending = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (pending != 0) {
          separator = pending;
          pending = 0;
        }
        digits++;
      } else if (digits > 0) {
        pending = c; // a separator only if a digit follows; trailing white space is not one
      }
    }
    return new Form(digits, separator);
  }

  static String write(IdentityNumber number, Form form, LocalDate reference) {
    String canonical = number.canonical();
    if (number.jurisdiction() == Jurisdiction.NORWAY) {
      return form.separator() == 0 ? canonical : canonical.substring(0, 6) + form.separator() + canonical.substring(6);
    }
    if (form.digits() == 12) {
      return form.separator() == 0 ? canonical : canonical.substring(0, 8) + form.separator() + canonical.substring(8);
    }
    String ten = number.tenDigitForm(reference);
    if (ten.charAt(6) == '+') {
      return ten; // a centenarian's number cannot be written without its '+'
    }
    if (form.separator() == 0) {
      return ten.substring(0, 6) + ten.substring(7);
    }
    char separator = form.separator() == '+' ? '-' : form.separator();
    return ten.substring(0, 6) + separator + ten.substring(7);
  }
}
