package io.github.trygg.dsr.internal.codec;

import java.util.Arrays;

/**
 * Writes the codec's big-endian primitives into a growing byte array, as {@code DataOutputStream}
 * over a {@code ByteArrayOutputStream} did, without the stream's lock on every write. Not
 * thread-safe.
 */
final class Out {
  private byte[] buffer;
  private int size;

  Out(int capacity) {
    this.buffer = new byte[capacity];
  }

  private int room(int n) {
    if (buffer.length - size < n) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
    }
    int at = size;
    size += n;
    return at;
  }

  void writeByte(int v) {
    // room() first: it may replace the buffer, and an array access takes the array before its index.
    int at = room(1);
    buffer[at] = (byte) v;
  }

  void writeBoolean(boolean v) {
    writeByte(v ? 1 : 0);
  }

  void writeShort(int v) {
    int at = room(2);
    buffer[at] = (byte) (v >>> 8);
    buffer[at + 1] = (byte) v;
  }

  void writeInt(int v) {
    int at = room(4);
    buffer[at] = (byte) (v >>> 24);
    buffer[at + 1] = (byte) (v >>> 16);
    buffer[at + 2] = (byte) (v >>> 8);
    buffer[at + 3] = (byte) v;
  }

  void writeLong(long v) {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  void write(byte[] b) {
    int at = room(b.length);
    System.arraycopy(b, 0, buffer, at, b.length);
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }
}
