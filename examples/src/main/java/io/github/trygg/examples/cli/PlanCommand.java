package io.github.trygg.examples.cli;

import io.github.trygg.core.Language;
import io.github.trygg.core.Problem;
import io.github.trygg.core.plan.ActionItem;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.plan.Evidence;
import io.github.trygg.core.plan.PlanMerge;
import io.github.trygg.examples.analysis.Analysis;
import io.github.trygg.examples.analysis.Officer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The action plan: show it, merge a new analysis into it, check it. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    header = "Show, merge and check the action plan.",
    description = {"The action plan (format trygg-action-plan/1) lives beside the register: items from requirement gaps, risk treatments, "
        + "chain findings, DPIAs and overdue reviews, each with owner, priority (and why), due date, status and evidence.",
        "  show   what is overdue, what is due this month, and the open items by owner",
        "  merge  add what the analysis finds now, mark as resolved what it no longer finds; nothing a person wrote changes",
        "  check  problems in the plan, items about entries the register lacks, evidence files that changed, overdue items (exit 1)"},
    subcommands = {PlanCommand.Show.class, PlanCommand.Merge.class, PlanCommand.Check.class})
final class PlanCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: show, merge or check");
  }

  static Optional<ActionPlan> read(Path plan) {
    return plan != null && Files.exists(plan) ? Optional.of(ActionPlan.read(plan)) : Optional.empty();
  }

  static String line(ActionItem i, Language lang) {
    return i.due().map(LocalDate::toString).orElse("          ") + "  " + pad(i.priority().label(lang), 11) + pad(i.status().label(lang), 14) + i.title()
        + i.owner().map(o -> "  [" + o + "]").orElse("") + "  (" + i.id() + ")";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  @Command(name = "show", mixinStandardHelpOptions = true, header = "What is overdue, due this month, and open by owner.",
      description = {"Without --plan: what the analysis proposes today. Exit 0; 2 on bad input."})
  static final class Show implements Callable<Integer> {
    @Mixin Common common;
    @Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--plan", paramLabel = "FILE", description = "The action plan (trygg-action-plan/1), merged with today's analysis for display.")
    Path plan;
    @Mixin RegisterInputs in;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Language lang = common.language;
      ActionPlan p = Officer.of(Analysis.of(in.load(common.today)), read(plan), Optional.empty(), Optional.empty(), common.language).actionPlan();
      LocalDate today = common.today;
      List<ActionItem> overdue = p.overdue(today);
      List<ActionItem> month = p.dueBetween(today, today.withDayOfMonth(today.lengthOfMonth()));
      out.println(Words.OVERDUE.in(lang) + " (" + overdue.size() + ")");
      overdue.forEach(i -> out.println("  " + line(i, lang)));
      out.println(Words.THIS_MONTH.in(lang) + " (" + month.size() + ")");
      month.forEach(i -> out.println("  " + line(i, lang)));
      Map<String, List<ActionItem>> byOwner = new TreeMap<>();
      p.open().forEach(i -> byOwner.computeIfAbsent(i.owner().orElse("—"), k -> new ArrayList<>()).add(i));
      out.println(Words.BY_OWNER.in(lang) + " (" + p.open().size() + ")");
      byOwner.forEach((owner, items) -> {
        out.println("  " + owner + " (" + items.size() + ")");
        items.forEach(i -> out.println("    " + line(i, lang)));
      });
      return Trygg.OK;
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true, header = "Merge today's analysis into the plan file.",
      description = {"New gaps and findings become open items with a proposed owner and due date; items the analysis no longer produces are "
          + "marked resolved; owner, due date, status, reason, approver, evidence and notes are never changed. The file is created when "
          + "missing and replaced only when complete. Exit 0; 2 on bad input."})
  static final class Merge implements Callable<Integer> {
    @Mixin Common common;
    @Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--plan", paramLabel = "FILE", required = true, description = "The action plan to update (created if missing).")
    Path plan;
    @Option(names = "--dry-run", description = "Print what would change without writing.")
    boolean dryRun;
    @Mixin RegisterInputs in;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Officer officer = Officer.of(Analysis.of(in.load(common.today)), Optional.empty(), Optional.empty(), Optional.empty());
      ActionPlan before = read(plan).orElse(ActionPlan.empty(common.language));
      PlanMerge merge = before.merge(officer.proposals(), common.today);
      if (!dryRun) {
        merge.plan().write(plan);
      }
      Language lang = common.language;
      out.println(String.format(Words.MERGED.in(lang), merge.added().size(), merge.resolved().size(), merge.reopened().size(), merge.plan().items().size()));
      merge.added().forEach(id -> out.println("  + " + id));
      merge.resolved().forEach(id -> out.println("  ✓ " + id));
      merge.reopened().forEach(id -> out.println("  ! " + id));
      if (!dryRun) {
        out.println(Words.WRITTEN.in(lang) + " " + plan.toAbsolutePath());
      }
      return Trygg.OK;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true, header = "Check the plan against the register and the calendar.",
      description = {"Problems in the file itself (done without evidence, accepted without approver, unknown dependencies …) are bad input "
          + "(exit 2) with file, line and JSON Pointer. Items about entries the register does not hold, evidence files whose fingerprint "
          + "no longer matches, and overdue items are findings (exit 1). Exit 0 when there is nothing."})
  static final class Check implements Callable<Integer> {
    @Mixin Common common;
    @Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--plan", paramLabel = "FILE", required = true, description = "The action plan to check.")
    Path plan;
    @Mixin RegisterInputs in;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Language lang = common.language;
      ActionPlan p = ActionPlan.read(plan);
      int findings = 0;
      for (Problem problem : p.problems(in.register())) {
        out.println(problem);
        findings++;
      }
      Path base = plan.toAbsolutePath().getParent();
      for (ActionItem i : p.items()) {
        for (Evidence e : i.evidence()) {
          Optional<String> wrong = e.verify(base);
          if (wrong.isPresent()) {
            out.println(String.format(Words.EVIDENCE.in(lang), i.id(), e.reference(), wrong.get().equals("missing") ? Words.MISSING.in(lang) : Words.CHANGED.in(lang)));
            findings++;
          }
        }
      }
      List<ActionItem> overdue = p.overdue(common.today);
      if (!overdue.isEmpty()) {
        out.println(Words.OVERDUE.in(lang) + " (" + overdue.size() + ")");
        overdue.forEach(i -> out.println("  " + line(i, lang)));
        findings += overdue.size();
      }
      if (findings == 0) {
        out.println(Words.FINE.in(lang));
        return Trygg.OK;
      }
      return Trygg.FINDINGS;
    }
  }
}
