package io.github.trygg.examples.cli;

import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.propagation.DerivedLevel;
import io.github.trygg.core.propagation.Finding;
import io.github.trygg.core.propagation.FindingGroup;
import io.github.trygg.core.propagation.FlowLevels;
import io.github.trygg.core.propagation.GraphExport;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.propagation.PropagationRules;
import io.github.trygg.core.propagation.ReviewItem;
import io.github.trygg.core.propagation.SystemLevels;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.examples.report.Labels;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Required levels along the integration chain, with traces, findings and reviews. */
@Command(name = "propagate", mixinStandardHelpOptions = true,
    header = "Required levels along the integration chain, with traces and findings.",
    description = {"Propagate the protection value of the register's information through its integration chain: each system's "
        + "required level per aspect with the trace that explains it (confidentiality and traceability follow the data "
        + "downstream through every hop, integrity and availability follow dependencies upstream, platforms carry what they "
        + "host, documented overrides lower a level), the findings (clearance exceeded, unencrypted open-network flows, weak "
        + "authentication, third countries without safeguards, recovery gaps) and the compilations a person must review. "
        + "--graph prints the chain as Graphviz DOT or Mermaid instead.",
        "Exit 0 without findings; 1 with findings; 2 on bad input."})
final class PropagateCommand implements Callable<Integer> {
  @Mixin Common common;
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files (JSON or YAML), merged in this order.")
  List<Path> files = List.of();
  @Mixin OutputFormat format;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--system", paramLabel = "ID", description = "Only these systems and their findings (repeatable).")
  List<String> systems = new ArrayList<>();

  @Option(names = "--graph", paramLabel = "dot|mermaid", description = "Print the propagated graph as Graphviz DOT or Mermaid.")
  @Nullable String graph;

  @Override
  public Integer call() {
    Register register = RegisterReader.read(files);
    for (String id : systems) {
      register.system(id).orElseThrow(() -> new IllegalArgumentException("--system: no system '" + id + "' in the register"));
    }
    PropagationResult result = Propagation.bundled().run(register);
    Language lang = common.language;
    PrintWriter out = spec.commandLine().getOut();
    List<Finding> findings = result.findings().stream().filter(f -> systems.isEmpty() || systems.contains(f.subject().id())).toList();
    if (graph != null) {
      switch (graph.toLowerCase(Locale.ROOT)) {
        case "dot" -> out.print(GraphExport.dot(result, lang));
        case "mermaid" -> out.print(GraphExport.mermaid(result, lang));
        default -> throw new IllegalArgumentException("--graph must be dot or mermaid, not '" + graph + "'");
      }
      out.flush();
      return findings.isEmpty() ? Trygg.OK : Trygg.FINDINGS;
    }
    List<SystemLevels> shown = result.systems().stream().filter(s -> systems.isEmpty() || systems.contains(s.id())).toList();
    if (format.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("register", register.name().orElse(""));
      root.put("language", lang.tag());
      root.put("systems", shown.stream().map(s -> system(s, lang)).toList());
      if (systems.isEmpty()) {
        root.put("flows", result.flows().stream().map(PropagateCommand::flow).toList());
      }
      root.put("findings", findings.stream().map(f -> finding(f, lang)).toList());
      root.put("findingGroups", result.findingGroups().stream()
          .filter(g -> systems.isEmpty() || g.subjects().stream().anyMatch(x -> systems.contains(x.id())))
          .map(g -> group(g, lang)).toList());
      root.put("reviews", result.reviews().stream().map(r -> review(r, lang)).toList());
      OutputFormat.print(out, root);
      return findings.isEmpty() ? Trygg.OK : Trygg.FINDINGS;
    }
    String letters = " (" + ClassifyCommand.letters(lang) + ")";
    // Counted once: asking the result per system scans every finding each time.
    Map<io.github.trygg.core.register.EntryRef, Integer> perSubject = new java.util.HashMap<>();
    result.findings().forEach(f -> perSubject.merge(f.subject(), 1, Integer::sum));
    Table t = new Table(Labels.SYSTEM.in(lang), Labels.NAME.in(lang), Labels.REQUIRED_LEVEL.in(lang) + letters, Labels.CLEARED.in(lang) + letters,
        Labels.FINDINGS.in(lang));
    for (SystemLevels s : shown) {
      t.row(s.id(), s.name(), Cells.levels(s.required()), s.clearedFor().map(Cells::levels).orElse("-"),
          String.valueOf(perSubject.getOrDefault(s.ref(), 0)));
      for (SecurityAspect a : SecurityAspect.values()) {
        DerivedLevel d = s.level(a);
        if (d.level().ordinalLevel() > 0) {
          t.detail(Labels.capitalised(a, lang) + " " + d.level().ordinalLevel() + ": " + d.trace().explain(lang));
        }
      }
    }
    t.print(out);
    List<FindingGroup> groups = result.findingGroups().stream()
        .filter(g -> systems.isEmpty() || g.subjects().stream().anyMatch(x -> systems.contains(x.id()))).toList();
    if (!groups.isEmpty()) {
      out.println();
      out.println(String.format(Labels.FINDINGS_GROUPED.in(lang), findings.size(), groups.size()) + ":");
      for (FindingGroup g : groups) {
        String rules = String.join(", ", g.rules());
        out.println("  [" + g.severity().label().in(lang) + "] " + (rules.isEmpty() ? "" : rules + ": ") + g.message().in(lang));
      }
    }
    List<ReviewItem> reviews = result.reviews();
    if (!reviews.isEmpty() && systems.isEmpty()) {
      out.println();
      out.println(Labels.CHAIN_REVIEWS.in(lang) + ":");
      for (ReviewItem r : reviews) {
        out.println("  [" + Labels.REVIEW.in(lang) + "] " + r.rule() + " " + r.subject().label(lang) + ": " + r.message().in(lang));
      }
    }
    List<String> traced = shown.stream().flatMap(x -> java.util.Arrays.stream(SecurityAspect.values()).map(x::level))
        .filter(d -> d.level().ordinalLevel() > 0).map(DerivedLevel::rule).toList();
    legend(out, lang, traced, groups, systems.isEmpty() ? reviews : List.of());
    return findings.isEmpty() ? Trygg.OK : Trygg.FINDINGS;
  }

