package io.github.trygg.core.risk;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Risk-matrix files ⇄ {@link RiskMatrix}. */
final class MatrixCodec {
  static final String FORMAT = "trygg-risk-matrix/1";

  private MatrixCodec() {}

  static @Nullable RiskMatrix read(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "id", "version", "name", "likelihood", "consequence", "levels", "grid", "classificationFloor", "sources");
    RiskMatrix.Builder b = RiskMatrix.builder()
        .id(Texts.id(o, "id", p))
        .version(Texts.nonBlank(o, "version", p))
        .name(Texts.requireText(o, "name", p))
        .sources(Texts.references(o, "sources", p));
    List<ScaleStep> likelihoods = scale(o, "likelihood", p);
    List<ScaleStep> consequences = scale(o, "consequence", p);
    b.likelihoods(likelihoods).consequences(consequences);
    Set<String> levelIds = new HashSet<>();
    List<SourceObject> levels = o.objects("levels", p);
    for (int i = 0; i < levels.size(); i++) {
      SourceObject l = levels.get(i);
      l.allowOnly(p, "id", "label", "acceptance", "colour");
      String id = Texts.id(l, "id", p);
      if (!levelIds.add(id)) {
        p.add("duplicate-id", l.keyLocation("id"), "level '" + id + "' appears twice", "unique level ids");
      }
      String colour = l.requireString("colour", p);
      if (l.has("colour") && !colour.matches("#[0-9a-fA-F]{6}")) {
        p.add("bad-colour", l.keyLocation("colour"), "'" + colour + "' is not a colour", "#rrggbb");
      }
      b.addLevels(new RiskLevel(i, id, Texts.requireText(l, "label", p),
          l.requireEnum("acceptance", Acceptance.class, p).orElse(Acceptance.UNACCEPTABLE), colour));
    }
    List<List<Integer>> grid = o.list("grid", p, row -> {
      List<Integer> cells = new ArrayList<>();
      if (!(row instanceof io.github.trygg.core.internal.json.SourceArray array)) {
        p.add("wrong-type", row.location(), "a grid row is " + row.kind(), "an array of level ranks");
        return java.util.Optional.empty();
      }
      if (array.size() != consequences.size()) {
        p.add("grid-shape", row.location(), "the row has " + array.size() + " cells", consequences.size() + " cells, one per consequence");
      }
      for (SourceNode cell : array.elements()) {
        SourceObject.asLong(cell, 0, Math.max(0, levels.size() - 1), p).ifPresent(v -> cells.add(v.intValue()));
      }
      return java.util.Optional.of(cells);
    });
    if (grid.size() != likelihoods.size()) {
      p.add("grid-shape", o.keyLocation("grid"), "the grid has " + grid.size() + " rows", likelihoods.size() + " rows, one per likelihood");
    }
    b.grid(grid);
    SourceObject floor = o.requireObject("classificationFloor", p);
    for (Map.Entry<String, SourceNode> e : floor.members().entrySet()) {
      if (!e.getKey().matches("[0-4]")) {
        p.add("unknown-property", floor.keyLocation(e.getKey()), "'" + e.getKey() + "' is not a classification level", "0, 1, 2, 3 and 4");
        continue;
      }
      SourceObject.asLong(e.getValue(), 1, Math.max(1, consequences.size()), p)
          .ifPresent(v -> b.putClassificationFloor(ConsequenceLevel.ofOrdinal(Integer.parseInt(e.getKey())), v.intValue()));
    }
    if (!p.isEmpty()) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      p.add("inconsistent", o.location(), String.valueOf(e.getMessage()), "a consistent matrix");
      return null;
    }
  }

  private static List<ScaleStep> scale(SourceObject o, String name, Problems p) {
    List<ScaleStep> steps = new ArrayList<>();
    List<SourceObject> items = o.objects(name, p);
    if (items.size() < 2) {
      p.add("too-short", o.keyLocation(name), "'" + name + "' has " + items.size() + " steps", "at least 2 steps");
    }
    for (int i = 0; i < items.size(); i++) {
      SourceObject s = items.get(i);
      s.allowOnly(p, "code", "label", "description");
      steps.add(new ScaleStep(i + 1, Texts.nonBlank(s, "code", p), Texts.requireText(s, "label", p), Texts.requireText(s, "description", p)));
    }
    return steps;
  }
}
