/**
 * The Bouncy Castle side of {@code io.github.trygg.crypto.seal}: CMS structures, recipient infos,
 * signer infos and certificate paths. It works on JCA keys, certificates and bytes only and reports
 * failures as {@link io.github.trygg.crypto.internal.seal.CmsFailure} kinds, which the public
 * package turns into its typed exceptions. Bouncy Castle is used as a private provider instance,
 * never installed globally; bulk AES-GCM runs on the JDK's own cipher.
 */
@NullMarked
package io.github.trygg.crypto.internal.seal;

import org.jspecify.annotations.NullMarked;
