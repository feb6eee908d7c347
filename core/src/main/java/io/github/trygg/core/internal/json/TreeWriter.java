package io.github.trygg.core.internal.json;

import java.io.OutputStream;
import java.io.Writer;
import org.apiguardian.api.API;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a tree of {@link java.util.LinkedHashMap}s, lists, strings, numbers and booleans as JSON or
 * YAML. Member order is the map's order, so output is deterministic when the caller's is.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TreeWriter {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .build();

  private TreeWriter() {}

  public static String write(Object tree, Format format) {
    return mapper(format).writeValueAsString(tree);
  }

  public static void write(Object tree, Format format, OutputStream out) {
    mapper(format).writeValue(out, tree);
  }

  public static void write(Object tree, Format format, Writer out) {
    mapper(format).writeValue(out, tree);
  }

  private static tools.jackson.databind.ObjectMapper mapper(Format format) {
    return format == Format.YAML ? YAML : JSON;
  }
}
