package io.github.trygg.dsr.routing;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.Scope;
import io.github.trygg.core.internal.data.Citations;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.dsr.internal.data.DataFiles;
import io.github.trygg.dsr.request.RequestType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** The catalogue of legal grounds, read from a versioned data file ({@code legal-grounds.yaml}). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LegalGrounds {
  static final String FORMAT = "trygg-legal-grounds/2";
  private static volatile @Nullable LegalGrounds bundled;

  private final String version;
  private final Map<String, LegalGround> byId;

  private LegalGrounds(String version, Map<String, LegalGround> byId) {
    this.version = version;
    this.byId = byId;
  }

  /** {@return the catalogue shipped with Trygg ({@code legal-grounds.yaml}), read once} */
  public static LegalGrounds bundled() {
    LegalGrounds b = bundled;
    if (b == null) {
      try (InputStream in = LegalGrounds.class.getResourceAsStream("legal-grounds.yaml")) {
        if (in == null) {
          throw new IllegalStateException("legal-grounds.yaml is missing from the jar");
        }
        b = read("legal-grounds.yaml", in, DataFormat.YAML);
        bundled = b;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return b;
  }

  /**
   * Legal grounds from a host's own JSON or YAML file in the bundled format.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the catalogue
   */
  public static LegalGrounds read(Path file) {
    return read(SourceReader.readObject(file));
  }

  /**
   * Legal grounds from a stream; {@code sourceName} names it in problems.
   *
   * @param sourceName names the input in every problem's location
   * @param in the file's bytes; not closed
   * @param format JSON or YAML
   * @return the catalogue
   */
  public static LegalGrounds read(String sourceName, InputStream in, DataFormat format) {
    return read(SourceReader.readObject(sourceName, in, Format.of(format)));
  }

  private static LegalGrounds read(SourceObject root) {
    Problems problems = new Problems();
    root.allowOnly(problems, "format", "version", "grounds");
    DataFiles.checkFormat(root, FORMAT, problems);
    String version = root.requireString("version", problems);
    Map<String, LegalGround> grounds = new LinkedHashMap<>();
    for (SourceObject g : root.objects("grounds", problems)) {
      g.allowOnly(problems, "id", "scope", "rights", "reference", "text", "secrecyReview");
      String id = g.requireString("id", problems);
      Scope scope = Citations.requireScope(g, "scope", problems);
      List<RequestType> rights = g.enums("rights", RequestType.class, problems);
      LegalReference reference = DataFiles.reference(g.requireObject("reference", problems), problems);
      LocalizedText text = DataFiles.text(g.requireObject("text", problems), problems);
      boolean review = g.booleanOr("secrecyReview", false, problems);
      if (grounds.containsKey(id)) {
        problems.add("duplicate-id", g.keyLocation("id"), "ground '" + id + "' appears twice", "unique ids");
      } else if (!id.isEmpty()) {
        grounds.put(id, new LegalGround(id, scope, rights.isEmpty() ? EnumSet.noneOf(RequestType.class) : EnumSet.copyOf(rights),
            reference, text, review));
      }
    }
    problems.throwIfAny();
    return new LegalGrounds(version, grounds);
  }

  /** {@return the version of the catalogue's data file} */
  public String version() {
    return version;
  }

  /**
   * The ground with this id.
   *
   * @param id the ground's id
   * @return the ground; empty if the catalogue has none of that id
   */
  public Optional<LegalGround> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The ground, checked to fit the right and jurisdiction it is used for.
   *
   * @param id the ground's id in the catalogue
   * @param right the right the ground is used for
   * @param jurisdiction the jurisdiction of the request
   * @return the ground
   */
  public LegalGround require(String id, RequestType right, Jurisdiction jurisdiction) {
    LegalGround g = byId.get(id);
    if (g == null) {
      throw new InvalidInputException(new Problem("unknown-ground", Location.of("legal grounds " + version, ""),
          "no legal ground '" + id + "'", "one of: " + String.join(", ", byId.keySet())));
    }
    if (!g.rights().contains(right) || !g.appliesIn(jurisdiction)) {
      throw new InvalidInputException(new Problem("ground-does-not-apply", Location.of("legal grounds " + version, ""),
          "ground '" + id + "' does not apply to " + right + " in " + jurisdiction, "a ground for that right and jurisdiction"));
    }
    return g;
  }

  /** {@return every ground, in catalogue order} */
  public List<LegalGround> all() {
    return new ArrayList<>(byId.values());
  }

  /**
   * The provisions the secrecy review of a request for {@code right} rests on, for {@code actor}.
   *
   * @param actor who acts, as an opaque id kept in the audit log
   * @param right the right the ground is used for
   * @return the provisions, in catalogue order
   */
  public List<LegalGround> secrecyReview(RequestType right, io.github.trygg.core.Actor actor) {
    return byId.values().stream().filter(g -> g.secrecyReview() && g.rights().contains(right) && g.binds(actor)).toList();
  }
}
