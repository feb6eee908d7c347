package io.github.trygg.crypto.internal.primitive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.crypto.vectors.Vectors;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HkdfTest {
  static Stream<SourceObject> rfc5869() {
    return Vectors.tests("rfc5869-hkdf-sha256.json").stream();
  }

  @ParameterizedTest
  @MethodSource("rfc5869")
  void matchesRfc5869AppendixA(SourceObject test) {
    byte[] prk = Hkdf.extract(Vectors.hex(test, "salt"), Vectors.hex(test, "ikm"));
    assertEquals(HexFormat.of().formatHex(Vectors.hex(test, "prk")), HexFormat.of().formatHex(prk), Vectors.label(test));
    byte[] okm = Hkdf.expand(prk, Vectors.hex(test, "info"), (int) Vectors.number(test, "length"));
    assertArrayEquals(Vectors.hex(test, "okm"), okm, Vectors.label(test));
    assertArrayEquals(okm, Hkdf.derive(Vectors.hex(test, "salt"), Vectors.hex(test, "ikm"), Vectors.hex(test, "info"), okm.length));
  }

  @Test
  void allThreeCasesAreThere() {
    assertEquals(3, rfc5869().count());
  }

  @Test
  void refusesMoreThan255Blocks() {
    byte[] prk = new byte[32];
    assertEquals(255 * 32, Hkdf.expand(prk, new byte[0], 255 * 32).length);
    assertThrows(IllegalArgumentException.class, () -> Hkdf.expand(prk, new byte[0], 255 * 32 + 1));
  }
}
