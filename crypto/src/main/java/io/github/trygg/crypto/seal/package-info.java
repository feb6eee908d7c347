/**
 * Sealing and signing messages so that only the recipient can read them and anyone can check who
 * sent them: CMS AuthEnvelopedData with AES-256-GCM to recipient certificates (RSA-OAEP, ECDH P-256,
 * X25519), CMS SignedData (RSASSA-PSS, ECDSA P-256, Ed25519) with certificate path validation to
 * the host's trust anchors, sign-then-seal by default. Interoperable with {@code openssl cms}.
 *
 * <p>No IVs, modes or padding appear in this API: algorithms come from a versioned {@link
 * io.github.trygg.crypto.seal.CryptoPolicy}, private keys are opaque {@link
 * io.github.trygg.crypto.seal.PrivateKeyHandle}s, and each failure has its own exception type.
 */
@NullMarked
package io.github.trygg.crypto.seal;

import org.jspecify.annotations.NullMarked;
