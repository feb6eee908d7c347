package io.github.trygg.examples.cli;

import io.github.trygg.core.Language;
import io.github.trygg.core.changes.Change;
import io.github.trygg.core.changes.ChangeArea;
import io.github.trygg.core.changes.ChangeDetector;
import io.github.trygg.core.changes.ChangeList;
import io.github.trygg.examples.analysis.RegisterFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** What changed between two versions of a register folder. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    header = "What changed between two versions of a register folder.",
    description = {"OLD and NEW are register folders: the register files and, beside them, the risk register, action plan and sign-offs, "
        + "each recognised by its format line. Lists every change by area — assets, classifications, systems, required levels, flows, "
        + "vendors and transfers, activities, findings, risks, action items, sign-offs — and why each derived value moved. Exit 0; 2 on bad input."})
final class DiffCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec CommandLine.Model.CommandSpec spec;
  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier register folder.")
  Path older;
  @Parameters(index = "1", paramLabel = "NEW", description = "The later register folder.")
  Path newer;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Language lang = common.language;
    ChangeList changes = ChangeDetector.bundled().compare(RegisterFolder.scan(older).snapshot(common.today), RegisterFolder.scan(newer).snapshot(common.today));
    if (changes.isEmpty()) {
      out.println(Words.NO_CHANGES.in(lang));
      return Trygg.OK;
    }
    out.println(String.format(Words.CHANGES.in(lang), changes.changes().size()));
    for (ChangeArea area : ChangeArea.values()) {
      List<Change> in = changes.in(area);
      if (in.isEmpty()) {
        continue;
      }
      out.println();
      out.println(area.label(lang) + " (" + in.size() + ")");
      for (Change c : in) {
        out.println("  " + describe(c, lang));
      }
    }
    return Trygg.OK;
  }

  static String describe(Change c, Language lang) {
    StringBuilder sb = new StringBuilder(c.subjectLabel(lang));
    if (c.field().isEmpty()) {
      sb.append(": ").append(c.kind().label(lang));
      c.before().or(c::after).ifPresent(v -> sb.append(" (").append(v.in(lang)).append(')'));
    } else {
      sb.append(" · ").append(c.fieldLabel(lang)).append(": ").append(c.before().map(v -> v.in(lang)).orElse("—")).append(" → ")
          .append(c.after().map(v -> v.in(lang)).orElse("—"));
    }
    c.reason().ifPresent(r -> sb.append("\n      ").append(r.in(lang)));
    return sb.toString();
  }
}
