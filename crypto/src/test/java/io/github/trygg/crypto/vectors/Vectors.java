package io.github.trygg.crypto.vectors;

import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;

/**
 * Published test vectors, typed in from the standards as JSON files next to this class. Each file
 * names its source; {@link #tests(String)} returns its {@code tests} array.
 */
public final class Vectors {
  private static final HexFormat HEX = HexFormat.of();

  private Vectors() {}

  public static List<SourceObject> tests(String file) {
    try (InputStream in = Vectors.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("no vector file " + file);
      }
      SourceObject root = SourceReader.readObject(file, in, Format.JSON);
      Problems problems = new Problems();
      List<SourceObject> tests = root.objects("tests", problems);
      problems.throwIfAny();
      if (tests.isEmpty()) {
        throw new IllegalStateException(file + " has no tests");
      }
      return tests;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String string(SourceObject test, String name) {
    Problems problems = new Problems();
    String value = test.requireString(name, problems);
    problems.throwIfAny();
    return value;
  }

  public static byte[] hex(SourceObject test, String name) {
    return HEX.parseHex(string(test, name));
  }

  public static long number(SourceObject test, String name) {
    Problems problems = new Problems();
    long value = test.optionalLong(name, Long.MIN_VALUE, Long.MAX_VALUE, problems).orElseThrow(() -> new IllegalStateException(name + " missing"));
    problems.throwIfAny();
    return value;
  }

  /** "file case N" for assertion messages. */
  public static String label(SourceObject test) {
    return test.location().source() + " " + test.location().pointer()
        + test.get("case").map(n -> " (case " + Vectors.string(test, "case") + ")").orElse("");
  }
}
