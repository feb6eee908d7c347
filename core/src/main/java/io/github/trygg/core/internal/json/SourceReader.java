package io.github.trygg.core.internal.json;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses JSON or YAML into {@link SourceNode}s that carry file, line, column and JSON Pointer.
 * Syntax errors and duplicate keys become {@link InvalidInputException}s with their location.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceReader {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private SourceReader() {}

  public static SourceNode read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in, Format.ofFileName(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Reads one document; {@code source} names it in every problem (a file name or a label). */
  public static SourceNode read(String source, InputStream in, Format format) {
    try (JsonParser parser = (format == Format.YAML ? YAML : JSON).createParser(in)) {
      return readDocument(source, parser);
    } catch (JacksonException e) {
      throw syntaxError(source, e);
    }
  }

  public static SourceNode read(String source, String text, Format format) {
    try (JsonParser parser = (format == Format.YAML ? YAML : JSON).createParser(text)) {
      return readDocument(source, parser);
    } catch (JacksonException e) {
      throw syntaxError(source, e);
    }
  }

  /** Reads a document whose root must be an object. */
  public static SourceObject readObject(String source, InputStream in, Format format) {
    return rootObject(read(source, in, format));
  }

  public static SourceObject readObject(Path file) {
    return rootObject(read(file));
  }

  private static SourceObject rootObject(SourceNode root) {
    if (root instanceof SourceObject o) {
      return o;
    }
    throw new InvalidInputException(
        new Problem("wrong-type", root.location(), "the document is " + root.kind(), "an object at the top level"));
  }

  private static SourceNode readDocument(String source, JsonParser parser) {
    List<Problem> duplicates = new ArrayList<>();
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new InvalidInputException(
          new Problem("empty", new Location(source, 1, 1, ""), "the document is empty", "a JSON or YAML document"));
    }
    SourceNode root = readValue(source, parser, "", duplicates);
    if (!duplicates.isEmpty()) {
      throw new InvalidInputException(duplicates);
    }
    return root;
  }

  private static SourceNode readValue(String source, JsonParser parser, String pointer, List<Problem> duplicates) {
    Location location = location(source, parser.currentTokenLocation(), pointer);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        {
          Map<String, SourceNode> members = new LinkedHashMap<>();
          Map<String, Location> keys = new LinkedHashMap<>();
          while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String childPointer = pointer + "/" + SourceObject.escape(name);
            Location keyLocation = location(source, parser.currentTokenLocation(), childPointer);
            parser.nextToken();
            SourceNode value = readValue(source, parser, childPointer, duplicates);
            if (members.putIfAbsent(name, value) != null) {
              duplicates.add(new Problem("duplicate-property", keyLocation, "property '" + name + "' appears twice", "each property once"));
            } else {
              keys.put(name, keyLocation);
            }
          }
          return new SourceObject(location, members, keys);
        }
      case START_ARRAY:
        {
          List<SourceNode> elements = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            elements.add(readValue(source, parser, pointer + "/" + elements.size(), duplicates));
          }
          return new SourceArray(location, elements);
        }
      case VALUE_STRING:
        return new SourceScalar(location, SourceScalar.Type.STRING, parser.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new SourceScalar(location, SourceScalar.Type.NUMBER, parser.getString());
      case VALUE_TRUE:
        return new SourceScalar(location, SourceScalar.Type.BOOLEAN, "true");
      case VALUE_FALSE:
        return new SourceScalar(location, SourceScalar.Type.BOOLEAN, "false");
      case VALUE_NULL:
        return new SourceScalar(location, SourceScalar.Type.NULL, "null");
      default:
        throw new InvalidInputException(
            new Problem("unsupported", location, "unsupported value (" + token + ")", "a JSON value"));
    }
  }

  private static Location location(String source, TokenStreamLocation loc, String pointer) {
    return new Location(source, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()), pointer);
  }

  private static InvalidInputException syntaxError(String source, JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    Location where = loc == null ? new Location(source, 0, 0, "") : location(source, loc, "");
    // The original message may quote a fragment of the input; keep only its first line.
    String message = e.getOriginalMessage();
    int nl = message.indexOf('\n');
    return new InvalidInputException(
        new Problem("syntax", where, "not well-formed: " + (nl < 0 ? message : message.substring(0, nl)), "valid JSON or YAML"));
  }
}
