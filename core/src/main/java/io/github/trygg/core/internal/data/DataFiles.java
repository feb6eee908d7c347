package io.github.trygg.core.internal.data;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;
import org.apiguardian.api.API;

/**
 * Reads one data file — bundled in the jar or given by the host — into a value, all or nothing: every
 * problem in the file is collected and thrown together, and nothing is returned when there is one.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class DataFiles {
  private DataFiles() {}

  /** A file bundled next to {@code anchor}'s package. A missing bundled file is a packaging bug. */
  public static <T> T bundled(Class<?> anchor, String name, String expectedFormat, BiFunction<SourceObject, Problems, @Nullable T> map) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled data file missing: " + name);
      }
      return read(name, in, Format.ofFileName(name), expectedFormat, map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + name, e);
    }
  }

  public static <T> T file(Path file, String expectedFormat, BiFunction<SourceObject, Problems, @Nullable T> map) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in, Format.ofFileName(name), expectedFormat, map);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InvalidInputException(new Problem("no-such-file", Location.of(file.toString(), ""), "no such file", "an existing data file"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  public static <T> T read(String source, InputStream in, Format format, String expectedFormat, BiFunction<SourceObject, Problems, @Nullable T> map) {
    SourceObject root = SourceReader.readObject(source, in, format);
    Problems problems = new Problems();
    String declared = root.requireString("format", problems);
    if (!declared.isEmpty() && !declared.equals(expectedFormat)) {
      problems.add("wrong-format", root.keyLocation("format"), "the file declares another format", expectedFormat);
    }
    T value = null;
    RuntimeException failure = null;
    try {
      value = map.apply(root, problems);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // A value type's own check rejected what the reader assembled; report it at the top.
      failure = e;
      if (problems.isEmpty()) {
        problems.add("inconsistent", root.location(), e.getMessage() == null ? "inconsistent content" : e.getMessage());
      }
    }
    problems.throwIfAny();
    if (value == null) {
      throw new IllegalStateException("reader produced nothing", failure);
    }
    return value;
  }
}
