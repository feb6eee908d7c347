package io.github.trygg.examples.cli;

import io.github.trygg.examples.internal.json.JsonOutput;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --format table|json}: a table for people, JSON for programs. */
final class OutputFormat {
  enum Kind { TABLE, JSON }

  @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
      description = "table (readable, default) or json (every text in the chosen language).")
  Kind kind = Kind.TABLE;

  boolean json() {
    return kind == Kind.JSON;
  }

  static void print(PrintWriter out, Object tree) {
    out.println(JsonOutput.write(tree));
  }
}
