package io.github.trygg.examples.internal.json;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as indented JSON. Member order is the
 * map's order, so output is stable when the caller builds it in a stable order.
 */
public final class JsonOutput {
  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonOutput() {}

  public static String write(Object tree) {
    return MAPPER.writeValueAsString(tree);
  }
}
