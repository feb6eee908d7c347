package io.github.trygg.crypto.record;

import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.internal.json.JsonPath;
import io.github.trygg.core.internal.json.JsonRecordStream;
import io.github.trygg.core.internal.json.JsonStreamException;
import io.github.trygg.crypto.internal.csv.CsvException;
import io.github.trygg.crypto.internal.csv.CsvReader;
import io.github.trygg.crypto.internal.csv.CsvWriter;
import io.github.trygg.crypto.internal.csv.Utf8Reader;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.TokenVault;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Applies a {@link RecordPolicy} to CSV files and JSON documents (one document, an array of
 * records, or JSON Lines), streaming: memory stays bounded by the longest record however large the
 * file, and {@link RecordLimits} bound the record (size, CSV fields, JSON nesting, string, name and
 * number length), so that a hostile file is refused with the limit it broke and where. The stream methods write as they go — on a {@link RecordRejectedException} the output is
 * incomplete and must be discarded; the {@link Path} methods write to a temporary file and move it
 * into place only when the whole run succeeded.
 *
 * <pre>{@code
 * RecordPseudonymiser records = RecordPseudonymiser.builder()
 *     .policy(RecordPolicy.read(Path.of("care-export.policy.yaml")))
 *     .pseudonymisation(Pseudonymisation.builder().keys(KeyFileProvider.open(keyFile)).build())
 *     .build();
 * RecordReport report = records.csv(Path.of("visits.csv"), Path.of("visits.pseudonymised.csv"), CsvFormat.rfc4180());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordPseudonymiser {
  private final RecordPolicy policy;
  private final Pseudonymisation pseudonymisation;
  private final @Nullable String documentId;
  private final RecordLimits limits;
  private final int parallelism;

  private RecordPseudonymiser(Builder b) {
    this.policy = Objects.requireNonNull(b.policy, "policy");
    this.pseudonymisation = Objects.requireNonNull(b.pseudonymisation, "pseudonymisation");
    this.documentId = b.documentId;
    this.limits = b.limits;
    this.parallelism = b.parallelism;
    new Run("check"); // builds every pseudonymiser once, so a bad key or option fails here
  }

  /**
   * Starts a pseudonymiser; the policy and the pseudonymisation are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the policy this pseudonymiser applies} */
  public RecordPolicy policy() {
    return policy;
  }

  /**
   * {@return the policy one value at a time, for engines that bring their own records (Apache
   * Spark, a database cursor): the same rule matching and per-value code as {@link #csv} and {@link
   * #json}} Document-randomised tokens are of this builder's document, or of a new one per call.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public RecordValues values() {
    return values(documentId != null ? documentId : UUID.randomUUID().toString());
  }

  private RecordValues values(String document) {
    return new RecordValues(policy, pseudonymisation, document);
  }

  /** {@return the limits this pseudonymiser holds input to} */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public RecordLimits limits() {
    return limits;
  }

  // ------------------------------------------------------------------------------------- CSV

  /**
   * Pseudonymises a CSV stream whose first record is the header (UTF-8 in and out).
   *
   * @param in the CSV to read
   * @param out where the pseudonymised CSV goes; not closed
   * @param source names the input in problems and the report
   * @param format the CSV dialect of input and output
   * @return counts per field and the first invalid values' locations, never a value
   * @throws RecordRejectedException with the location of the first record that cannot be taken
   */
  public RecordReport csv(InputStream in, OutputStream out, String source, CsvFormat format) {
    Run run = new Run(source);
    CountingInput counted = new CountingInput(in);
    CountingOutput written = new CountingOutput(out);
    long records = 0;
    try {
      CsvReader reader = new CsvReader(new Utf8Reader(counted), format.delimiter(), format.maxFieldLength(), limits.maxRecordLength(),
          limits.maxFieldsPerRecord());
      CsvWriter writer = new CsvWriter(written, format.delimiter(), format.lineEnding());
      run.delimiter = format.delimiter();
      run.lineEnding = format.lineEnding();
      boolean batched = !run.usesTokens;
      List<String> header = reader.next();
      if (header != null) {
        Column[] columns = run.columns(header, source);
        List<String> outHeader = new ArrayList<>();
        for (Column c : columns) {
          if (!c.drops()) {
            outHeader.add(c.name);
          }
        }
        writer.write(outHeader);
        if (batched) {
          records = csvBatches(reader, writer, run, columns, source);
        } else {
          List<String> fields = new ArrayList<>(columns.length + 1);
          String[] row = new String[columns.length];
          while (reader.next(fields)) {
            long line = reader.recordLine();
            checkFieldCount(fields, columns, source, line);
            records++;
            int kept = 0;
            for (int i = 0; i < columns.length; i++) {
              String value = columns[i].apply(fields.get(i), source, line);
              if (value != null) {
                row[kept++] = value;
              }
            }
            writer.write(row, kept);
          }
        }
      }
      writer.flush();
    } catch (CsvException e) {
      throw new RecordRejectedException(new Problem(e.code(), new Location(source, (int) e.line(), (int) e.column(), ""), e.getMessage(), e.expected()));
    } catch (CharacterCodingException e) {
      throw new RecordRejectedException(new Problem("not-utf-8", new Location(source, 0, 0, ""), "the input is not UTF-8", "UTF-8 text"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pseudonymise " + source, e);
    }
    return run.report(records, counted.count, written.count);
  }

  private static void checkFieldCount(List<String> fields, Column[] columns, String source, long line) {
    if (fields.size() != columns.length) {
      throw new RecordRejectedException(new Problem("csv-field-count", new Location(source, (int) line, 0, ""),
          "the record has " + fields.size() + " fields, the header " + columns.length, "as many fields as the header"));
    }
  }

  /**
   * The records after the header in batches: each batch is read here, pseudonymised column by column
   * (on the run's threads when {@link Builder#parallelism(int)} is above one, at most two batches
   * per thread in flight) and written here in the order read, its counts added to the run's in that
   * order. What comes out, the counts and the first error are those of one record at a time.
   */
  private long csvBatches(CsvReader reader, CsvWriter writer, Run run, Column[] columns, String source) throws IOException {
    long records = 0;
    ExecutorService pool = parallelism > 1 ? Executors.newFixedThreadPool(parallelism, RecordPseudonymiser::thread) : null;
    ArrayDeque<Future<CsvBatch>> inFlight = new ArrayDeque<>();
    try {
      List<String> fields = new ArrayList<>(columns.length + 1);
      Exception stop = null;
      while (stop == null) {
        CsvBatch batch = new CsvBatch();
        try {
          while (!batch.full() && reader.next(fields)) {
            checkFieldCount(fields, columns, source, reader.recordLine());
            batch.add(fields, reader.recordLine());
          }
        } catch (CsvException | RecordRejectedException | java.nio.charset.CharacterCodingException e) {
          // The records before it still go first, and may fail first.
          stop = e;
        }
        if (batch.size == 0) {
          break;
        }
        records += batch.size;
        if (pool == null) {
          run.process(batch, columns, writer);
          run.finish(batch, columns, null);
          continue;
        }
        inFlight.add(pool.submit(() -> {
          run.process(batch, columns, null);
          return batch;
        }));
        while (inFlight.size() >= 2 * parallelism) {
          run.finish(take(inFlight), columns, writer);
        }
      }
      while (!inFlight.isEmpty()) {
        run.finish(take(inFlight), columns, writer);
      }
      if (stop instanceof IOException io) {
        throw io;
      }
      if (stop != null) {
        throw (RuntimeException) stop;
      }
      return records;
    } finally {
      if (pool != null) {
        inFlight.forEach(f -> f.cancel(true));
        pool.shutdownNow();
      }
    }
  }

  private static CsvBatch take(ArrayDeque<Future<CsvBatch>> inFlight) throws IOException {
    try {
      return inFlight.remove().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while pseudonymising records");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r, "trygg-records");
    t.setDaemon(true);
    return t;
  }

  /**
   * As {@link #csv(InputStream, OutputStream, String, CsvFormat)}, from file to file; no output file
   * unless it all succeeds.
   *
   * @param in the CSV file to read; its file name is the source in the report
   * @param out the file to write, replaced only when the whole run succeeds
   * @param format the CSV dialect of both files
   * @return counts per field and the first invalid values' locations, never a value
   * @throws RecordRejectedException with the location of the first record that cannot be taken
   */
  public RecordReport csv(Path in, Path out, CsvFormat format) {
    return toFile(in, out, (input, output) -> csv(input, output, String.valueOf(in.getFileName()), format));
  }

  /** One CSV column with its rule (or the unlisted rule). */
  private final class Column {
    final String name;
    final @Nullable FieldProcessor processor;
    final Tally.Counts unlisted;
    final String pointer;

    Column(String name, @Nullable FieldProcessor processor, Tally.Counts unlisted) {
      this.name = name;
      this.processor = processor;
      this.unlisted = unlisted;
      this.pointer = "/" + JsonPath.shown(name).replace("~", "~0").replace("/", "~1");
    }

    boolean drops() {
      return processor == null ? policy.unlisted() == UnlistedFields.DROP : processor.drops();
    }

    @Nullable String apply(String value, String source, long line) {
      if (processor == null) {
        if (policy.unlisted() == UnlistedFields.DROP) {
          unlisted.dropped++;
          return null;
        }
        unlisted.kept++;
        return value;
      }
      return processor.apply(value, () -> new Location(source, (int) line, 0, pointer));
    }

    /** {@link #apply} on a batch's values of this column, counting into {@code counts}. */
    void applyAll(String[] values, int n, @Nullable String[] out, BatchCounts counts, String source, long[] lines) {
      if (processor == null) {
        if (policy.unlisted() == UnlistedFields.DROP) {
          counts.dropped += n;
        } else {
          counts.kept += n;
          System.arraycopy(values, 0, out, 0, n);
        }
        return;
      }
      processor.field.applyAll(values, n, out, counts, i -> new Location(source, (int) lines[i], 0, pointer));
    }

    Tally.Counts counts() {
      return processor == null ? unlisted : processor.counts;
    }
  }

  // ------------------------------------------------------------------------------------ JSON

  /**
   * Pseudonymises JSON: one document, an array of records or JSON Lines. Numbers, booleans and
   * structure that are kept are written exactly as read; pseudonyms and generalised values are
   * strings.
   *
   * @param in the JSON to read
   * @param out where the pseudonymised JSON goes; not closed
   * @param source names the input in problems and the report
   * @return counts per field and the first invalid values' locations, never a value
   * @throws RecordRejectedException with the line, column and JSON Pointer of what cannot be taken
   */
  public RecordReport json(InputStream in, OutputStream out, String source) {
    Run run = new Run(source);
    CountingInput counted = new CountingInput(in);
    CountingOutput written = new CountingOutput(out);
    long records;
    try {
      JsonRecordStream.Limits bounds = new JsonRecordStream.Limits(limits.maxDepth(), limits.maxStringLength(), limits.maxNameLength(),
          limits.maxNumberLength(), limits.maxRecordLength());
      records = JsonRecordStream.transform(counted, written, run.new JsonHandler(source), bounds, () -> counted.count);
      written.flush();
    } catch (JsonStreamException e) {
      throw new RecordRejectedException(new Problem(e.code(), new Location(source, (int) e.line(), (int) e.column(), e.pointer()), e.getMessage(), e.expected()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pseudonymise " + source, e);
    }
    return run.report(records, counted.count, written.count);
  }

  /**
   * As {@link #json(InputStream, OutputStream, String)}, from file to file; no output file unless it
   * all succeeds.
   *
   * @param in the JSON file to read; its file name is the source in the report
   * @param out the file to write, replaced only when the whole run succeeds
   * @return counts per field and the first invalid values' locations, never a value
   * @throws RecordRejectedException with the line, column and JSON Pointer of what cannot be taken
   */
  public RecordReport json(Path in, Path out) {
    return toFile(in, out, (input, output) -> json(input, output, String.valueOf(in.getFileName())));
  }

  // ------------------------------------------------------------------------------------- runs

  /** The pseudonymisers and counts of one run. */
  private final class Run {
    final String source;
    char delimiter = ',';
    String lineEnding = "\r\n";
    final Tally tally = new Tally();
    final List<FieldProcessor> pointers = new ArrayList<>();
    final List<PointerPattern> patterns = new ArrayList<>();
    final Map<String, FieldProcessor> names = new HashMap<>();
    final Map<String, KeyRef> keys = new LinkedHashMap<>();

    Run(String source) {
      this.source = source;
      RecordValues values = values(documentId != null ? documentId : UUID.randomUUID().toString());
      for (RecordValues.Field field : values.fields()) {
        FieldRule rule = field.rule();
        FieldProcessor processor = new FieldProcessor(field, tally);
        if (rule.pointer().isPresent()) {
          pointers.add(processor);
          patterns.add(new PointerPattern(rule.pointer().get()));
        } else {
          names.put(rule.field().orElseThrow(), processor);
        }
      }
      keys.putAll(values.keys());
      usesTokens = policy.fields().stream().anyMatch(f -> f.action() instanceof FieldAction.Pseudonymise p
          && (p.technique() == io.github.trygg.crypto.pseudonym.Technique.DOCUMENT_TOKEN || p.technique() == io.github.trygg.crypto.pseudonym.Technique.RANDOM_TOKEN));
    }

    /** Whether a rule keeps tokens in a vault: such runs go record by record, as the vault sees them. */
    final boolean usesTokens;

    Column[] columns(List<String> header, String source) {
      Column[] columns = new Column[header.size()];
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < columns.length; i++) {
        String name = header.get(i);
        if (seen.put(name, i) != null) {
          String shown = JsonPath.shown(name);
          throw new RecordRejectedException(new Problem("csv-duplicate-column", new Location(source, 1, 0, "/" + shown),
              "column " + (i + 1) + (shown.equals(name) ? " ('" + name + "')" : "") + " appears twice in the header", "unique column names"));
        }
        FieldProcessor processor = null;
        for (int p = 0; p < pointers.size() && processor == null; p++) {
          if (patterns.get(p).matchesColumn(name)) {
            processor = pointers.get(p);
          }
        }
        if (processor == null) {
          processor = names.get(name);
        }
        columns[i] = new Column(name, processor, processor == null ? tally.field(JsonPath.shown(name)) : processor.counts);
        if (processor != null && columns[i].drops()) {
          processor.matched = true;
        }
      }
      return columns;
    }

    /**
     * Pseudonymises a batch column by column: into {@code writer} at once when there is one (a run
     * on one thread), else into the batch's own bytes. A value that fails is kept with its place;
     * of several, the first in record order (then column order) is the one a record-at-a-time run
     * would have met.
     */
    void process(CsvBatch batch, Column[] columns, @Nullable CsvWriter writer) throws IOException {
      int n = batch.size;
      String[][] out = new String[columns.length][];
      batch.counts = new BatchCounts[columns.length];
      String[] values = new String[n];
      for (int c = 0; c < columns.length; c++) {
        BatchCounts counts = new BatchCounts(c);
        batch.counts[c] = counts;
        for (int r = 0; r < n; r++) {
          values[r] = batch.rows[r][c];
        }
        out[c] = new String[n];
        try {
          columns[c].applyAll(values, n, out[c], counts, source, batch.lines);
        } catch (RuntimeException e) {
          batch.fail(e, counts.record, c);
        }
      }
      if (batch.failure != null) {
        return;
      }
      CsvWriter target = writer;
      if (target == null) {
        batch.output = new CsvBatch.Bytes();
        target = new CsvWriter(batch.output, delimiter, lineEnding);
      }
      String[] row = new String[columns.length];
      for (int r = 0; r < n; r++) {
        int kept = 0;
        for (int c = 0; c < columns.length; c++) {
          String v = out[c][r];
          if (v != null) {
            row[kept++] = v;
          }
        }
        target.write(row, kept);
      }
      if (writer == null) {
        target.flush();
      }
    }

    /** Adds a processed batch's counts to the run's, in record order, and writes its output (or throws its first failure). */
    void finish(CsvBatch batch, Column[] columns, @Nullable CsvWriter writer) throws IOException {
      if (batch.failure != null) {
        throw batch.failure;
      }
      List<BatchCounts.Listed> listed = new ArrayList<>();
      long invalid = 0;
      for (int c = 0; c < columns.length; c++) {
        BatchCounts counts = batch.counts[c];
        counts.addTo(columns[c].counts());
        if (columns[c].processor != null) {
          columns[c].processor.matched = true;
        }
        invalid += counts.invalid;
        listed.addAll(counts.listed);
      }
      listed.sort(java.util.Comparator.comparingInt(BatchCounts.Listed::record).thenComparingInt(BatchCounts.Listed::column));
      List<Problem> problems = new ArrayList<>(listed.size());
      listed.forEach(l -> problems.add(l.problem()));
      tally.invalid(invalid, problems);
      if (writer != null && batch.output != null) {
        writer.writeRaw(batch.output.buffer(), batch.output.size());
      }
    }

    RecordReport report(long records, long read, long written) {
      // No output may name a token the vault could still lose.
      pseudonymisation.vault().ifPresent(TokenVault::flush);
      List<String> unmatched = new ArrayList<>();
      for (FieldProcessor p : pointers) {
        if (!p.matched) {
          unmatched.add(p.rule.label());
        }
      }
      names.values().stream().filter(p -> !p.matched).map(p -> p.rule.label()).sorted().forEach(unmatched::add);
      return new RecordReport(source, policy.id(), policy.revision(), records, read, written, tally.fields(), keys,
          tally.invalid(), tally.invalidValues(), unmatched);
    }

    /** Decides value by value from the policy; arrays under a rule pass it on to their elements. */
    final class JsonHandler implements JsonRecordStream.Handler {
      private final String source;
      private @Nullable FieldProcessor[] inherited = new FieldProcessor[64];
      private @Nullable FieldProcessor current;

      JsonHandler(String source) {
        this.source = source;
      }

      @Override
      public JsonRecordStream.Decision decide(JsonPath path, JsonRecordStream.Kind kind, JsonRecordStream.Position at) {
        FieldProcessor processor = find(path);
        int depth = path.depth();
        if (depth >= inherited.length) {
          inherited = java.util.Arrays.copyOf(inherited, depth * 2);
        }
        inherited[depth] = null;
        if (processor == null) {
          if (kind.container()) {
            return JsonRecordStream.Decision.DESCEND;
          }
          Tally.Counts counts = unlistedCounts(path);
          if (policy.unlisted() == UnlistedFields.DROP) {
            counts.dropped++;
            return JsonRecordStream.Decision.DROP;
          }
          counts.kept++;
          return JsonRecordStream.Decision.KEEP;
        }
        if (processor.drops() || processor.keeps()) {
          processor.apply("", () -> location(path, at)); // counts it
          return processor.drops() ? JsonRecordStream.Decision.DROP : JsonRecordStream.Decision.KEEP;
        }
        if (kind == JsonRecordStream.Kind.OBJECT) {
          throw new RecordRejectedException(new Problem("policy-object", location(path, at),
              "field '" + processor.rule.label() + "' holds an object, which cannot be " + (processor.rule.action() instanceof FieldAction.Generalise ? "generalised" : "pseudonymised"),
              "a rule for the object's members"));
        }
        if (kind == JsonRecordStream.Kind.ARRAY) {
          inherited[depth] = processor;
          processor.matched = true;
          return JsonRecordStream.Decision.DESCEND;
        }
        if (kind == JsonRecordStream.Kind.NULL) {
          processor.matched = true;
          processor.counts.empty++;
          return JsonRecordStream.Decision.KEEP;
        }
        current = processor;
        return JsonRecordStream.Decision.REPLACE;
      }

      @Override
      public @Nullable String replace(JsonPath path, JsonRecordStream.Kind kind, String text, long line, long column) {
        FieldProcessor processor = Objects.requireNonNull(current);
        return processor.apply(text, () -> new Location(source, (int) line, (int) column, path.pointer()));
      }

      private @Nullable FieldProcessor find(JsonPath path) {
        for (int p = 0; p < pointers.size(); p++) {
          if (patterns.get(p).matches(path)) {
            return pointers.get(p);
          }
        }
        int depth = path.depth();
        if (depth <= path.base()) {
          return null;
        }
        if (path.isIndex(depth - 1)) {
          FieldProcessor fromArray = inherited[depth - 1];
          if (fromArray != null) {
            return fromArray;
          }
          return null;
        }
        return names.get(path.name(depth - 1));
      }

      /** The counts of an unlisted field, remembered by its name: millions of records repeat a few names. */
      private Tally.Counts unlistedCounts(JsonPath path) {
        String name = path.nearestName();
        if (name == null) {
          return tally.field("/");
        }
        Tally.Counts counts = unlisted.get(name);
        if (counts == null) {
          counts = tally.field(unlistedLabel(path));
          if (unlisted.size() < 1024) {
            unlisted.put(name, counts);
          }
        }
        return counts;
      }

      private final Map<String, Tally.Counts> unlisted = new HashMap<>();

      private String unlistedLabel(JsonPath path) {
        String name = path.nearestName();
        return name == null ? "/" : JsonPath.shown(name);
      }

      private Location location(JsonPath path, JsonRecordStream.Position at) {
        return new Location(source, (int) at.line(), (int) at.column(), path.pointer());
      }
    }
  }

  // ------------------------------------------------------------------------------------ files

  @FunctionalInterface
  private interface StreamRun {
    RecordReport run(InputStream in, OutputStream out) throws IOException;
  }

  private static RecordReport toFile(Path in, Path out, StreamRun run) {
    Path dir = out.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
      RecordReport report;
      try (InputStream input = Files.newInputStream(in); OutputStream output = Files.newOutputStream(temp)) {
        report = run.run(input, output);
      }
      Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pseudonymise " + in + " into " + out, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // The run already failed; the leftover temporary file is the lesser problem.
        }
      }
    }
  }

  private static final class CountingInput extends FilterInputStream {
    long count;

    CountingInput(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public void close() {
      // The caller owns the stream.
    }
  }

  private static final class CountingOutput extends FilterOutputStream {
    long count;

    CountingOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void close() throws IOException {
      flush(); // the caller owns the stream
    }
  }

  @Override
  public String toString() {
    return "RecordPseudonymiser[" + policy.id() + " r" + policy.revision() + "]";
  }

  /** Builds a {@link RecordPseudonymiser}; policy and pseudonymisation are required. */
  public static final class Builder {
    private @Nullable RecordPolicy policy;
    private @Nullable Pseudonymisation pseudonymisation;
    private @Nullable String documentId;
    private RecordLimits limits = RecordLimits.defaults();
    private int parallelism = 1;

    private Builder() {}

    /**
     * How many threads pseudonymise the records of one CSV run (1, the default: the calling thread
     * only). With more, the calling thread reads and writes and that many threads of the run's own
     * pseudonymise batches of records; the output is the same, byte for byte, and so are the
     * counts and the first error. A policy with vault tokens is always run on one thread, and JSON
     * always is.
     *
     * @param threads 1 to 256
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is out of range
     */
    public Builder parallelism(int threads) {
      if (threads < 1 || threads > 256) {
        throw new IllegalArgumentException("parallelism is 1 to 256 threads");
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * How large and deep input may be; {@link RecordLimits#defaults()} unless set.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(RecordLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The policy to apply.
     *
     * @param policy the record policy
     * @return this builder
     */
    public Builder policy(RecordPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Keys, vault, audit and clock, as for single values.
     *
     * @param pseudonymisation the pseudonymisation the policy's domains are served by
     * @return this builder
     */
    public Builder pseudonymisation(Pseudonymisation pseudonymisation) {
      this.pseudonymisation = pseudonymisation;
      return this;
    }

    /**
     * The document for document-randomised tokens; by default every run is a document of its own.
     * Set it when several files make one delivery whose tokens must link.
     *
     * @param documentId names the delivery
     * @return this builder
     */
    public Builder documentId(String documentId) {
      this.documentId = Objects.requireNonNull(documentId, "documentId");
      return this;
    }

    /**
     * Makes the pseudonymiser and builds every domain's pseudonymiser once, so a missing key or a bad
     * option fails here.
     *
     * @return the pseudonymiser
     * @throws NullPointerException if the policy or the pseudonymisation is missing
     * @throws io.github.trygg.crypto.pseudonym.KeyException if a domain's key has no usable primary version
     */
    public RecordPseudonymiser build() {
      return new RecordPseudonymiser(this);
    }

  }
}
