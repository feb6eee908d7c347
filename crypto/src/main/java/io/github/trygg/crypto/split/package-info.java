/**
 * Split processing: a secret — an export file, a key, a column — cut into shares so that processors
 * in different jurisdictions each hold one and none learns anything alone (EDPB Recommendations
 * 01/2020, use case 5). 2-of-2 XOR and k-of-n Shamir over GF(2^8); whole byte arrays or streams of
 * any length. The guarantee rests on the processors not colluding, which is a contractual matter;
 * shares carry no integrity protection, so seal the secret first when tampering matters.
 */
@NullMarked
package io.github.trygg.crypto.split;

import org.jspecify.annotations.NullMarked;
