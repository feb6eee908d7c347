package io.github.trygg.core.register;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.ReadLimits;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.register.RegisterCodec.ParsedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads a register from one or more JSON or YAML files — for example a vendor's product profile and
 * the municipality's usage file. The same entry (kind and id) in several files is merged field by
 * field; lists are joined; two different values for one field are a conflict. Every problem in
 * every file is reported in one {@link InvalidInputException}, with file, line, column and JSON
 * Pointer; a misspelt property is an error. A failed read returns nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RegisterReader {

  /**
   * A named document to read, for callers that do not read from files.
   *
   * @param name the document's name, used in every problem's location
   * @param content the document's bytes; read to the end, not closed
   * @param format JSON or YAML
   */
  public record Source(String name, InputStream content, DataFormat format) {}

  private RegisterReader() {}

  /**
   * Reads, merges and validates; fails on any problem, including consistency problems.
   *
   * @param files the register files, read together
   * @return the merged, validated register
   */
  public static Register read(Path... files) {
    return read(Arrays.asList(files));
  }

  /**
   * Reads, merges and validates; fails on any problem, including consistency problems.
   *
   * @param files the register files, read together
   * @return the merged, validated register
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static Register read(List<Path> files) {
    return readFiles(files, true, ReadLimits.defaults());
  }

  /**
   * As {@link #read(List)}, with limits other than {@link ReadLimits#defaults()} on each file: for
   * registers larger than the defaults allow.
   *
   * @param files the register files, read together
   * @param limits the read limits for each file
   * @return the merged, validated register
   */
  public static Register read(List<Path> files, ReadLimits limits) {
    return readFiles(files, true, limits);
  }

  /**
   * Reads, merges and validates documents that are not files.
   *
   * @param sources the names of the files read
   * @return the merged, validated register
   */
  public static Register readSources(List<Source> sources) {
    return readStreams(sources, true, ReadLimits.defaults());
  }

  /**
   * As {@link #readSources(List)}, with limits other than {@link ReadLimits#defaults()} on each document.
   *
   * @param sources the names of the files read
   * @param limits the read limits for each file
   * @return the merged, validated register
   */
  public static Register readSources(List<Source> sources, ReadLimits limits) {
    return readStreams(sources, true, limits);
  }

  /**
   * Reads and merges, failing only on problems in the files themselves (syntax, unknown properties,
   * wrong types, conflicts between files). Consistency — references, agreements, safeguards — is
   * left to {@link Register#problems()}; use this for a partial register such as a product profile
   * on its own.
   *
   * @param files the register files, read together
   * @return the merged register, not checked for consistency
   */
  public static Register readUnchecked(List<Path> files) {
    return readFiles(files, false, ReadLimits.defaults());
  }

  /**
   * As {@link #readUnchecked(List)}, for documents that are not files.
   *
   * @param sources the documents, each with its name and format
   * @return the merged register, not checked for consistency
   * @throws io.github.trygg.core.InvalidInputException with every problem in the documents and its location
   */
  public static Register readSourcesUnchecked(List<Source> sources) {
    return readStreams(sources, false, ReadLimits.defaults());
  }

  private static Register readFiles(List<Path> files, boolean validate, ReadLimits limits) {
    // Files are parsed side by side when there are several: parsing is most of a large register's
    // reading, and each file is parsed on its own. Results are taken in the order given.
    List<FileRead> reads = files.size() > 1
        ? files.parallelStream().map(file -> readFile(file, limits)).toList()
        : files.stream().map(file -> readFile(file, limits)).toList();
    List<ParsedFile> parsed = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (FileRead read : reads) {
      if (read.parsed() != null) {
        parsed.add(read.parsed());
      }
      problems.addAll(read.problems());
    }
    return merged(parsed, problems, validate);
  }

  /** One file's parse: the tree (none if the file could not be opened) and its problems. */
  private record FileRead(@Nullable ParsedFile parsed, List<Problem> problems) {}

  private static FileRead readFile(Path file, ReadLimits limits) {
    List<Problem> problems = new ArrayList<>();
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    ParsedFile parsed = null;
    try (InputStream in = Files.newInputStream(file)) {
      parsed = parse(name, in, Format.ofFileName(name), limits, problems);
    } catch (java.nio.file.NoSuchFileException e) {
      problems.add(new Problem("no-such-file", new Location(file.toString(), 0, 0, ""), "no such file", "an existing register file"));
    } catch (IOException e) {
      problems.add(new Problem("unreadable", new Location(file.toString(), 0, 0, ""), "cannot read the file (" + e.getClass().getSimpleName() + ")", "a readable file"));
    }
    return new FileRead(parsed, problems);
  }

  private static Register readStreams(List<Source> sources, boolean validate, ReadLimits limits) {
    List<ParsedFile> parsed = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Source source : sources) {
      parsed.add(parse(source.name(), source.content(), Format.of(source.format()), limits, problems));
    }
    return merged(parsed, problems, validate);
  }

  /**
   * When a file cannot be read at all, the others are still read for their own mistakes (unknown
   * properties, wrong types and values), but not checked as a register, and what the unreadable file
   * may have supplied (a reference's target, a required property) is not reported missing.
   */
  private static Register merged(List<ParsedFile> parsed, List<Problem> problems, boolean validate) {
    if (problems.isEmpty()) {
      return RegisterCodec.read(parsed, problems, validate);
    }
    List<Problem> all = new ArrayList<>(problems);
    try {
      RegisterCodec.read(parsed, new ArrayList<>(problems), false);
    } catch (InvalidInputException e) {
      all = e.problems();
    }
    // A required property may be given by the unreadable file for an entry both files describe.
    throw new InvalidInputException(all.stream().filter(p -> !FOLLOW_ON.contains(p.code())).toList());
  }

  private static final java.util.Set<String> FOLLOW_ON = java.util.Set.of("missing-property", "unknown-reference");

  private static ParsedFile parse(String name, InputStream in, Format format, ReadLimits limits, List<Problem> problems) {
    try {
      SourceNode root = SourceReader.read(name, in, format, limits);
      return new ParsedFile(name, root);
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
      return new ParsedFile(name, null);
    }
  }
}
