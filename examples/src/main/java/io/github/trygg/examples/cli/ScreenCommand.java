package io.github.trygg.examples.cli;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.dpia.ConsultationStatus;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.dpia.DpiaStatus;
import io.github.trygg.core.dpia.DpiaSuggestions;
import io.github.trygg.core.dpia.MatchedItem;
import io.github.trygg.core.dpia.MetCriterion;
import io.github.trygg.core.dpia.PriorConsultation;
import io.github.trygg.core.dpia.ProcessingDpia;
import io.github.trygg.core.dpia.ScreeningInput;
import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.dpia.WelfareTemplate;
import io.github.trygg.core.dpia.WelfareTemplates;
import io.github.trygg.core.register.DpiaRecord;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.examples.analysis.Analysis;
import io.github.trygg.examples.report.Labels;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * DPIA screening per processing activity — the unit Art. 35(1) assesses ("a type of processing") —
 * beside what the register records of the assessment, optionally with a welfare-technology template.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
    header = "DPIA screening per processing activity, each criterion with why, and where the DPIA stands.",
    description = {"Screen processing activities for a data protection impact assessment (DPIA; one per processing, "
        + "GDPR Art. 35(1)): the WP248 criteria the register suggests from the activity's data, data subjects and the "
        + "systems it uses, the Art. 35(3) cases and the national lists (IMY, Datatilsynet), each with why; and what the "
        + "register records of the DPIA: the Art. 35(7) parts still missing, the DPO's advice (Art. 35(2)), the "
        + "controller's decision and whether prior consultation (Art. 36) is pending. With --risks, also whether "
        + "residual risks call for prior consultation.",
        "Exit 0 when every DPIA the screening expects is recorded complete; 1 when an expected DPIA is missing or "
            + "incomplete, prior consultation is pending, or residual risks call for it; 2 on bad input."})
final class ScreenCommand implements Callable<Integer> {
  @Mixin Common common;
  @Mixin RegisterInputs in;
  @Mixin OutputFormat format;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--activity", paramLabel = "ID", description = "Screen these processing activities (repeatable; default: every activity).")
  List<String> activities = new ArrayList<>();

  @Option(names = "--system", paramLabel = "ID", description = "Screen the processing activities this system serves (repeatable).")
  List<String> systems = new ArrayList<>();

  @Option(names = "--template", paramLabel = "ID",
      description = "Add a welfare-technology template to the one activity screened: safety-alarm, gps-alarm, night-camera, sensors-fall-detection, medication-dispenser.")
  @Nullable String template;

