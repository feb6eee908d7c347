package io.github.trygg.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs openssl commands as a document writes them: one command a line, a trailing backslash
 * continues it, {@code #} starts a comment line, words are split as a POSIX shell splits them
 * (single and double quotes, no variables or globs). Only {@code openssl} may be called. Without
 * openssl on the PATH the calling tests are skipped, unless {@code TRYGG_REQUIRE_OPENSSL} is set (as
 * in CI), when they fail.
 */
final class OpenSsl {
  private OpenSsl() {}

  static void require() {
    boolean present = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "openssl")));
    if (!present) {
      if (System.getenv("TRYGG_REQUIRE_OPENSSL") != null) {
        throw new AssertionError("openssl is required (TRYGG_REQUIRE_OPENSSL is set) but not on the PATH");
      }
      Assumptions.abort("openssl is not installed");
    }
  }

  /** The commands of a shell block, each as its words. */
  static List<List<String>> commands(String block) {
    List<List<String>> commands = new ArrayList<>();
    StringBuilder command = new StringBuilder();
    for (String line : block.lines().toList()) {
      if (command.length() == 0 && (line.isBlank() || line.strip().startsWith("#"))) {
        continue;
      }
      if (line.endsWith("\\")) {
        command.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      command.append(line);
      commands.add(words(command.toString()));
      command.setLength(0);
    }
    assertEquals(0, command.length(), "the block ends in a continued line");
    return commands;
  }

  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        assertTrue("$`*?;|&<>".indexOf(c) < 0, () -> "shell syntax the test does not run: " + command);
        word.append(c);
        inWord = true;
      }
    }
    assertEquals(0, quote, () -> "an unclosed quote in: " + command);
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /** Runs every command of the block in {@code dir}; each must be an openssl command that succeeds. */
  static void run(String block, Path dir) throws IOException, InterruptedException {
    List<List<String>> commands = commands(block);
    assertTrue(!commands.isEmpty(), "no commands in the block");
    for (List<String> command : commands) {
      assertEquals("openssl", command.get(0), () -> "not an openssl command: " + command);
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), () -> String.join(" ", command) + " timed out");
      assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed: " + out);
    }
  }
}
