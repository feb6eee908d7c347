package io.github.trygg.crypto.internal.primitive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.crypto.testkit.Seeds;
import io.github.trygg.crypto.vectors.Vectors;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AesSivTest {
  static Stream<SourceObject> rfc5297() {
    return Vectors.tests("rfc5297-aes-siv.json").stream();
  }

  static byte[][] ad(SourceObject test) {
    Problems problems = new Problems();
    List<String> strings = test.strings("ad", problems);
    problems.throwIfAny();
    return strings.stream().map(HexFormat.of()::parseHex).toArray(byte[][]::new);
  }

  @ParameterizedTest
  @MethodSource("rfc5297")
  void matchesRfc5297AppendixA(SourceObject test) {
    AesSiv siv = new AesSiv(Vectors.hex(test, "key"));
    byte[] out = siv.encrypt(Vectors.hex(test, "plaintext"), ad(test));
    assertEquals(Vectors.string(test, "output"), HexFormat.of().formatHex(out), Vectors.label(test));
    assertArrayEquals(Vectors.hex(test, "plaintext"), siv.decrypt(out, ad(test)), Vectors.label(test));
  }

  @Test
  void bothExamplesAreThere() {
    assertEquals(2, rfc5297().count());
  }

  @Test
  void anyChangedBitOrOtherAssociatedDataIsRejected() {
    SourceObject a1 = rfc5297().findFirst().orElseThrow();
    AesSiv siv = new AesSiv(Vectors.hex(a1, "key"));
    byte[] out = Vectors.hex(a1, "output");
    for (int bit = 0; bit < out.length * 8; bit++) {
      byte[] changed = out.clone();
      changed[bit / 8] ^= (byte) (1 << (bit % 8));
      assertNull(siv.decrypt(changed, ad(a1)), "bit " + bit);
    }
    assertNull(siv.decrypt(out, new byte[] {1}));
    assertNull(siv.decrypt(out));
    assertNull(siv.decrypt(new byte[15], ad(a1)));
  }

  @Test
  void roundTripsEveryLengthWithEveryKeySize() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int keyLength : new int[] {32, 48, 64}) {
      byte[] key = bytes(random, keyLength);
      AesSiv siv = new AesSiv(key);
      for (int length = 0; length < 70; length++) {
        byte[] plaintext = bytes(random, length);
        byte[] ad = bytes(random, random.nextInt(40));
        byte[] out = siv.encrypt(plaintext, ad);
        assertEquals(16 + length, out.length);
        assertArrayEquals(plaintext, siv.decrypt(out, ad), "seed " + seed + ", key " + keyLength + ", length " + length);
        assertArrayEquals(out, siv.encrypt(plaintext, ad), "deterministic");
      }
    }
  }

  @Test
  void cmacAgreesWithBouncyCastle() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 500; i++) {
      byte[] key = bytes(random, new int[] {16, 24, 32}[random.nextInt(3)]);
      byte[] message = bytes(random, random.nextInt(100));
      CMac bc = new CMac(AESEngine.newInstance());
      bc.init(new KeyParameter(key));
      bc.update(message, 0, message.length);
      byte[] expected = new byte[16];
      bc.doFinal(expected, 0);
      assertArrayEquals(expected, new AesCmac(key).mac(message), "seed " + seed + ", message of " + message.length);
    }
  }

  static byte[] bytes(SplittableRandom random, int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }
}
