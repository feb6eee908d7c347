package io.github.trygg.core.internal.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Copies JSON from a parser to a generator token by token, asking a {@link Handler} what to do with
 * every value: keep it as it is (numbers exactly as written), drop it (with its property name),
 * replace a scalar, or descend into a container. One document, or several root values one after
 * the other (JSON Lines), which are written one per line.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonRecordStream {
  /**
   * How deep, long and large the input may be; the parser checks strings, names, numbers and
   * nesting as it reads them, the stream checks the bytes of each record.
   */
  public record Limits(int maxDepth, int maxStringLength, int maxNameLength, int maxNumberLength, long maxRecordBytes) {}

  private static JsonFactory factory(Limits limits) {
    return JsonFactory.builder()
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .rootValueSeparator("\n")
        .build();
  }

  /** What a handler decides for one value. */
  public enum Decision {
    KEEP,
    DROP,
    /** Replace a scalar with {@link Handler#replace}. */
    REPLACE,
    /** Go into an object or array and decide for each member. */
    DESCEND
  }

  /** The JSON type of a value. */
  public enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL;

    public boolean container() {
      return this == OBJECT || this == ARRAY;
    }
  }

  /** Decides value by value. */
  public interface Handler {
    /** Called before every value, containers included, in document order. */
    Decision decide(JsonPath path, Kind kind, Position at);

    /**
     * The text to write, as a string, instead of a scalar the handler chose to replace; null drops
     * the value and its property name.
     */
    @Nullable String replace(JsonPath path, Kind kind, String text, long line, long column);
  }

  private final JsonParser parser;
  private final JsonGenerator generator;
  private final Handler handler;
  private final Limits limits;
  private final LongSupplier bytesRead;
  private final JsonPath path = new JsonPath();
  private final Position position = new Position();
  private long recordStart;

  /** Where the current value starts; asked only when needed, since it costs an object. */
  public final class Position {
    private Position() {}

    public long line() {
      return JsonRecordStream.line(parser.currentTokenLocation());
    }

    public long column() {
      return JsonRecordStream.column(parser.currentTokenLocation());
    }
  }

  private JsonRecordStream(JsonParser parser, JsonGenerator generator, Handler handler, Limits limits, LongSupplier bytesRead) {
    this.parser = parser;
    this.generator = generator;
    this.handler = handler;
    this.limits = limits;
    this.bytesRead = bytesRead;
  }

  /**
   * Streams every root value of {@code in} to {@code out}.
   *
   * @param bytesRead how many bytes of {@code in} have been read so far, for the record size limit
   * @return the number of records: the elements of a root array, or else the root values
   * @throws JsonStreamException if the input is not well-formed JSON or exceeds a limit
   */
  public static long transform(InputStream in, OutputStream out, Handler handler, Limits limits, LongSupplier bytesRead) {
    JsonFactory factory = factory(limits);
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), in);
        JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), out)) {
      JsonRecordStream stream = new JsonRecordStream(parser, generator, handler, limits, bytesRead);
      long records = 0;
      boolean any = false;
      for (JsonToken token = stream.next(); token != null; token = stream.next()) {
        any = true;
        stream.recordStart = bytesRead.getAsLong();
        records += stream.root(token);
      }
      if (any) {
        generator.writeRaw('\n');
      }
      generator.flush();
      return records;
    } catch (JsonStreamException e) {
      throw e;
    } catch (JacksonException e) {
      throw failure(e, limits, "");
    }
  }

  private @Nullable JsonToken next() {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JacksonException e) {
      throw failure(e, limits, path.pointer());
    }
    if (bytesRead.getAsLong() - recordStart > limits.maxRecordBytes() + (1 << 16)) {
      // Counted in what the parser has buffered, so up to one buffer late; never early.
      TokenStreamLocation at = parser.currentTokenLocation();
      throw new JsonStreamException("json-record-too-long", line(at), column(at), path.pointer(),
          "a record is longer than " + limits.maxRecordBytes() + " bytes", "shorter records, or a higher limit (maxRecordLength)");
    }
    return token;
  }

  /**
   * Jackson's own message may quote the document; say where instead, and for an exceeded limit
   * which one.
   */
  private static JsonStreamException failure(JacksonException e, Limits limits, String pointer) {
    long line = line(e.getLocation());
    long column = column(e.getLocation());
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("nesting depth")) {
        return new JsonStreamException("json-too-deep", line, column, pointer, "objects and arrays nested deeper than " + limits.maxDepth(),
            "shallower nesting, or a higher limit (maxDepth)");
      }
      if (m.startsWith("String")) {
        return new JsonStreamException("json-string-too-long", line, column, pointer, "a string longer than " + limits.maxStringLength() + " characters",
            "shorter strings, or a higher limit (maxStringLength)");
      }
      if (m.startsWith("Name")) {
        return new JsonStreamException("json-name-too-long", line, column, pointer, "a property name longer than " + limits.maxNameLength() + " characters",
            "shorter names, or a higher limit (maxNameLength)");
      }
      if (m.startsWith("Number")) {
        return new JsonStreamException("json-number-too-long", line, column, pointer, "a number longer than " + limits.maxNumberLength() + " characters",
            "shorter numbers, or a higher limit (maxNumberLength)");
      }
      return new JsonStreamException("json-limit", line, column, pointer, "the JSON exceeds a limit", "smaller input");
    }
    return new JsonStreamException(line, column, pointer, "not well-formed JSON");
  }

  /** A root array is a list of records, always gone into; any other root value is one record. */
  private long root(JsonToken token) {
    if (kind(token) == Kind.ARRAY) {
      generator.writeStartArray();
      long records = 0;
      path.base(1);
      for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
        recordStart = bytesRead.getAsLong();
        path.pushIndex((int) records++);
        value(t, null);
        path.pop();
      }
      path.base(0);
      generator.writeEndArray();
      return records;
    }
    value(token, null);
    return 1;
  }

  /** Handles the value at the current path; a property name is written only if the value stays. */
  private void value(@Nullable JsonToken token, @Nullable String property) {
    Kind kind = kind(token);
    Decision decision = handler.decide(path, kind, position);
    if (decision == Decision.DROP) {
      if (kind.container()) {
        parser.skipChildren();
      }
      return;
    }
    if (!kind.container()) {
      if (decision == Decision.REPLACE) {
        String text = kind == Kind.NULL ? "null" : parser.getString();
        TokenStreamLocation at = parser.currentTokenLocation();
        String replacement = handler.replace(path, kind, text, line(at), column(at));
        if (replacement != null) {
          name(property);
          generator.writeString(replacement);
        }
      } else {
        name(property);
        generator.copyCurrentEventExact(parser);
      }
      return;
    }
    name(property);
    if (decision == Decision.KEEP) {
      generator.copyCurrentStructureExact(parser);
      return;
    }
    if (decision != Decision.DESCEND) {
      throw new IllegalStateException("a container can be kept, dropped or descended into, not replaced");
    }
    if (kind == Kind.OBJECT) {
      generator.writeStartObject();
      for (JsonToken t = next(); t != JsonToken.END_OBJECT; t = next()) {
        String name = parser.currentName();
        path.pushName(name);
        value(next(), name);
        path.pop();
      }
      generator.writeEndObject();
    } else {
      generator.writeStartArray();
      int index = 0;
      for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
        path.pushIndex(index++);
        value(t, null);
        path.pop();
      }
      generator.writeEndArray();
    }
  }

  private void name(@Nullable String property) {
    if (property != null) {
      generator.writeName(property);
    }
  }

  private static Kind kind(@Nullable JsonToken token) {
    if (token == null) {
      throw new JsonStreamException(0, 0, "", "the JSON ends in the middle of a value");
    }
    switch (token) {
      case START_OBJECT:
        return Kind.OBJECT;
      case START_ARRAY:
        return Kind.ARRAY;
      case VALUE_STRING:
        return Kind.STRING;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return Kind.NUMBER;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Kind.BOOLEAN;
      case VALUE_NULL:
        return Kind.NULL;
      default:
        throw new JsonStreamException(0, 0, "", "unexpected " + token);
    }
  }

  private static long line(@Nullable TokenStreamLocation at) {
    return at == null ? 0 : Math.max(0, at.getLineNr());
  }

  private static long column(@Nullable TokenStreamLocation at) {
    return at == null ? 0 : Math.max(0, at.getColumnNr());
  }
}
