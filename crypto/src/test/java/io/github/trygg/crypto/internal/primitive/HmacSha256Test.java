package io.github.trygg.crypto.internal.primitive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.crypto.vectors.Vectors;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HmacSha256Test {
  static Stream<SourceObject> rfc4231() {
    return Vectors.tests("rfc4231-hmac-sha256.json").stream();
  }

  @ParameterizedTest
  @MethodSource("rfc4231")
  void matchesRfc4231(SourceObject test) {
    byte[] expected = Vectors.hex(test, "mac");
    byte[] mac = new HmacSha256(Vectors.hex(test, "key")).mac(Vectors.hex(test, "data"));
    assertArrayEquals(expected, Arrays.copyOf(mac, expected.length), Vectors.label(test));
  }

  @Test
  void allSevenCasesAreThere() {
    assertEquals(7, rfc4231().count());
  }

  @Test
  void partsAreTheSameAsTheirConcatenation() {
    HmacSha256 mac = new HmacSha256(HexFormat.of().parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"));
    byte[] whole = "Hi There".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertArrayEquals(mac.mac(whole), mac.mac(Arrays.copyOf(whole, 3), Arrays.copyOfRange(whole, 3, whole.length)));
    assertArrayEquals(mac.mac(whole), mac.mac(new byte[] {9, 9, 'H', 'i', ' ', 'T', 'h', 'e', 'r', 'e'}, 2, 8));
  }

  @Test
  void threadsDoNotDisturbEachOther() throws Exception {
    HmacSha256 mac = new HmacSha256(new byte[32]);
    byte[] expected = mac.mac(new byte[100]);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      Future<?>[] futures = new Future<?>[8];
      for (int t = 0; t < futures.length; t++) {
        futures[t] = pool.submit(() -> {
          for (int i = 0; i < 2000; i++) {
            assertArrayEquals(expected, mac.mac(new byte[100]));
          }
        });
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void neverPrintsItsKey() {
    assertFalse(new HmacSha256(new byte[] {0x41, 0x42, 0x43}).toString().contains("ABC"));
  }
}
