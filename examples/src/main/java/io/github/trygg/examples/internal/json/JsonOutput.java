package io.github.trygg.examples.internal.json;

import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.TreeWriter;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as indented JSON. Member order is the
 * map's order, so output is stable when the caller builds it in a stable order. Goes through core's
 * writer so that the tool carries one JSON library, the one inside trygg-core.
 */
public final class JsonOutput {
  private JsonOutput() {}

  public static String write(Object tree) {
    return TreeWriter.write(tree, Format.JSON);
  }
}
