package io.github.trygg.core.internal.json;

/** Reaches the reader's number arithmetic from tests. */
final class SourceReaderAccess {
  private SourceReaderAccess() {}

  static long writtenOutLength(String number) {
    return SourceReader.writtenOutLength(number);
  }
}