  @Override
  public Integer call() {
    Analysis analysis = Analysis.of(in.load(common.today));
    Register register = analysis.register();
    Language lang = common.language;
    List<ProcessingActivity> selected = select(register);
    List<String> unserved = systems.stream().filter(id -> register.activities().stream().noneMatch(a -> a.systems().contains(id))).toList();
    Optional<WelfareTemplate> welfare = Optional.empty();
    if (template != null) {
      if (selected.size() != 1) {
        throw new IllegalArgumentException("--template applies to exactly one processing activity (one --activity, or a --system that serves one); "
            + selected.size() + " selected");
      }
      welfare = Optional.of(WelfareTemplates.get(template).orElseThrow(() -> new IllegalArgumentException("--template: no template '" + template
          + "'; expected one of " + String.join(", ", WelfareTemplates.bundled().stream().map(WelfareTemplate::id).toList()))));
    }
    List<ProcessingDpia> dpias = new ArrayList<>();
    for (ProcessingActivity activity : selected) {
      if (welfare.isPresent()) {
        ScreeningInput suggested = DpiaSuggestions.forActivity(register, activity.id(), analysis.inputs().jurisdiction());
        ScreeningInput.Builder b = welfare.get().input(suggested.subject(), suggested.jurisdiction());
        suggested.criteria().forEach(b::criterion);
        suggested.facts().forEach(b::fact);
        dpias.add(new ProcessingDpia(activity, DpiaScreener.bundled().screen(b.build()), activity.dpia()));
      } else {
        analysis.dpias().stream().filter(d -> d.activity().id().equals(activity.id())).forEach(dpias::add);
      }
    }
    Optional<PriorConsultation> consultation = analysis.priorConsultation();
    boolean findings = dpias.stream().anyMatch(ScreenCommand::open)
        || consultation.map(c -> c.status() == ConsultationStatus.REQUIRED).orElse(false);

    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("jurisdiction", Cells.wire(analysis.inputs().jurisdiction()));
      root.put("language", lang.tag());
      root.put("screenings", dpias.stream().map(d -> json(d, register, lang)).toList());
      if (!unserved.isEmpty()) {
        root.put("systemsWithoutActivity", unserved);
      }
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
    Table t = new Table(Labels.ACTIVITY.in(lang), Labels.NAME.in(lang), Labels.OUTCOME.in(lang), Labels.CRITERIA.in(lang), Labels.DPIA_STATUS.in(lang));
    for (ProcessingDpia d : dpias) {
      ScreeningResult r = d.screening();
      t.row(d.activity().id(), d.activity().name(), Labels.capitalised(r.outcome(), lang), String.valueOf(r.criteria().size()),
          Labels.capitalised(d.status(), lang));
      details(d, register, lang).forEach(t::detail);
    }
    t.print(out);
    for (String id : unserved) {
      out.println(Labels.format(NO_ACTIVITY, id).in(lang));
    }
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

  /** A DPIA the screening expects and the register does not record as complete. */
  static boolean open(ProcessingDpia d) {
    return d.required() && d.status() != DpiaStatus.COMPLETE || d.priorConsultationPending();
  }

  /** The activities named by --activity and served by a --system, in register order; every activity without either. */
  private List<ProcessingActivity> select(Register register) {
    for (String id : activities) {
      if (register.activity(id).isEmpty()) {
        throw new IllegalArgumentException("--activity: no processing activity '" + id + "' in the register");
      }
    }
    for (String id : systems) {
      if (register.system(id).isEmpty()) {
        throw new IllegalArgumentException("--system: no system '" + id + "' in the register");
      }
    }
    if (activities.isEmpty() && systems.isEmpty()) {
      return register.activities();
    }
    Set<String> named = new LinkedHashSet<>(activities);
    return register.activities().stream().filter(a -> named.contains(a.id()) || a.systems().stream().anyMatch(systems::contains)).toList();
  }

  /** The lines under an activity's row: controller, systems, criteria and lists, and the DPIA as recorded. */
  static List<String> details(ProcessingDpia d, Register register, Language lang) {
    List<String> lines = new ArrayList<>();
    register.controllerOf(d.activity()).ifPresent(u -> lines.add(CONTROLLER.in(lang) + ": " + u.name()));
    lines.add(Labels.DPIA_SYSTEMS.in(lang) + ": " + String.join(", ", systemNames(d, register)));
    // The first line of the explanation repeats the row; the rest are the criteria, list items and basis.
    d.screening().explain(lang).stream().skip(1).forEach(lines::add);
    if (d.status() == DpiaStatus.NOT_REQUIRED) {
      return lines;
    }
    // A DPIA not started lacks every part; the status says so, the JSON lists them.
    if (d.status() != DpiaStatus.NOT_STARTED && !d.missingParts().isEmpty()) {
      lines.add(Labels.DPIA_MISSING.in(lang) + ": " + String.join("; ", d.missingParts().stream().map(p -> p.label(lang)).toList()));
    }
    d.recorded().flatMap(DpiaRecord::dpoAdvice).ifPresent(a -> lines.add(Labels.format(ADVICE, a.on(), a.advice()).in(lang)));
    d.recorded().flatMap(DpiaRecord::decision).ifPresent(x -> lines.add(Labels.format(DECISION, x.on(), x.decidedBy(), x.outcome().label(), x.reasons()).in(lang)));
    d.recorded().flatMap(DpiaRecord::priorConsultation).ifPresent(p -> lines.add(Labels.PRIOR_CONSULTATION.in(lang) + ", " + p.on() + ": " + p.reference()));
    if (d.priorConsultationPending()) {
      lines.add(Labels.PRIOR_CONSULTATION.in(lang) + ": " + CONSULTATION_PENDING.in(lang));
    }
    return lines;
  }

  private static List<String> systemNames(ProcessingDpia d, Register register) {
    return d.systems().stream().map(id -> register.system(id).map(s -> s.name()).orElse(id)).toList();
  }

  static Map<String, Object> json(ProcessingDpia d, Register register, Language lang) {
    ScreeningResult r = d.screening();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("activity", d.activity().id());
    m.put("name", d.activity().name());
    register.controllerOf(d.activity()).ifPresent(u -> m.put("controller", u.name()));
    List<Object> systems = new ArrayList<>();
    for (String id : d.systems()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", id);
      register.system(id).ifPresent(x -> s.put("name", x.name()));
      systems.add(s);
    }
    m.put("systems", systems);
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
    Map<String, Object> dpia = new LinkedHashMap<>();
    dpia.put("status", Cells.wire(d.status()));
    dpia.put("statusLabel", d.status().label(lang));
    dpia.put("recorded", d.recorded().isPresent());
    List<Object> missing = new ArrayList<>();
    for (DpiaRecord.Part p : d.missingParts()) {
      missing.add(Map.of("part", Cells.wire(p), "label", p.label(lang)));
    }
    dpia.put("missingParts", missing);
    d.recorded().flatMap(DpiaRecord::dpoAdvice).ifPresent(a -> dpia.put("dpoAdvice", Map.of("on", a.on().toString(), "advice", a.advice())));
    d.recorded().flatMap(DpiaRecord::decision).ifPresent(x -> {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("on", x.on().toString());
      dm.put("decidedBy", x.decidedBy());
      dm.put("outcome", Cells.wire(x.outcome()));
      dm.put("outcomeLabel", x.outcome().label(lang));
      dm.put("reasons", x.reasons());
      dpia.put("decision", dm);
    });
    d.recorded().flatMap(DpiaRecord::priorConsultation).ifPresent(p -> dpia.put("priorConsultation", Map.of("on", p.on().toString(), "reference", p.reference())));
    dpia.put("priorConsultationPending", d.priorConsultationPending());
    m.put("dpia", dpia);
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

  private static final LocalizedText CONTROLLER = new LocalizedText("Personuppgiftsansvarig", "Behandlingsansvarlig", "Controller");
  private static final LocalizedText ADVICE = new LocalizedText("Dataskyddsombudets råd (art. 35.2), %s: %s", "Personvernombudets råd (art. 35 nr. 2), %s: %s",
      "The DPO's advice (Art. 35(2)), %s: %s");
  private static final LocalizedText DECISION = new LocalizedText("Beslut %s av %s: %s. %s", "Beslutning %s av %s: %s. %s", "Decision on %s by %s: %s. %s");
  private static final LocalizedText CONSULTATION_PENDING = new LocalizedText(
      "den personuppgiftsansvarige har beslutat att samråda med IMY innan behandlingen börjar, och inget samråd är registrerat",
      "den behandlingsansvarlige har besluttet å rådføre seg med Datatilsynet før behandlingen starter, og ingen forhåndsdrøftelse er registrert",
      "the controller decided to consult the supervisory authority before processing starts, and no consultation is recorded");
  private static final LocalizedText NO_ACTIVITY = new LocalizedText(
      "System %s används inte i någon behandling i registret; en konsekvensbedömning görs per behandling (art. 35.1).",
      "System %s brukes ikke i noen behandling i registeret; en vurdering av personvernkonsekvenser gjøres per behandling (art. 35 nr. 1).",
      "System %s serves no processing activity in the register; a DPIA is done per processing activity (Art. 35(1)).");
}
