package io.github.trygg.crypto.seal;

import org.apiguardian.api.API;

/**
 * What sealing a stream wrote: CMS AuthEnvelopedData (AES-256-GCM) in BER with indefinite lengths,
 * around a SignedData or the plain content. The sealed bytes are the caller's output stream's.
 *
 * @param contentBytes the content read
 * @param sealedBytes the message written
 * @param signed whether the content inside is a SignedData (sign-then-seal)
 * @param recipientCount how many certificates it is sealed to
 * @param policy the crypto policy it was sealed under, for example {@code trygg-crypto 2026.11}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SealedStream(long contentBytes, long sealedBytes, boolean signed, int recipientCount, String policy) {}
