package io.github.trygg.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the tool in-process as a user would: arguments in, exit code and both streams out. */
record CliRun(int exitCode, String out, String err) {
  static final Path SAMPLE = Path.of("registers/exempelkommun");
  static final String PROFILE = SAMPLE.resolve("product-larmkraft.yaml").toString();
  static final String REGISTER = SAMPLE.resolve("register.yaml").toString();
  static final String RISKS = SAMPLE.resolve("risks.yaml").toString();
  static final String ASSESSMENTS = SAMPLE.resolve("requirement-assessments.yaml").toString();

  /** The standard output parsed as JSON. */
  tools.jackson.databind.JsonNode json() {
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(out);
  }

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Trygg.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
