package io.github.trygg.spring.boot;

import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.spring.boot.internal.TryggEvents;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Pseudonymising CSV and JSON records through the application's {@link RecordPseudonymiser},
 * counted in the meters: records, and field values by what the policy did with them
 * (pseudonymised, generalised, kept, dropped, empty, invalid). Each method does exactly what the
 * method of the same name on the pseudonymiser does; runs made on it directly are not counted.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TryggRecords {
  private final RecordPseudonymiser pseudonymiser;
  private final TryggEvents events;

  TryggRecords(RecordPseudonymiser pseudonymiser, TryggEvents events) {
    this.pseudonymiser = pseudonymiser;
    this.events = events;
  }

  /** {@return the policy applied} */
  public RecordPolicy policy() {
    return pseudonymiser.policy();
  }

  /**
   * A CSV file to a new CSV file ({@link RecordPseudonymiser#csv(Path, Path, CsvFormat)}); counted
   * in the meters.
   *
   * @param in the CSV file to read
   * @param out the file to write; written only if the whole run succeeds
   * @param format the CSV dialect of both files
   * @return counts per field and the first problems, never a value
   */
  public RecordReport csv(Path in, Path out, CsvFormat format) {
    return counted(pseudonymiser.csv(in, out, format));
  }

  /**
   * A CSV stream to a stream; neither is closed ({@link RecordPseudonymiser#csv(InputStream,
   * OutputStream, String, CsvFormat)}).
   *
   * @param in the CSV to read
   * @param out where the pseudonymised CSV goes
   * @param source names the input in the report and in problems
   * @param format the CSV dialect of both streams
   * @return counts per field and the first problems, never a value
   */
  public RecordReport csv(InputStream in, OutputStream out, String source, CsvFormat format) {
    return counted(pseudonymiser.csv(in, out, source, format));
  }

  /**
   * A JSON file to a new JSON file ({@link RecordPseudonymiser#json(Path, Path)}).
   *
   * @param in the JSON file to read (one record, an array of records or JSON Lines)
   * @param out the file to write; written only if the whole run succeeds
   * @return counts per field and the first problems, never a value
   */
  public RecordReport json(Path in, Path out) {
    return counted(pseudonymiser.json(in, out));
  }

  /**
   * A JSON stream to a stream; neither is closed ({@link RecordPseudonymiser#json(InputStream,
   * OutputStream, String)}).
   *
   * @param in the JSON to read
   * @param out where the pseudonymised JSON goes
   * @param source names the input in the report and in problems
   * @return counts per field and the first problems, never a value
   */
  public RecordReport json(InputStream in, OutputStream out, String source) {
    return counted(pseudonymiser.json(in, out, source));
  }

  @Override
  public String toString() {
    return "TryggRecords[" + pseudonymiser.policy().id() + "]";
  }

  private RecordReport counted(RecordReport report) {
    events.pseudonymised(report);
    return report;
  }
}
