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
  public static final String FORMAT = "trygg-sign-offs/1";

  public abstract List<SignOff> signOffs();

  public final Optional<SignOff> signOff(String id) {
    return signOffs().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Every sign-off about {@code subject}, latest first. */
  public final List<SignOff> about(EntryRef subject) {
    return signOffs().stream().filter(s -> s.subject().equals(subject))
        .sorted(java.util.Comparator.comparing(SignOff::signedOn).reversed()).toList();
  }

  /** These sign-offs and {@code signOff}, which replaces one with the same id. */
  public final SignOffs with(SignOff signOff) {
    List<SignOff> list = new java.util.ArrayList<>(signOffs().stream().filter(s -> !s.id().equals(signOff.id())).toList());
    list.add(signOff);
    return builder().signOffs(list).build();
  }

  public static SignOffs read(Path file) {
    return DataFiles.file(file, FORMAT, SignOffCodec::read);
  }

  public static SignOffs read(String sourceName, InputStream in, DataFormat format) {
    return DataFiles.read(sourceName, in, Format.of(format), FORMAT, SignOffCodec::read);
  }

  public final void write(Path file) {
    DataFormat format = DataFormat.ofFileName(String.valueOf(file.getFileName()));
    AtomicFiles.write(file, "sign-offs", out -> write(out, format));
  }

  public final void write(OutputStream out, DataFormat format) {
    TreeWriter.write(SignOffCodec.write(this), Format.of(format), out);
  }

  public final String write(DataFormat format) {
    return TreeWriter.write(SignOffCodec.write(this), Format.of(format));
  }

  @Value.Check
  protected void check() {
    Set<String> ids = new HashSet<>();
    for (SignOff s : signOffs()) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("sign-off '" + s.id() + "' appears twice");
      }
    }
  }

  public static SignOffs empty() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableSignOffs.Builder {}
}
