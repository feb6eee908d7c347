package io.github.trygg.examples.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Draws systems and flows as SVG, laid out by Eclipse ELK's layered algorithm: boxes coloured by
 * the highest required level, flows as arrows, findings marked in red.
 */
public final class ChainDiagram {
  /** A box: a system with its required levels. {@code level} is 0–4, or -1 when unknown. */
  public record Node(String id, String label, String detail, int level, boolean flagged, String tooltip) {}

  /** What an arrow stands for: data flowing, a declared dependency, or a platform hosting a system. */
  public enum Kind { FLOW, DEPENDENCY, HOSTING }

  /** An arrow between two boxes; dependencies and hosting are drawn dotted. */
  public record Edge(String id, String source, String target, Kind kind, boolean flagged, String tooltip) {
    boolean dotted() {
      return kind != Kind.FLOW;
    }
  }

  private static final double WIDTH = 200;
  private static final double HEIGHT = 62;
  private static final int LINE = 25;
  private static final String[] FILL = {"#e8f5e9", "#c8e6c9", "#fff59d", "#ffcc80", "#ef9a9a"};

  static {
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private ChainDiagram() {}

  public static String svg(List<Node> nodes, List<Edge> edges) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
    Map<String, ElkNode> boxes = new HashMap<>();
    for (Node n : nodes) {
      ElkNode box = ElkGraphUtil.createNode(root);
      box.setIdentifier(n.id());
      box.setDimensions(WIDTH, HEIGHT);
      boxes.put(n.id(), box);
    }
    Map<ElkEdge, Edge> arrows = new HashMap<>();
    for (Edge e : edges) {
      ElkNode from = boxes.get(e.source());
      ElkNode to = boxes.get(e.target());
      if (from != null && to != null) {
        arrows.put(ElkGraphUtil.createSimpleEdge(from, to), e);
      }
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chain\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\">",
        root.getWidth(), root.getHeight(), root.getWidth(), root.getHeight()));
    svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#455a64\"/></marker>")
        .append("<marker id=\"arrow-red\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#c62828\"/></marker></defs>");
    for (Map.Entry<ElkEdge, Edge> entry : arrows.entrySet().stream().sorted(Map.Entry.comparingByValue((a, b) -> a.id().compareTo(b.id()))).toList()) {
      Edge e = entry.getValue();
      for (ElkEdgeSection s : entry.getKey().getSections()) {
        StringBuilder points = new StringBuilder();
        points.append(pt(s.getStartX(), s.getStartY()));
        s.getBendPoints().forEach(b -> points.append(' ').append(pt(b.getX(), b.getY())));
        points.append(' ').append(pt(s.getEndX(), s.getEndY()));
        svg.append("<polyline class=\"flow").append(e.flagged() ? " finding" : "").append(e.kind() == Kind.FLOW ? "" : " " + e.kind().name().toLowerCase(Locale.ROOT))
            .append("\" data-id=\"").append(Html.escape(e.id())).append("\" points=\"").append(points)
            .append("\" fill=\"none\" stroke=\"").append(e.flagged() ? "#c62828" : e.dotted() ? "#90a4ae" : "#455a64")
            .append("\" stroke-width=\"").append(e.flagged() ? "2.5" : "1.5").append('"')
            .append(e.dotted() ? " stroke-dasharray=\"4 3\"" : "")
            .append(" marker-end=\"url(#").append(e.flagged() ? "arrow-red" : "arrow").append(")\">")
            .append("<title>").append(Html.escape(e.tooltip())).append("</title></polyline>");
      }
    }
    for (Node n : nodes) {
      ElkNode box = boxes.get(n.id());
      String fill = n.level() < 0 ? "#eceff1" : FILL[n.level()];
      svg.append(String.format(Locale.ROOT, "<g class=\"system%s\" data-id=\"%s\" data-level=\"%d\" transform=\"translate(%.1f,%.1f)\">",
          n.flagged() ? " finding" : "", Html.escape(n.id()), n.level(), box.getX(), box.getY()));
      svg.append("<title>").append(Html.escape(n.tooltip())).append("</title>");
      svg.append(String.format(Locale.ROOT, "<rect width=\"%.0f\" height=\"%.0f\" rx=\"6\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
          WIDTH, HEIGHT, fill, n.flagged() ? "#c62828" : "#546e7a", n.flagged() ? "2.5" : "1"));
      List<String> lines = wrap(n.label(), LINE, 2);
      for (int i = 0; i < lines.size(); i++) {
        svg.append("<text x=\"10\" y=\"").append(19 + 15 * i).append("\" class=\"name\">").append(Html.escape(lines.get(i))).append("</text>");
      }
      svg.append("<text x=\"10\" y=\"53\" class=\"levels\">").append(Html.escape(n.detail())).append("</text>");
      if (n.flagged()) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"55\" class=\"badge\">⚠</text>", WIDTH - 22));
      }
      svg.append("</g>");
    }
    return svg.append("</svg>").toString();
  }

  private static String pt(double x, double y) {
    return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
  }

  /** Up to {@code max} lines of at most {@code width} characters, broken at spaces; the last is shortened with an ellipsis. */
  static List<String> wrap(String text, int width, int max) {
    List<String> lines = new java.util.ArrayList<>();
    String rest = text.strip();
    while (!rest.isEmpty() && lines.size() < max) {
      if (rest.length() <= width) {
        lines.add(rest);
        rest = "";
        break;
      }
      if (lines.size() == max - 1) {
        lines.add(rest.substring(0, width - 1).stripTrailing() + "…");
        rest = "";
        break;
      }
      int cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) {
        cut = width;
      }
      lines.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).strip();
    }
    return lines;
  }
}