  /** What each rule id printed above stands for, so that "R3" is never a bare code. */
  private static void legend(PrintWriter out, Language lang, List<String> traced, List<FindingGroup> groups, List<ReviewItem> reviews) {
    Set<String> ids = new TreeSet<>(traced);
    groups.forEach(g -> ids.addAll(g.rules()));
    reviews.forEach(r -> ids.add(r.rule()));
    PropagationRules rules = PropagationRules.bundled();
    List<String> lines = ids.stream().flatMap(id -> rules.rule(id).stream()).map(r -> "  " + r.id() + " — " + r.title().in(lang)).toList();
    if (!lines.isEmpty()) {
      out.println();
      out.println(Labels.RULES.in(lang) + ":");
      lines.forEach(out::println);
    }
  }

  private static Map<String, Object> system(SystemLevels s, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", s.name());
    m.put("required", Cells.levelsJson(s.required()));
    s.clearedFor().ifPresent(c -> m.put("clearedFor", Cells.levelsJson(c)));
    m.put("exceeded", s.exceeded().stream().map(Cells::wire).toList());
    Map<String, Object> levels = new LinkedHashMap<>();
    for (SecurityAspect a : SecurityAspect.values()) {
      levels.put(Cells.wire(a), derived(s.level(a), lang));
    }
    m.put("levels", levels);
    m.put("personalData", s.personalData().stream().map(Cells::wire).toList());
    return m;
  }

  private static Map<String, Object> flow(FlowLevels f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.ref().id());
    m.put("required", Cells.levelsJson(f.required()));
    return m;
  }

  private static Map<String, Object> derived(DerivedLevel d, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", d.level().ordinalLevel());
    m.put("rule", d.rule());
    m.put("origin", d.trace().origin().toString());
    m.put("path", d.trace().steps().stream().map(s -> Map.of("entry", s.entry().toString(), "rule", s.rule())).toList());
    m.put("explanation", d.trace().explain(lang));
    d.override().ifPresent(o -> m.put("override", o.id()));
    d.withoutOverride().ifPresent(w -> m.put("withoutOverride", w.ordinalLevel()));
    return m;
  }

  private static Map<String, Object> finding(Finding f, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", f.rule());
    m.put("kind", Cells.wire(f.kind()));
    m.put("severity", Cells.wire(f.severity()));
    m.put("subject", f.subject().toString());
    f.aspect().ifPresent(a -> m.put("aspect", Cells.wire(a)));
    f.required().ifPresent(r -> m.put("required", r.ordinalLevel()));
    f.cleared().ifPresent(c -> m.put("cleared", c.ordinalLevel()));
    m.put("title", f.title().in(lang));
    m.put("message", f.message().in(lang));
    m.put("trace", f.trace().explain(lang));
    m.put("sources", f.sources().stream().map(r -> r.explain(lang)).toList());
    return m;
  }

  private static Map<String, Object> group(FindingGroup g, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", Cells.wire(g.kind()));
    m.put("severity", Cells.wire(g.severity()));
    m.put("rules", g.rules());
    m.put("rootCause", g.rootCause().toString());
    m.put("count", g.count());
    m.put("subjects", g.subjects().stream().map(Object::toString).toList());
    m.put("message", g.message().in(lang));
    return m;
  }

  private static Map<String, Object> review(ReviewItem r, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", r.rule());
    m.put("trigger", Cells.wire(r.trigger()));
    m.put("subject", r.subject().toString());
    m.put("title", r.title().in(lang));
    m.put("message", r.message().in(lang));
    m.put("assets", r.assets());
    m.put("systems", r.systems());
    return m;
  }
}
