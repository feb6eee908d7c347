package io.github.trygg.core.propagation;

import io.github.trygg.core.internal.data.Lookup;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.RatingOrigin;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SystemKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The register's graph with the propagated levels and the findings, as Graphviz DOT or as a
 * Mermaid flowchart for reports: systems as boxes coloured by their highest required level, flows
 * as arrows labelled with theirs, dependencies dotted, hosting dashed, and everything with a
 * finding outlined in red with its most severe finding. Overridden levels are marked with an
 * asterisk. Output is deterministic: entries appear in id order.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GraphExport {
  private static final String[] FILL = {"#e8f5e9", "#c8e6c9", "#fff59d", "#ffcc80", "#ef9a9a"};
  private static final String RED = "#c62828";
  private static final LocalizedText HOSTED_ON = new LocalizedText("driftas på", "driftes på", "hosted on");
  private static final LocalizedText DEPENDS_ON = new LocalizedText("beroende", "avhengig", "depends on");
  private static final LocalizedText PART_OF = new LocalizedText("del av", "del av", "part of");
  private static final LocalizedText FINDINGS = new LocalizedText("brister", "funn", "findings");

  private GraphExport() {}

  /**
   * Graphviz DOT; render with {@code dot -Tsvg}.
   *
   * @param language the language of the text
   * @param result a propagation result
   * @return the graph in Graphviz DOT
   */
  public static String dot(PropagationResult result, Language language) {
    Model m = new Model(result, language);
    StringBuilder sb = new StringBuilder();
    sb.append("digraph trygg {\n");
    sb.append("  graph [rankdir=LR, fontname=\"Helvetica\", label=").append(quote(m.title)).append(", labelloc=t];\n");
    sb.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10];\n");
    sb.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for (Node n : m.nodes) {
      sb.append("  ").append(quote(n.id)).append(" [label=").append(quote(n.label + "\n" + n.levels + n.findingLine))
          .append(", fillcolor=\"").append(FILL[n.level]).append('"');
      if (n.kind == SystemKind.PLATFORM) {
        sb.append(", shape=box3d");
      } else if (n.kind == SystemKind.DEVICE) {
        sb.append(", shape=component");
      }
      if (n.finding != null) {
        sb.append(", color=\"").append(RED).append("\", penwidth=2");
      }
      sb.append(", tooltip=").append(quote(n.tooltip)).append("];\n");
    }
    for (Edge e : m.edges) {
      sb.append("  ").append(quote(e.from)).append(" -> ").append(quote(e.to)).append(" [label=").append(quote(e.label));
      switch (e.kind) {
        case DEPENDENCY -> sb.append(", style=dotted");
        case HOSTING, COMPOSITION -> sb.append(", style=dashed, arrowhead=empty");
        default -> {
          if (e.both) {
            sb.append(", dir=both");
          }
        }
      }
      if (e.finding != null) {
        sb.append(", color=\"").append(RED).append("\", fontcolor=\"").append(RED).append("\", penwidth=2");
      }
      sb.append(", tooltip=").append(quote(e.tooltip)).append("];\n");
    }
    sb.append("}\n");
    return sb.toString();
  }

  /**
   * A Mermaid flowchart, for Markdown renderers that draw {@code mermaid} blocks.
   *
   * @param language the language of the text
   * @param result a propagation result
   * @return the graph in Mermaid
   */
  public static String mermaid(PropagationResult result, Language language) {
    Model m = new Model(result, language);
    Map<String, String> ids = new HashMap<>();
    for (Node n : m.nodes) {
      ids.put(n.id, "n" + ids.size());
    }
    StringBuilder sb = new StringBuilder();
    sb.append("---\ntitle: ").append(m.title.replace("\n", " ")).append("\n---\n");
    sb.append("flowchart LR\n");
    for (int level = 0; level < FILL.length; level++) {
      sb.append("  classDef l").append(level).append(" fill:").append(FILL[level]).append(",stroke:#455a64\n");
    }
    sb.append("  classDef finding stroke:").append(RED).append(",stroke-width:3px\n");
    for (Node n : m.nodes) {
      String open = n.kind == SystemKind.PLATFORM ? "[(" : n.kind == SystemKind.DEVICE ? "[/" : "[";
      String close = n.kind == SystemKind.PLATFORM ? ")]" : n.kind == SystemKind.DEVICE ? "/]" : "]";
      sb.append("  ").append(ids.get(n.id)).append(open).append('"')
          .append(mermaidText(n.label + "\n" + n.levels + n.findingLine)).append('"').append(close).append('\n');
    }
    List<Integer> red = new ArrayList<>();
    int link = 0;
    for (Edge e : m.edges) {
      String arrow = switch (e.kind) {
        case DEPENDENCY -> "-.->";
        case HOSTING, COMPOSITION -> "==>";
        default -> e.both ? "<-->" : "-->";
      };
      sb.append("  ").append(ids.get(e.from)).append(' ').append(arrow).append("|\"").append(mermaidText(e.label)).append("\"| ")
          .append(ids.get(e.to)).append('\n');
      if (e.finding != null) {
        red.add(link);
      }
      link++;
    }
    for (Node n : m.nodes) {
      // One class per statement: in "class a,b c" the commas separate nodes, not classes.
      sb.append("  class ").append(ids.get(n.id)).append(" l").append(n.level).append('\n');
      if (n.finding != null) {
        sb.append("  class ").append(ids.get(n.id)).append(" finding\n");
      }
    }
    if (!red.isEmpty()) {
      sb.append("  linkStyle ").append(red.stream().map(String::valueOf).collect(Collectors.joining(",")))
          .append(" stroke:").append(RED).append(",stroke-width:3px\n");
    }
    return sb.toString();
  }

  // ---- the model both formats draw -------------------------------------------------------------

  private enum EdgeKind { FLOW, DEPENDENCY, HOSTING, COMPOSITION }

  private record Node(String id, String label, String levels, int level, SystemKind kind, @Nullable Finding finding, String findingLine,
      String tooltip) {}

  private record Edge(String from, String to, String label, EdgeKind kind, boolean both, @Nullable Finding finding, String tooltip) {}

  private static final class Model {
    final List<Node> nodes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    final String title;

    Model(PropagationResult result, Language language) {
      Register register = result.register();
      title = register.name().orElse("Trygg");
      Map<EntryRef, List<Finding>> bySubject = new HashMap<>();
      for (Finding f : result.findings()) {
        bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
      }
      for (SystemLevels s : result.systems()) {
        InformationSystem sys = register.system(s.id()).orElseThrow();
        List<Finding> findings = bySubject.getOrDefault(s.ref(), List.of());
        @Nullable Finding worst = findings.isEmpty() ? null : findings.get(0);
        String findingLine = worst == null ? "" : "\n⚠ " + FINDINGS.in(language) + ": " + findings.size() + " (" + worst.severity().label().in(language) + ")";
        nodes.add(new Node(s.id(), s.name(), levels(s.levels(), language), s.required().highest().ordinal(), sys.systemKind(), worst, findingLine,
            tooltip(s.name(), findings, language)));
      }
      List<FlowLevels> flows = new ArrayList<>(result.flows());
      flows.removeIf(f -> register.system(f.source()).isEmpty() || register.system(f.target()).isEmpty());
      for (FlowLevels f : flows) {
        List<Finding> findings = bySubject.getOrDefault(f.ref(), List.of());
        boolean both = register.integration(f.id()).map(i -> !i.assetsReceived().isEmpty() && !i.assetsSent().isEmpty()).orElse(false);
        edges.add(new Edge(f.source(), f.target(), f.name() + "\n" + levels(f.levels(), language), EdgeKind.FLOW, both,
            findings.isEmpty() ? null : findings.get(0), tooltip(f.name(), findings, language)));
      }
      register.dependencies().stream()
          .filter(d -> register.system(d.consumer()).isPresent() && register.system(d.supplier()).isPresent())
          .sorted(Comparator.comparing(Dependency::id))
          .forEach(d -> edges.add(new Edge(d.consumer(), d.supplier(),
              DEPENDS_ON.in(language) + ": " + d.aspects().stream().sorted().map(a -> a.letter(language)).collect(Collectors.joining(", ")),
              EdgeKind.DEPENDENCY, false, null, d.description().orElse(d.id()))));
      for (SystemLevels s : result.systems()) {
        InformationSystem sys = register.system(s.id()).orElseThrow();
        Optional<String> platform = sys.hostedOn().filter(p -> register.system(p).isPresent());
        platform.ifPresent(p -> edges.add(new Edge(s.id(), p, HOSTED_ON.in(language), EdgeKind.HOSTING, false, null, HOSTED_ON.in(language))));
        sys.components().stream().filter(c -> register.system(c).isPresent()).sorted()
            .forEach(c -> edges.add(new Edge(c, s.id(), PART_OF.in(language), EdgeKind.COMPOSITION, false, null, PART_OF.in(language))));
      }
    }

    private static String levels(Map<SecurityAspect, DerivedLevel> levels, Language language) {
      StringBuilder sb = new StringBuilder();
      for (SecurityAspect a : SecurityAspect.values()) {
        DerivedLevel d = Lookup.in(levels, a, "level");
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(a.letter(language)).append(d.level().ordinal());
        if (d.origin() == RatingOrigin.OVERRIDDEN) {
          sb.append('*');
        }
      }
      return sb.toString();
    }

    private static String tooltip(String name, List<Finding> findings, Language language) {
      if (findings.isEmpty()) {
        return name;
      }
      return name + ": " + findings.stream().map(f -> f.severity().label().in(language) + " " + f.message().in(language)).collect(Collectors.joining(" | "));
    }
  }

  private static String quote(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> { }
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** Mermaid text inside quotes: entity codes for what would end the string or open markup. */
  private static String mermaidText(String text) {
    return text.replace("&", "#amp;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
        .replace("|", "#124;").replace("\n", "<br/>");
  }

}
