/**
 * Pseudonymisation: domains, keys, and the techniques that replace identifiers.
 *
 * <p>A {@link io.github.trygg.crypto.pseudonym.PseudonymisationDomain} names where pseudonyms may be
 * linked (EDPB Guidelines 01/2025), the purpose, the linkability policy (ENISA 2019: deterministic,
 * document-randomised, fully randomised) and the key. Keys come from a {@link
 * io.github.trygg.crypto.pseudonym.KeyProvider}; the embedded default reads a key file, and {@link
 * io.github.trygg.crypto.pseudonym.KeyStoreProvider} a PKCS#12 file or a PKCS#11 token. Every domain
 * gets its own keys derived with HKDF, every output names the key id and version it was made with,
 * and key bytes never appear in {@code toString}, logs or exception messages — exporting them takes
 * an explicit {@link io.github.trygg.crypto.pseudonym.KeyExport}.
 *
 * <p>This key model is Trygg's only one. Other modules use it rather than keeping key bytes of their
 * own: {@link io.github.trygg.crypto.pseudonym.ValueCipher} seals values at rest (the DSR stores'
 * identifiers), {@link io.github.trygg.crypto.pseudonym.MessageMac} tags messages (signed webhook
 * deliveries), and {@link io.github.trygg.crypto.pseudonym.Pseudonymisation#hmacVersions} finds
 * HMAC pseudonyms made before a rotation (the DSR audit log's subjects). It lives in this package
 * because crypto owns key material, and because only this package derives keys from a version — for
 * a version held in a PKCS#11 token, derived keys are all that ever leave it. Every output names the
 * key id and version it was made with, in one text form, {@code <key id>.<version>.<base64url>}.
 *
 * <p>Techniques: HMAC-SHA-256 pseudonyms, reversible AES-SIV pseudonyms, document-randomised and
 * fully randomised tokens kept in a {@link io.github.trygg.crypto.pseudonym.TokenVault}, and
 * format-valid pseudonyms of Swedish and Norwegian identity numbers (FF1). Reversing a pseudonym is
 * a separate {@link io.github.trygg.crypto.pseudonym.Reidentifier} that needs an {@link
 * io.github.trygg.crypto.pseudonym.Authorisation} and leaves an audit event. There is no unkeyed
 * hash.
 */
@NullMarked
package io.github.trygg.crypto.pseudonym;

import org.jspecify.annotations.NullMarked;
