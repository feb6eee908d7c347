package io.github.trygg.crypto.record;

import org.apiguardian.api.API;

/**
 * How large and deep the input of a {@link RecordPseudonymiser} may be, so that a hostile or broken
 * file fails fast with the limit and its location instead of exhausting memory. Each limit is
 * checked as the input streams by; a record beyond one is refused with a
 * {@link RecordRejectedException} whose problem code names it ({@code csv-record-too-long},
 * {@code json-too-deep}, …). The longest CSV field is the {@link CsvFormat}'s.
 *
 * @param maxRecordLength the longest record: characters of one CSV record, bytes of one JSON record
 *     (an element of a root array, or a root value)
 * @param maxFieldsPerRecord the most fields in one CSV record, the header included
 * @param maxDepth the deepest nesting of JSON objects and arrays
 * @param maxStringLength the longest JSON string value, in characters
 * @param maxNameLength the longest JSON property name, in characters
 * @param maxNumberLength the longest JSON number, in characters
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RecordLimits(int maxRecordLength, int maxFieldsPerRecord, int maxDepth, int maxStringLength, int maxNameLength, int maxNumberLength) {
  /**
   * Checks the limits.
   *
   * @param maxRecordLength the longest record: characters of one CSV record, bytes of one JSON record
   *     (an element of a root array, or a root value)
   * @param maxFieldsPerRecord the most fields in one CSV record, the header included
   * @param maxDepth the deepest nesting of JSON objects and arrays
   * @param maxStringLength the longest JSON string value, in characters
   * @param maxNameLength the longest JSON property name, in characters
   * @param maxNumberLength the longest JSON number, in characters
   * @throws IllegalArgumentException if a limit is below 1
   */
  public RecordLimits {
    positive(maxRecordLength, "maxRecordLength");
    positive(maxFieldsPerRecord, "maxFieldsPerRecord");
    positive(maxDepth, "maxDepth");
    positive(maxStringLength, "maxStringLength");
    positive(maxNameLength, "maxNameLength");
    positive(maxNumberLength, "maxNumberLength");
  }

  /**
   * Records of up to 16 MiB, 4 096 CSV fields, JSON nested 64 deep with strings of up to 1 MiB
   * characters, names of up to 1 024 and numbers of up to 100: ample for exports, and a hostile
   * record costs at most a few tens of megabytes before it is refused.
   *
   * @return the default limits
   */
  public static RecordLimits defaults() {
    return new RecordLimits(16 << 20, 4096, 64, 1 << 20, 1024, 100);
  }

  /**
   * These limits with another longest record.
   *
   * @param length characters of one CSV record, bytes of one JSON record; at least 1
   * @return the changed limits
   */
  public RecordLimits withMaxRecordLength(int length) {
    return new RecordLimits(length, maxFieldsPerRecord, maxDepth, maxStringLength, maxNameLength, maxNumberLength);
  }

  /**
   * These limits with another largest number of CSV fields per record.
   *
   * @param fields the most fields in one record, the header included; at least 1
   * @return the changed limits
   */
  public RecordLimits withMaxFieldsPerRecord(int fields) {
    return new RecordLimits(maxRecordLength, fields, maxDepth, maxStringLength, maxNameLength, maxNumberLength);
  }

  /**
   * These limits with another deepest JSON nesting.
   *
   * @param depth the deepest nesting of objects and arrays; at least 1
   * @return the changed limits
   */
  public RecordLimits withMaxDepth(int depth) {
    return new RecordLimits(maxRecordLength, maxFieldsPerRecord, depth, maxStringLength, maxNameLength, maxNumberLength);
  }

  /**
   * These limits with another longest JSON string value.
   *
   * @param length in characters; at least 1
   * @return the changed limits
   */
  public RecordLimits withMaxStringLength(int length) {
    return new RecordLimits(maxRecordLength, maxFieldsPerRecord, maxDepth, length, maxNameLength, maxNumberLength);
  }

  /**
   * These limits with another longest JSON property name.
   *
   * @param length in characters; at least 1
   * @return the changed limits
   */
  public RecordLimits withMaxNameLength(int length) {
    return new RecordLimits(maxRecordLength, maxFieldsPerRecord, maxDepth, maxStringLength, length, maxNumberLength);
  }

  /**
   * These limits with another longest JSON number.
   *
   * @param length in characters; at least 1
   * @return the changed limits
   */
  public RecordLimits withMaxNumberLength(int length) {
    return new RecordLimits(maxRecordLength, maxFieldsPerRecord, maxDepth, maxStringLength, maxNameLength, length);
  }

  private static void positive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
  }
}
