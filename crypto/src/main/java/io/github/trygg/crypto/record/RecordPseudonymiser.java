package io.github.trygg.crypto.record;

import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.internal.json.JsonPath;
import io.github.trygg.core.internal.json.JsonRecordStream;
import io.github.trygg.core.internal.json.JsonStreamException;
import io.github.trygg.crypto.internal.csv.CsvException;
import io.github.trygg.crypto.internal.csv.CsvReader;
import io.github.trygg.crypto.internal.csv.CsvWriter;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.TokenVault;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Applies a {@link RecordPolicy} to CSV files and JSON documents (one document, an array of
 * records, or JSON Lines), streaming: memory stays bounded by the longest record however large the
 * file. The stream methods write as they go — on a {@link RecordRejectedException} the output is
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

  private RecordPseudonymiser(Builder b) {
    this.policy = Objects.requireNonNull(b.policy, "policy");
    this.pseudonymisation = Objects.requireNonNull(b.pseudonymisation, "pseudonymisation");
    this.documentId = b.documentId;
    new Run("check"); // builds every pseudonymiser once, so a bad key or option fails here
  }

  public static Builder builder() {
    return new Builder();
  }

  public RecordPolicy policy() {
    return policy;
  }

  /**
   * The policy one value at a time, for engines that bring their own records (Apache Spark, a
   * database cursor): the same rule matching and per-value code as {@link #csv} and {@link #json}.
   * Document-randomised tokens are of this builder's document, or of a new one per call.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public RecordValues values() {
    return values(documentId != null ? documentId : UUID.randomUUID().toString());
  }

  private RecordValues values(String document) {
    return new RecordValues(policy, pseudonymisation, document);
  }

  // ------------------------------------------------------------------------------------- CSV

  /**
   * Pseudonymises a CSV stream whose first record is the header (UTF-8 in and out).
   *
   * @param source names the input in problems and the report
   * @throws RecordRejectedException with the location of the first record that cannot be taken
   */
  public RecordReport csv(InputStream in, OutputStream out, String source, CsvFormat format) {
    Run run = new Run(source);
    CountingInput counted = new CountingInput(in);
    CountingOutput written = new CountingOutput(out);
    long records = 0;
    try {
      CsvReader reader = new CsvReader(new InputStreamReader(counted,
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
          format.delimiter(), format.maxFieldLength());
      BufferedWriter buffered = new BufferedWriter(new OutputStreamWriter(written, StandardCharsets.UTF_8), 1 << 16);
      CsvWriter writer = new CsvWriter(buffered, format.delimiter(), format.lineEnding());
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
        List<String> row = new ArrayList<>(columns.length);
        for (List<String> fields = reader.next(); fields != null; fields = reader.next()) {
          long line = reader.recordLine();
          if (fields.size() != columns.length) {
            throw new RecordRejectedException(new Problem("csv-field-count", new Location(source, (int) line, 0, ""),
                "the record has " + fields.size() + " fields, the header " + columns.length, "as many fields as the header"));
          }
          records++;
          row.clear();
          for (int i = 0; i < columns.length; i++) {
            String value = columns[i].apply(fields.get(i), source, line);
            if (value != null) {
              row.add(value);
            }
          }
          writer.write(row);
        }
      }
      buffered.flush();
    } catch (CsvException e) {
      throw new RecordRejectedException(new Problem(e.code(), new Location(source, (int) e.line(), (int) e.column(), ""), e.getMessage(), e.expected()));
    } catch (CharacterCodingException e) {
      throw new RecordRejectedException(new Problem("not-utf-8", new Location(source, 0, 0, ""), "the input is not UTF-8", "UTF-8 text"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pseudonymise " + source, e);
    }
    return run.report(records, counted.count, written.count);
  }

  /** As {@link #csv(InputStream, OutputStream, String, CsvFormat)}, from file to file; no output file unless it all succeeds. */
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
      this.pointer = "/" + name.replace("~", "~0").replace("/", "~1");
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
  }

  // ------------------------------------------------------------------------------------ JSON

  /**
   * Pseudonymises JSON: one document, an array of records or JSON Lines. Numbers, booleans and
   * structure that are kept are written exactly as read; pseudonyms and generalised values are
   * strings.
   *
   * @throws RecordRejectedException with the line, column and JSON Pointer of what cannot be taken
   */
  public RecordReport json(InputStream in, OutputStream out, String source) {
    Run run = new Run(source);
    CountingInput counted = new CountingInput(in);
    CountingOutput written = new CountingOutput(out);
    long records;
    try {
      records = JsonRecordStream.transform(counted, written, run.new JsonHandler(source));
      written.flush();
    } catch (JsonStreamException e) {
      throw new RecordRejectedException(new Problem("json-syntax", new Location(source, (int) e.line(), (int) e.column(), e.pointer()), e.getMessage(), "well-formed JSON"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pseudonymise " + source, e);
    }
    return run.report(records, counted.count, written.count);
  }

  /** As {@link #json(InputStream, OutputStream, String)}, from file to file; no output file unless it all succeeds. */
  public RecordReport json(Path in, Path out) {
    return toFile(in, out, (input, output) -> json(input, output, String.valueOf(in.getFileName())));
  }

  // ------------------------------------------------------------------------------------- runs

  /** The pseudonymisers and counts of one run. */
  private final class Run {
    final String source;
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
    }

    Column[] columns(List<String> header, String source) {
      Column[] columns = new Column[header.size()];
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < columns.length; i++) {
        String name = header.get(i);
        if (seen.put(name, i) != null) {
          throw new RecordRejectedException(new Problem("csv-duplicate-column", new Location(source, 1, 0, "/" + name),
              "column '" + name + "' appears twice in the header", "unique column names"));
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
        columns[i] = new Column(name, processor, processor == null ? tally.field(name) : processor.counts);
        if (processor != null && columns[i].drops()) {
          processor.matched = true;
        }
      }
      return columns;
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
          Tally.Counts counts = tally.field(unlistedLabel(path));
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

      private String unlistedLabel(JsonPath path) {
        String name = path.nearestName();
        return name == null ? "/" : name;
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

    private Builder() {}

    public Builder policy(RecordPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Keys, vault, audit and clock, as for single values. */
    public Builder pseudonymisation(Pseudonymisation pseudonymisation) {
      this.pseudonymisation = pseudonymisation;
      return this;
    }

    /**
     * The document for document-randomised tokens; by default every run is a document of its own.
     * Set it when several files make one delivery whose tokens must link.
     */
    public Builder documentId(String documentId) {
      this.documentId = Objects.requireNonNull(documentId, "documentId");
      return this;
    }

    public RecordPseudonymiser build() {
      return new RecordPseudonymiser(this);
    }

  }
}
