package io.github.trygg.crypto.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.testkit.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Utf8Reader} against the JDK's strict UTF-8 decoder, on text and on random bytes, read in odd pieces. */
class Utf8ReaderTest {
  @Test
  void decodesWhatTheJdkDecodes() throws IOException {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "aZ09,\"\r\n åÖæø€😀𝄞\u07FF\u0800\uFFFD";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(0, 200);
      for (int i = 0; i < n; i++) {
        int k = random.nextInt(alphabet.length());
        if (Character.isHighSurrogate(alphabet.charAt(k))) {
          sb.append(alphabet, k, k + 2);
        } else if (!Character.isLowSurrogate(alphabet.charAt(k))) {
          sb.append(alphabet.charAt(k));
        }
      }
      String text = sb.toString();
      assertEquals(text, readAll(text.getBytes(StandardCharsets.UTF_8), random), "seed " + seed + ", round " + round);
    }
  }

  @Test
  void refusesWhatTheJdkRefuses() throws IOException {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    int refused = 0;
    for (int round = 0; round < 20000; round++) {
      byte[] bytes = new byte[random.nextInt(1, 12)];
      for (int i = 0; i < bytes.length; i++) {
        // Mostly bytes that start or continue multi-byte sequences, so that edge cases come up.
        bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
      }
      String expected;
      try {
        expected = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        expected = null;
        refused++;
      }
      if (expected == null) {
        assertThrows(CharacterCodingException.class, () -> readAll(bytes, random), "seed " + seed + ", round " + round);
      } else {
        assertEquals(expected, readAll(bytes, random), "seed " + seed + ", round " + round);
      }
    }
    assertTrue(refused > 1000 && refused < 19800, "seed " + seed + ": " + refused);
  }

  @Test
  void refusesOverlongFormsSurrogatesAndCodePointsBeyondUnicode() {
    for (String hex : new String[] {"C080", "E08080", "F0808080", "EDA080", "F4908080", "F8888080", "C3", "E282", "80", "FF"}) {
      byte[] bytes = java.util.HexFormat.of().parseHex(hex);
      assertThrows(CharacterCodingException.class, () -> readAll(bytes, null), hex);
    }
  }

  /** Everything, with the stream giving a few bytes at a time and the reader asked for a few characters at a time. */
  static String readAll(byte[] bytes, SplittableRandom random) throws IOException {
    InputStream in = new InputStream() {
      int at;

      @Override
      public int read() {
        return at < bytes.length ? bytes[at++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at == bytes.length) {
          return -1;
        }
        int n = Math.min(Math.min(len, bytes.length - at), random == null ? len : random.nextInt(1, 6));
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
      }
    };
    Utf8Reader reader = new Utf8Reader(in);
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[7];
    while (true) {
      int n = reader.read(buffer, 0, random == null ? buffer.length : random.nextInt(1, buffer.length + 1));
      if (n < 0) {
        return sb.toString();
      }
      sb.append(buffer, 0, n);
    }
  }
}
