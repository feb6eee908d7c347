package io.github.trygg.core.internal.data;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.Optional;
import org.apiguardian.api.API;

/** Reads the value shapes every assessment data file shares. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Texts {
  private Texts() {}

  /** {@code {sv: …, nb: …, en: …}}; all three are required and must not be blank. */
  public static LocalizedText text(SourceObject o, Problems p) {
    o.allowOnly(p, "sv", "nb", "en");
    String sv = nonBlank(o, "sv", p);
    String nb = nonBlank(o, "nb", p);
    String en = nonBlank(o, "en", p);
    return new LocalizedText(sv, nb, en);
  }

  public static LocalizedText requireText(SourceObject parent, String name, Problems p) {
    return text(parent.requireObject(name, p), p);
  }

  public static Optional<LocalizedText> optionalText(SourceObject parent, String name, Problems p) {
    return parent.optionalObject(name, p).map(o -> text(o, p));
  }

  /** A citation, as {@link Citations#read} reads it. */
  public static LegalReference reference(SourceObject o, Problems p) {
    return Citations.read(o, p);
  }

  public static List<LegalReference> references(SourceObject parent, String name, Problems p) {
    return Citations.readAll(parent, name, p);
  }

  public static String nonBlank(SourceObject o, String name, Problems p) {
    String value = o.requireString(name, p);
    if (o.has(name) && value.isBlank()) {
      p.add("blank", o.get(name).map(SourceNode::location).orElse(o.location()), "'" + name + "' is blank", "a non-empty text");
    }
    return value;
  }

  /**
   * Reads an array of {@code {id, label}} objects (areas, headings), reporting repeated ids, and
   * hands each to {@code add}. Returns the ids read, for checking references to them.
   */
  public static Set<String> labelled(SourceObject parent, String name, Problems p, BiConsumer<String, LocalizedText> add) {
    Set<String> ids = new LinkedHashSet<>();
    for (SourceObject o : parent.objects(name, p)) {
      o.allowOnly(p, "id", "label");
      String id = id(o, "id", p);
      if (!ids.add(id)) {
        p.add("duplicate-id", o.keyLocation("id"), "'" + id + "' appears twice in " + name, "unique ids");
      }
      add.accept(id, requireText(o, "label", p));
    }
    return ids;
  }

  /** A lower-case id of letters, digits and hyphens, so ids are stable in files and URLs. */
  public static String id(SourceObject o, String name, Problems p) {
    String value = o.requireString(name, p);
    if (o.has(name) && !value.matches("[a-z0-9][a-z0-9.-]*")) {
      p.add("bad-id", o.get(name).map(SourceNode::location).orElse(o.location()), "not a valid id",
          "lower-case letters, digits, '.' and '-'");
    }
    return value;
  }
}
