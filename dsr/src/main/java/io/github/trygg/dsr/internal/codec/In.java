package io.github.trygg.dsr.internal.codec;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the codec's big-endian primitives from a byte array, as {@code DataInputStream} over a
 * {@code ByteArrayInputStream} did, without the stream's lock on every byte: replaying a journal
 * reads millions of them. Not thread-safe.
 */
final class In {
  private final byte[] data;
  private final int end;
  private int position;

  In(byte[] data) {
    this(data, 0, data.length);
  }

  /** The {@code length} bytes of {@code data} from {@code offset}. */
  In(byte[] data, int offset, int length) {
    this.data = data;
    this.position = offset;
    this.end = offset + length;
  }

  int available() {
    return end - position;
  }

  /** Where the next byte is in the array. */
  int position() {
    return position;
  }

  private int take(int n) throws EOFException {
    if (n > end - position) {
      throw new EOFException();
    }
    int at = position;
    position += n;
    return at;
  }

  byte readByte() throws IOException {
    return data[take(1)];
  }

  boolean readBoolean() throws IOException {
    return data[take(1)] != 0;
  }

  short readShort() throws IOException {
    int at = take(2);
    return (short) ((data[at] & 0xff) << 8 | (data[at + 1] & 0xff));
  }

  int readInt() throws IOException {
    int at = take(4);
    return (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | (data[at + 3] & 0xff);
  }

  long readLong() throws IOException {
    return (long) readInt() << 32 | (readInt() & 0xffffffffL);
  }

  void readFully(byte[] into) throws IOException {
    System.arraycopy(data, take(into.length), into, 0, into.length);
  }

  void skipNBytes(long n) throws IOException {
    if (n < 0 || n > available()) {
      throw new EOFException();
    }
    position += (int) n;
  }

  /** The next {@code n} bytes as UTF-8 text. */
  String utf8(int n) throws IOException {
    return new String(data, take(n), n, StandardCharsets.UTF_8);
  }

  /** Whether the next {@code n} bytes are {@code bytes}; taken only if they are. */
  boolean takeIfEqual(byte[] bytes, int n) {
    // Length and first byte first: most candidates differ there.
    if (bytes.length != n || n > available() || (n > 0 && data[position] != bytes[0]) || !Arrays.equals(data, position, position + n, bytes, 0, n)) {
      return false;
    }
    position += n;
    return true;
  }
}
