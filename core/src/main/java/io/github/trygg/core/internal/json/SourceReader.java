package io.github.trygg.core.internal.json;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses JSON or YAML into {@link SourceNode}s that carry file, line, column and JSON Pointer.
 *
 * <p>Strict on what a person's file can hold by mistake or by malice, and all of it located: syntax
 * errors, duplicate keys, a second YAML document, YAML aliases (refused, not resolved: Trygg's files
 * have no use for them and resolving is how a small file grows without bound) and every {@link
 * ReadLimits} limit, checked while parsing so nothing larger than a limit is ever built. Numbers are
 * kept only as short plain decimals; a number that would be long when written out is refused
 * without being expanded.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceReader {
  /** A plain decimal as JSON writes it; YAML's other number forms are read as strings. */
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private static final int YAML_BUFFER = 64 << 10;
  /** Texts up to this length are shared between equal values; see {@code Walk.canonical}. */
  private static final int SHORT = 32;
  private static final Factories DEFAULT = new Factories(ReadLimits.defaults());

  private SourceReader() {}

  /** A JSON and a YAML factory whose own constraints back up the checks made here. */
  private record Factories(ReadLimits limits, TokenStreamFactory json, TokenStreamFactory yaml) {
    Factories(ReadLimits limits) {
      this(limits, JsonFactory.builder().streamReadConstraints(constraints(limits)).build(),
          new PlainYaml.Factory(YAMLFactory.builder()
              .streamReadConstraints(constraints(limits))
              .loadSettings(LoadSettings.builder()
                  // SnakeYAML copies its whole window each time it refills it inside one token; a
                  // larger refill keeps a long token (up to maxStringLength) from costing seconds.
                  .setBufferSize(YAML_BUFFER)
                  .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxInputBytes()))
                  // Reported here instead, every one with its pointer.
                  .setAllowDuplicateKeys(true)
                  .build())
              .build()));
    }

    static Factories of(ReadLimits limits) {
      return limits.equals(DEFAULT.limits) ? DEFAULT : new Factories(limits);
    }

    /**
     * One more than each of our limits, so that the checks below, which know the JSON Pointer, fire
     * first; Jackson's stay as a second line for what it meters while it parses.
     */
    private static StreamReadConstraints constraints(ReadLimits l) {
      return StreamReadConstraints.builder()
          .maxNestingDepth(l.maxNestingDepth() + 1)
          .maxStringLength(plusOne(l.maxStringLength()))
          .maxNameLength(plusOne(l.maxNameLength()))
          .maxNumberLength(plusOne(l.maxNumberLength()))
          .maxDocumentLength(l.maxInputBytes() == Long.MAX_VALUE ? -1 : l.maxInputBytes() + 1)
          .build();
    }

    private static int plusOne(int n) {
      return n == Integer.MAX_VALUE ? n : n + 1;
    }
  }

  public static SourceNode read(Path file) {
    return read(file, ReadLimits.defaults());
  }

  public static SourceNode read(Path file, ReadLimits limits) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in, Format.ofFileName(name), limits);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InvalidInputException(new Problem("no-such-file", Location.of(file.toString(), ""), "no such file", "an existing file"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads one document; {@code source} names it in every problem (a file name or a label). */
  public static SourceNode read(String source, InputStream in, Format format) {
    return read(source, in, format, ReadLimits.defaults());
  }

  public static SourceNode read(String source, InputStream in, Format format, ReadLimits limits) {
    Factories factories = Factories.of(limits);
    Bounded bounded = new Bounded(in, limits.maxInputBytes(), format == Format.YAML ? limits.maxStringLength() : 0);
    Walk walk = new Walk(source, limits);
    try (JsonParser parser = (format == Format.YAML ? factories.yaml() : factories.json()).createParser(ObjectReadContext.empty(), bounded)) {
      return walk.document(parser);
    } catch (JacksonException e) {
      throw walk.failure(e, bounded);
    }
  }

  public static SourceNode read(String source, String text, Format format) {
    return read(source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, ReadLimits.defaults());
  }

  /** Reads a document whose root must be an object. */
  public static SourceObject readObject(String source, InputStream in, Format format) {
    return rootObject(read(source, in, format));
  }

  public static SourceObject readObject(String source, InputStream in, Format format, ReadLimits limits) {
    return rootObject(read(source, in, format, limits));
  }

  public static SourceObject readObject(Path file) {
    return rootObject(read(file));
  }

  private static SourceObject rootObject(SourceNode root) {
    if (root instanceof SourceObject o) {
      return o;
    }
    throw new InvalidInputException(
        new Problem("wrong-type", root.location(), "the document is " + (root.kind().equals("array") ? "an array" : "a " + root.kind()),
            "an object at the top level"));
  }

  /**
   * Counts what the parser takes from the stream and stops it at the limit. For YAML it also stops a
   * run of more than {@code maxRun} characters without a space or line break: SnakeYAML's cost on
   * one token grows with the square of its length, so such a run is refused before it is scanned.
   */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private final long maxRun;
    private long count;
    private long run;
    /** The line the scan has reached: the stream is read ahead of the parser, so this places a run. */
    int line = 1;
    boolean exceeded;
    boolean runTooLong;

    Bounded(InputStream in, long limit, long maxRun) {
      super(in);
      this.limit = limit;
      this.maxRun = maxRun;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
        scan(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
        scan(b, off, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes would escape the run check; read them instead.
      byte[] sink = new byte[(int) Math.min(8192, Math.max(0, n))];
      int got = read(sink, 0, sink.length);
      return Math.max(0, got);
    }

    private void add(long n) throws IOException {
      count += n;
      if (count > limit) {
        exceeded = true;
        throw new IOException("input limit reached");
      }
    }

    private void scan(byte[] b, int off, int n) throws IOException {
      if (maxRun <= 0) {
        return;
      }
      for (int i = off; i < off + n; i++) {
        byte c = b[i];
        if (c == '\n') {
          line++;
          run = 0;
        } else if (c == ' ' || c == '\r' || c == '\t') {
          run = 0;
        } else if ((c & 0xC0) != 0x80 && ++run > maxRun) {
          // Continuation bytes of UTF-8 are not counted: the limit is in characters.
          runTooLong = true;
          throw new IOException("run limit reached");
        }
      }
    }

    @Override
    public void close() {
      // The caller's stream is the caller's to close.
    }
  }

  /** One pass over one document: builds the tree and checks every limit on the way. */
  private static final class Walk {
    private final String source;
    private final ReadLimits limits;
    private final List<Problem> duplicates = new ArrayList<>();
    /** Member names and element indexes from the root to the value being read, for problems. */
    private final ArrayList<Object> path = new ArrayList<>();
    private int values;
    private @Nullable JsonParser parser;
    private final String[] canonical = new String[4096];

    Walk(String source, ReadLimits limits) {
      this.source = source;
      this.limits = limits;
    }

    SourceNode document(JsonParser p) {
      this.parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new InvalidInputException(
            new Problem("empty", new Location(source, 1, 1, ""), "the document is empty", "a JSON or YAML document"));
      }
      SourceNode root = value(p, null, -1, 0);
      JsonToken next = p.nextToken();
      if (next != null) {
        throw refuse("more-than-one-document", p.currentTokenLocation(), "",
            "the file holds more than one document", "one JSON value or one YAML document per file");
      }
      if (!duplicates.isEmpty()) {
        throw new InvalidInputException(duplicates);
      }
      return root;
    }

    /**
     * One copy of a name or short text seen before: a register repeats its property names and many
     * of its values (dates, periods, codes) on every entry. A fixed table where a newcomer replaces
     * the string in its slot, so it costs the same however many different strings a file holds.
     */
    private String canonical(String text) {
      int slot = text.hashCode() & (canonical.length - 1);
      String known = canonical[slot];
      if (text.equals(known)) {
        return known;
      }
      canonical[slot] = text;
      return text;
    }

    private SourceNode value(JsonParser p, @Nullable String name, int index, int depth) {
      TokenStreamLocation at = p.currentTokenLocation();
      int line = Math.max(0, at.getLineNr());
      int column = Math.max(0, at.getColumnNr());
      if (++values > limits.maxValues()) {
        throw refuse("too-many-values", at, pointer(), "the document holds more than " + limits.maxValues() + " values (ReadLimits.maxValues)",
            "a smaller document, or a higher limit given by the host");
      }
      if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        throw refuse("yaml-alias", at, pointer(), "YAML aliases (*name) are not accepted", "the value written out where it is used");
      }
      JsonToken token = p.currentToken();
      switch (token) {
        case START_OBJECT:
          {
            checkDepth(depth + 1, at);
            List<String> names = new ArrayList<>();
            List<SourceNode> children = new ArrayList<>();
            // Duplicates are found by a scan while the object is small, by a set beyond that.
            java.util.HashSet<String> seen = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
              String key = canonical(p.currentName());
              TokenStreamLocation keyAt = p.currentTokenLocation();
              path.add(key);
              if (key.length() > limits.maxNameLength()) {
                throw refuse("name-too-long", keyAt, pointer(),
                    "a property name is longer than " + limits.maxNameLength() + " characters (ReadLimits.maxNameLength)", "a shorter name");
              }
              p.nextToken();
              SourceNode child = value(p, key, -1, depth + 1);
              child.keyAt(Math.max(0, keyAt.getLineNr()), Math.max(0, keyAt.getColumnNr()));
              boolean duplicate;
              if (seen == null && names.size() < Members.MAX) {
                duplicate = names.contains(key);
              } else {
                if (seen == null) {
                  seen = new java.util.HashSet<>(names);
                }
                duplicate = !seen.add(key);
              }
              if (duplicate) {
                Location where = new Location(source, Math.max(0, keyAt.getLineNr()), Math.max(0, keyAt.getColumnNr()), pointer());
                duplicates.add(new Problem("duplicate-property", where, "property " + SourceObject.quoteName(key) + " appears twice", "each property once"));
              } else {
                names.add(key);
                children.add(child);
              }
              path.remove(path.size() - 1);
            }
            return new SourceObject(source, line, column, name, index, names, children);
          }
        case START_ARRAY:
          {
            checkDepth(depth + 1, at);
            List<SourceNode> elements = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              path.add(elements.size());
              elements.add(value(p, null, elements.size(), depth + 1));
              path.remove(path.size() - 1);
            }
            return new SourceArray(source, line, column, name, index, elements);
          }
        case VALUE_STRING:
          {
            String text = p.getString();
            if (text.length() > limits.maxStringLength()) {
              throw refuse("string-too-long", at, pointer(),
                  "a string is longer than " + limits.maxStringLength() + " characters (ReadLimits.maxStringLength)", "a shorter string");
            }
            return new SourceScalar(source, line, column, name, index, SourceScalar.Type.STRING, text.length() <= SHORT ? canonical(text) : text);
          }
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return number(p.getString(), at, line, column, name, index);
        case VALUE_TRUE:
          return new SourceScalar(source, line, column, name, index, SourceScalar.Type.BOOLEAN, "true");
        case VALUE_FALSE:
          return new SourceScalar(source, line, column, name, index, SourceScalar.Type.BOOLEAN, "false");
        case VALUE_NULL:
          return new SourceScalar(source, line, column, name, index, SourceScalar.Type.NULL, "null");
        default:
          throw refuse("unsupported", at, pointer(), "a value of a kind Trygg does not read (such as YAML binary)", "a string, number, boolean, null, array or object");
      }
    }

    /**
     * Keeps a number only as a plain decimal no longer than the limit, as written and as it would be
     * written out; {@code 1e999999999} is refused by arithmetic on its exponent, never expanded.
     * YAML's other forms ({@code .inf}, {@code .nan}) are text.
     */
    private SourceScalar number(String text, TokenStreamLocation at, int line, int column, @Nullable String name, int index) {
      int max = limits.maxNumberLength();
      if (text.length() > max) {
        throw refuse("number-too-long", at, pointer(), "a number is longer than " + max + " characters (ReadLimits.maxNumberLength)",
            "a number of at most " + max + " characters");
      }
      if (!DECIMAL.matcher(text).matches()) {
        return new SourceScalar(source, line, column, name, index, SourceScalar.Type.STRING, text);
      }
      if (writtenOutLength(text) > max) {
        throw refuse("number-too-long", at, pointer(),
            "a number would be longer than " + max + " characters written out (ReadLimits.maxNumberLength)",
            "a number of at most " + max + " digits, without a large exponent");
      }
      return new SourceScalar(source, line, column, name, index, SourceScalar.Type.NUMBER, text);
    }

    private void checkDepth(int depth, TokenStreamLocation at) {
      if (depth > limits.maxNestingDepth()) {
        throw refuse("too-deep", at, pointer(), "the document nests deeper than " + limits.maxNestingDepth() + " levels (ReadLimits.maxNestingDepth)",
            "objects and arrays nested at most " + limits.maxNestingDepth() + " deep");
      }
    }

    private String pointer() {
      StringBuilder sb = new StringBuilder();
      for (Object segment : path) {
        if (segment instanceof Raw raw) {
          sb.append(raw.pointer());
        } else {
          sb.append('/').append(segment instanceof String s ? SourceObject.escape(s) : segment.toString());
        }
      }
      return sb.toString();
    }

    /** A pointer taken whole from the parser. */
    private record Raw(String pointer) {}

    private InvalidInputException refuse(String code, @Nullable TokenStreamLocation at, String pointer, String message, String expected) {
      return refuse(code, at == null ? new Location(source, 0, 0, pointer)
          : new Location(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), pointer), message, expected);
    }

    private InvalidInputException refuse(String code, Location where, String message, String expected) {
      return new InvalidInputException(new Problem(code, where, message, expected));
    }

    /**
     * A limit Jackson enforced before the checks here could (it meters strings, names and numbers
     * while it scans them), told in the same words: its message names its own getter.
     */
    private InvalidInputException passed(@Nullable String jackson, @Nullable TokenStreamLocation at) {
      String m = jackson == null ? "" : jackson;
      if (m.contains("MaxNumberLength")) {
        return refuse("number-too-long", at, pointer(), "a number is longer than " + limits.maxNumberLength() + " characters (ReadLimits.maxNumberLength)",
            "a number of at most " + limits.maxNumberLength() + " characters");
      }
      if (m.contains("MaxStringLength")) {
        return refuse("string-too-long", at, pointer(),
            "a string is longer than " + limits.maxStringLength() + " characters (ReadLimits.maxStringLength)", "a shorter string");
      }
      if (m.contains("MaxNameLength")) {
        return refuse("name-too-long", at, pointer(),
            "a property name is longer than " + limits.maxNameLength() + " characters (ReadLimits.maxNameLength)", "a shorter name");
      }
      if (m.contains("MaxNestingDepth")) {
        return refuse("too-deep", at, pointer(), "the document nests deeper than " + limits.maxNestingDepth() + " levels (ReadLimits.maxNestingDepth)",
            "objects and arrays nested at most " + limits.maxNestingDepth() + " deep");
      }
      if (m.contains("MaxDocumentLength")) {
        return refuse("too-large", at, pointer(), "the input is larger than " + limits.maxInputBytes() + " bytes (ReadLimits.maxInputBytes)",
            "a smaller file, or a higher limit given by the host");
      }
      return refuse("limit", at, pointer(), "the input passes a read limit: " + firstLine(jackson), "input within the read limits");
    }

    InvalidInputException failure(JacksonException e, Bounded bounded) {
      TokenStreamLocation at = e.getLocation();
      if (at == null && parser != null) {
        at = parser.currentLocation();
      }
      if (parser != null) {
        // Jackson reads ahead (a member's value with its name), so its own context is the better pointer here.
        try {
          String jackson = parser.streamReadContext().pathAsPointer().toString();
          if (jackson.length() >= pointer().length()) {
            path.clear();
            path.add(new Raw(jackson));
          }
        } catch (RuntimeException ignored) {
          // keep ours
        }
      }
      if (bounded.runTooLong) {
        return refuse("string-too-long", new Location(source, bounded.line, 0, ""),
            "more than " + limits.maxStringLength() + " characters without a space or line break (ReadLimits.maxStringLength)", "shorter strings");
      }
      if (bounded.exceeded) {
        return refuse("too-large", at, pointer(), "the input is larger than " + limits.maxInputBytes() + " bytes (ReadLimits.maxInputBytes)",
            "a smaller file, or a higher limit given by the host");
      }
      if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
        return passed(e.getOriginalMessage(), at);
      }
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
          return refuse("encoding", at, pointer(), "the input is not valid UTF-8", "a UTF-8 text file");
        }
      }
      return refuse("syntax", at, pointer(), "not well-formed: " + firstLine(e.getOriginalMessage()), "valid JSON or YAML");
    }
  }

  /** Characters of the number written without an exponent, worked out from its parts. */
  static long writtenOutLength(String text) {
    int e = Math.max(text.indexOf('e'), text.indexOf('E'));
    String mantissa = e < 0 ? text : text.substring(0, e);
    long exponent = 0;
    if (e >= 0) {
      String digits = text.substring(e + 1);
      String unsigned = digits.startsWith("+") || digits.startsWith("-") ? digits.substring(1) : digits;
      if (unsigned.length() > 9) {
        return Long.MAX_VALUE;
      }
      exponent = Long.parseLong(unsigned) * (digits.startsWith("-") ? -1 : 1);
    }
    int dot = mantissa.indexOf('.');
    long intDigits = (dot < 0 ? mantissa.length() : dot) - (mantissa.startsWith("-") ? 1 : 0);
    long fracDigits = dot < 0 ? 0 : mantissa.length() - dot - 1;
    long scale = fracDigits - exponent;
    long digits = intDigits + fracDigits;
    return scale <= 0 ? digits - scale : Math.max(digits, scale + 1) + 1;
  }

  /**
   * The parser's own words, cut to their first line and stripped of quoted input: the parser may
   * quote what it found, and that could be anything, personal data included.
   */
  static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    line = line.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("`[^`]*`", "…");
    return line.length() <= 200 ? line.strip() : line.substring(0, 200).strip() + "…";
  }
}
