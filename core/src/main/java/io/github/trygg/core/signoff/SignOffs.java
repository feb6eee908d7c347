package io.github.trygg.core.signoff;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.data.AtomicFiles;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.TreeWriter;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryRef;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The sign-offs kept beside a register ({@code trygg-sign-offs/1}, JSON or YAML). Reading checks
 * every entry — a fingerprint that does not match what it says was approved is an error, since the
 * record has then been edited by hand — and reports every problem at once with its location.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class SignOffs {
  /** The format and major version of a sign-offs file. */
  public static final String FORMAT = "trygg-sign-offs/1";

  /** {@return the sign-offs, in file order} */
  public abstract List<SignOff> signOffs();

  /**
   * The sign-off with this id.
   *
   * @param id the sign-off's id
   * @return the sign-off; empty if there is none
   */
  public final Optional<SignOff> signOff(String id) {
    return signOffs().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Every sign-off about {@code subject}, latest first.
   *
   * @param subject the register entry signed off
   * @return the sign-offs, latest first
   */
  public final List<SignOff> about(EntryRef subject) {
    return signOffs().stream().filter(s -> s.subject().equals(subject))
        .sorted(java.util.Comparator.comparing(SignOff::signedOn).reversed()).toList();
  }

  /**
   * These sign-offs and {@code signOff}, which replaces one with the same id.
   *
   * @param signOff the sign-off
   * @return the sign-offs with it
   */
  public final SignOffs with(SignOff signOff) {
    List<SignOff> list = new java.util.ArrayList<>(signOffs().stream().filter(s -> !s.id().equals(signOff.id())).toList());
    list.add(signOff);
    return builder().signOffs(list).build();
  }

  /**
   * Reads a sign-offs file (JSON, or YAML by its extension).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the sign-offs
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static SignOffs read(Path file) {
    return DataFiles.file(file, FORMAT, SignOffCodec::read);
  }

  /**
   * Reads sign-offs from a stream, which is not closed.
   *
   * @param sourceName names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the sign-offs
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static SignOffs read(String sourceName, InputStream in, DataFormat format) {
    return DataFiles.read(sourceName, in, Format.of(format), FORMAT, SignOffCodec::read);
  }

  /**
   * Writes the sign-offs in canonical form through a temporary file, in the format the file's extension names.
   *
   * @param file the file to write or replace
   */
  public final void write(Path file) {
    DataFormat format = DataFormat.ofFileName(String.valueOf(file.getFileName()));
    AtomicFiles.write(file, "sign-offs", out -> write(out, format));
  }

  /**
   * Writes the sign-offs in canonical form to {@code out}, which is not closed.
   *
   * @param out where the text goes, as UTF-8
   * @param format JSON or YAML
   */
  public final void write(OutputStream out, DataFormat format) {
    TreeWriter.write(SignOffCodec.write(this), Format.of(format), out);
  }

  /**
   * The sign-offs in canonical form.
   *
   * @param format JSON or YAML
   * @return the text; reading it back gives equal sign-offs
   */
  public final String write(DataFormat format) {
    return TreeWriter.write(SignOffCodec.write(this), Format.of(format));
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    Set<String> ids = new HashSet<>();
    for (SignOff s : signOffs()) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("sign-off '" + s.id() + "' appears twice");
      }
    }
  }

  /** {@return no sign-offs} */
  public static SignOffs empty() {
    return builder().build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignOffs}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableSignOffs.Builder {}
}
