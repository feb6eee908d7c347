package io.github.trygg.examples.cli;

import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.dpia.ConsultationStatus;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.dpia.DpiaSuggestions;
import io.github.trygg.core.dpia.MatchedItem;
import io.github.trygg.core.dpia.MetCriterion;
import io.github.trygg.core.dpia.PriorConsultation;
import io.github.trygg.core.dpia.ScreeningInput;
import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.dpia.WelfareTemplate;
import io.github.trygg.core.dpia.WelfareTemplates;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.examples.analysis.Analysis.SystemScreening;
import io.github.trygg.examples.analysis.Analysis;
import io.github.trygg.examples.report.Labels;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** DPIA screening per system from what the register says, optionally with a welfare-technology template. */
@Command(name = "screen", mixinStandardHelpOptions = true,
    header = "DPIA screening per system, each criterion with why.",
    description = {"Screen systems for a data protection impact assessment (DPIA): the WP248 criteria the register "
        + "suggests, the GDPR Art. 35(3) cases and the national lists (IMY, Datatilsynet), each with why. With "
        + "--risks, also whether residual risks call for prior consultation (Art. 36).",
        "Exit 0 when no DPIA is expected; 1 when a DPIA is required or likely, or prior consultation is required."})
final class ScreenCommand implements Callable<Integer> {
  @Mixin Common common;
  @Mixin RegisterInputs in;
  @Mixin OutputFormat format;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--system", paramLabel = "ID", description = "Screen only these systems (repeatable; default: every system with personal data).")
  List<String> systems = new ArrayList<>();

  @Option(names = "--template", paramLabel = "ID",
      description = "Add a welfare-technology template to a single --system: safety-alarm, gps-alarm, night-camera, sensors-fall-detection, medication-dispenser.")
  @Nullable String template;

  @Override
  public Integer call() {
    Analysis analysis = Analysis.of(in.load(common.today));
    Language lang = common.language;
    Optional<WelfareTemplate> welfare = Optional.empty();
    if (template != null) {
      if (systems.size() != 1) {
        throw new IllegalArgumentException("--template applies to exactly one --system");
      }
      welfare = Optional.of(WelfareTemplates.get(template).orElseThrow(() -> new IllegalArgumentException("--template: no template '" + template
          + "'; expected one of " + String.join(", ", WelfareTemplates.bundled().stream().map(WelfareTemplate::id).toList()))));
    }
    List<SystemScreening> screenings = new ArrayList<>();
    if (systems.isEmpty()) {
      screenings.addAll(analysis.screenings());
    } else {
      for (String id : systems) {
        InformationSystem system = analysis.register().system(id)
            .orElseThrow(() -> new IllegalArgumentException("--system: no system '" + id + "' in the register"));
        ScreeningInput suggested = DpiaSuggestions.forSystem(analysis.register(), id, analysis.inputs().jurisdiction());
        ScreeningInput input = welfare.map(w -> {
          ScreeningInput.Builder b = w.input(suggested.subject(), suggested.jurisdiction());
          suggested.criteria().forEach(b::criterion);
          suggested.facts().forEach(b::fact);
          return b.build();
        }).orElse(suggested);
        screenings.add(new SystemScreening(system, DpiaScreener.bundled().screen(input)));
      }
    }
    Optional<PriorConsultation> consultation = analysis.priorConsultation();
    boolean findings = screenings.stream().anyMatch(s -> s.result().outcome().dpiaExpected())
        || consultation.map(c -> c.status() == ConsultationStatus.REQUIRED).orElse(false);

    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("jurisdiction", Cells.wire(analysis.inputs().jurisdiction()));
      root.put("language", lang.tag());
      root.put("screenings", screenings.stream().map(s -> json(s, lang)).toList());
      welfare.ifPresent(w -> root.put("templateNotes", w.notesFor(analysis.inputs().jurisdiction()).stream().map(n -> n.in(lang)).toList()));
      consultation.ifPresent(c -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", Cells.wire(c.status()));
        m.put("reasons", c.reasons().stream().map(r -> r.in(lang)).toList());
        m.put("basis", c.basis().stream().map(r -> r.explain(lang)).toList());
        root.put("priorConsultation", m);
      });
      OutputFormat.print(out, root);
      return findings ? Trygg.FINDINGS : Trygg.OK;
    }
    Table t = new Table(Labels.SYSTEM.in(lang), Labels.NAME.in(lang), Labels.OUTCOME.in(lang), Labels.CRITERIA.in(lang));
    for (SystemScreening s : screenings) {
      ScreeningResult r = s.result();
      t.row(s.system().id(), s.system().name(), Labels.capitalised(r.outcome(), lang), String.valueOf(r.criteria().size()));
      // The first line repeats the row; the rest are the criteria, list items and basis.
      r.explain(lang).stream().skip(1).forEach(t::detail);
    }
    t.print(out);
    welfare.ifPresent(w -> {
      out.println();
      out.println(w.label().in(lang) + ":");
      w.notesFor(analysis.inputs().jurisdiction()).forEach(n -> out.println("  " + n.in(lang)));
    });
    consultation.ifPresent(c -> {
      out.println();
      out.println(Labels.PRIOR_CONSULTATION.in(lang) + ": " + Labels.capitalised(c.status(), lang));
      c.reasons().forEach(r -> out.println("  " + r.in(lang)));
      out.println("  " + Labels.BASIS.in(lang) + ": " + String.join("; ", c.basis().stream().map(r -> r.explain(lang)).toList()));
    });
    return findings ? Trygg.FINDINGS : Trygg.OK;
  }

  static Map<String, Object> json(SystemScreening s, Language lang) {
    ScreeningResult r = s.result();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("system", s.system().id());
    m.put("name", s.system().name());
    m.put("outcome", Cells.wire(r.outcome()));
    m.put("dpiaExpected", r.outcome().dpiaExpected());
    m.put("reason", r.reason().in(lang));
    List<Object> criteria = new ArrayList<>();
    for (MetCriterion c : r.criteria()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("id", c.criterion().id());
      cm.put("label", c.criterion().label().in(lang));
      cm.put("reason", c.reason().in(lang));
      criteria.add(cm);
    }
    m.put("criteria", criteria);
    m.put("mandatoryCases", items(r.mandatoryCases(), lang));
    m.put("nationalItems", items(r.nationalItems(), lang));
    m.put("basis", r.basis().stream().map(x -> x.explain(lang)).toList());
    return m;
  }

  private static List<Object> items(List<MatchedItem> matched, Language lang) {
    List<Object> out = new ArrayList<>();
    for (MatchedItem mi : matched) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", mi.item().id());
      m.put("label", mi.item().label().in(lang));
      m.put("because", mi.because().stream().map(b -> b.in(lang)).toList());
      out.add(m);
    }
    return out;
  }
}
