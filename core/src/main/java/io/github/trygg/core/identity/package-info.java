/**
 * Swedish and Norwegian national identity numbers: parsing with typed errors, validation of dates
 * and check digits (Luhn; the two mod-11 digits and the 2032 rule), construction from parts, and a
 * cheap no-exception parse for scanners. Values never print the number.
 */
@NullMarked
package io.github.trygg.core.identity;

import org.jspecify.annotations.NullMarked;
