/**
 * The cryptographic building blocks of pseudonymisation, on the JDK's own (hardware-accelerated)
 * AES and SHA-256: HKDF (RFC 5869), HMAC-SHA-256, AES-CMAC and AES-SIV (RFC 5297) and FF1 (NIST SP
 * 800-38G). They work on bytes and numbers only and know nothing of domains or pseudonyms.
 */
@NullMarked
package io.github.trygg.crypto.internal.primitive;

import org.jspecify.annotations.NullMarked;
