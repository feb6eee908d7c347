package io.github.trygg.core.propagation;

import io.github.trygg.core.Language;

/** Everything a caller can see in a result, as one text, to compare results for equality. */
final class Rendering {
  private Rendering() {}

  static String render(PropagationResult result) {
    StringBuilder sb = new StringBuilder();
    for (SystemLevels s : result.systems()) {
      sb.append(s).append('\n');
      s.levels().values().forEach(d -> sb.append("  ").append(d.trace()).append('\n'));
      s.clearance().values().forEach(t -> sb.append("  ").append(t).append('\n'));
    }
    for (FlowLevels f : result.flows()) {
      sb.append(f).append('\n');
      f.levels().values().forEach(d -> sb.append("  ").append(d.trace()).append('\n'));
    }
    result.findings().forEach(f -> sb.append(f).append(' ').append(f.trace()).append('\n'));
    result.reviews().forEach(i -> sb.append(i).append('\n'));
    sb.append(GraphExport.dot(result, Language.ENGLISH)).append(GraphExport.mermaid(result, Language.SWEDISH));
    return sb.toString();
  }
}
