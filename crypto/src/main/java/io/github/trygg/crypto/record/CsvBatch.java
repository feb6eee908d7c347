package io.github.trygg.crypto.record;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Consecutive CSV records on their way through a run: read in order, pseudonymised (perhaps on
 * another thread), written in order. At most {@value #MAX_RECORDS} records and about {@value
 * #MAX_CHARS} characters, so the records in flight stay bounded whatever the file.
 */
final class CsvBatch {
  static final int MAX_RECORDS = 1024;
  static final long MAX_CHARS = 1 << 20;

  final String[][] rows = new String[MAX_RECORDS][];
  final long[] lines = new long[MAX_RECORDS];
  int size;
  private long chars;

  /** Set when processed: each column's counts, the encoded records (when not written at once), or the first failure. */
  BatchCounts[] counts = new BatchCounts[0];
  @Nullable Bytes output;
  @Nullable RuntimeException failure;
  private int failureRecord;
  private int failureColumn;

  boolean full() {
    return size == MAX_RECORDS || chars >= MAX_CHARS;
  }

  void add(List<String> fields, long line) {
    String[] row = fields.toArray(new String[0]);
    for (String f : row) {
      chars += f.length();
    }
    rows[size] = row;
    lines[size++] = line;
  }

  /** Keeps the failure that comes first in the file: by record, then by column. */
  void fail(RuntimeException e, int record, int column) {
    if (failure == null || record < failureRecord || (record == failureRecord && column < failureColumn)) {
      failure = e;
      failureRecord = record;
      failureColumn = column;
    }
  }

  /** A growing byte buffer whose contents are read without a copy. */
  static final class Bytes extends OutputStream {
    private byte[] buffer = new byte[1 << 16];
    private int size;

    @Override
    public void write(int b) {
      ensure(1);
      buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensure(len);
      System.arraycopy(b, off, buffer, size, len);
      size += len;
    }

    private void ensure(int more) {
      if (buffer.length - size < more) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
      }
    }

    byte[] buffer() {
      return buffer;
    }

    int size() {
      return size;
    }
  }
}
