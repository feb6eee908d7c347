/**
 * The only place in crypto that uses Jackson: streaming JSON in and out for record
 * pseudonymisation, token by token, so documents of any size pass in bounded memory.
 */
@NullMarked
package io.github.trygg.crypto.internal.json;

import org.jspecify.annotations.NullMarked;
