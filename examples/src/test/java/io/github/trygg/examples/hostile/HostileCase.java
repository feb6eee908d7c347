package io.github.trygg.examples.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One hostile input: which reader or command gets it ({@code target}), with which arguments, and the
 * secrets — planted identity numbers, key material — that must never be shown back.
 */
record HostileCase(String target, String label, List<String> args, List<String> secrets) {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static void writeAll(Path file, List<HostileCase> cases) {
    List<String> lines = new ArrayList<>();
    for (HostileCase c : cases) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("target", c.target);
      m.put("label", c.label);
      m.put("args", c.args);
      m.put("secrets", c.secrets);
      lines.add(JSON.writeValueAsString(m));
    }
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<HostileCase> readAll(Path file) throws IOException {
    List<HostileCase> cases = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode n = JSON.readTree(line);
      cases.add(new HostileCase(n.get("target").asString(), n.get("label").asString(), strings(n.get("args")), strings(n.get("secrets"))));
    }
    return cases;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asString()));
    return out;
  }
}
