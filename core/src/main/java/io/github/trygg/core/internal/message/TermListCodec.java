package io.github.trygg.core.internal.message;

import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceArray;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/** Reads a term-list document; every problem is reported with its location and nothing half-read is returned. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TermListCodec {
  private TermListCodec() {}

  /**
   * One list as read.
   *
   * @param kind ordinal of the content-hit kind its terms produce
   * @param content ordinal of the content class its terms suggest
   */
  public record TermList(String id, String language, int kind, int content, List<String> terms) {}

  public static List<TermList> read(SourceObject root, Class<? extends Enum<?>> hitKind, Class<? extends Enum<?>> contentClass) {
    Problems problems = new Problems();
    root.allowOnly(problems, "version", "lists");
    root.requireString("version", problems);
    List<TermList> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SourceObject list : root.objects("lists", problems)) {
      list.allowOnly(problems, "id", "language", "kind", "content", "terms");
      String id = list.requireString("id", problems);
      if (!ids.add(id)) {
        problems.add("duplicate-id", list.keyLocation("id"), "list id '" + id + "' is used twice", "a unique id per list");
      }
      String language = list.requireString("language", problems);
      int kind = list.get("kind").map(n -> TableReading.ordinal(n, hitKind, problems)).orElseGet(() -> {
        problems.add("missing-property", list.location(), "missing required property 'kind'", TableReading.choices(hitKind));
        return 0;
      });
      int content = list.get("content").map(n -> TableReading.ordinal(n, contentClass, problems)).orElseGet(() -> {
        problems.add("missing-property", list.location(), "missing required property 'content'", TableReading.choices(contentClass));
        return 0;
      });
      List<String> terms = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      if (list.get("terms").isEmpty() || !(list.get("terms").get() instanceof SourceArray array) || array.size() == 0) {
        problems.add("missing-property", list.location(), "missing or empty 'terms'", "a list of terms");
      } else {
        for (SourceNode node : array.elements()) {
          SourceObject.asString(node, problems).ifPresent(term -> {
            String problem = TermAutomaton.problemWith(term);
            if (!problem.isEmpty()) {
              problems.add("bad-term", node.location(), problem, "a word or phrase, optionally with '*' at either end");
            } else if (!seen.add(term.strip())) {
              problems.add("duplicate-term", node.location(), "the term is listed twice", "each term once");
            } else {
              terms.add(term.strip());
            }
          });
        }
      }
      out.add(new TermList(id, language, Math.max(kind, 0), Math.max(content, 0), List.copyOf(terms)));
    }
    problems.throwIfAny();
    return List.copyOf(out);
  }
}
