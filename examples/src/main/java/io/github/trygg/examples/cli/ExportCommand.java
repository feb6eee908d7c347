package io.github.trygg.examples.cli;

import io.github.trygg.core.dpia.ProcessingDpia;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.plan.OriginKind;
import io.github.trygg.core.records.DraftDocument;
import io.github.trygg.core.records.Records;
import io.github.trygg.core.register.DpiaRecord;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.signoff.SignOffReview;
import io.github.trygg.core.signoff.SignOffs;
import io.github.trygg.examples.analysis.Analysis;
import io.github.trygg.examples.analysis.Officer;
import io.github.trygg.export.DpiaContent;
import io.github.trygg.export.OfficerDocuments;
import io.github.trygg.export.OfficerWorkbook;
import io.github.trygg.export.WorkbookContent;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The files an officer hands on: an XLSX workbook or DOCX documents. */
@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Write the officer's XLSX workbook or DOCX documents.",
    description = {"--format xlsx: one workbook with the action plan, requirement gaps, risks (inherent and residual), the Art. 30 record, "
        + "processors and transfers, and what is overdue; each sheet with a frozen, filtered header row and dates as dates.",
        "--format docx: the Art. 30 record, the processor-agreement appendices (one per processor) and a DPIA for each processing "
        + "activity whose screening expects one (dpia-ACTIVITY.docx: the controller, the systems, the Art. 35(7) parts the register "
        + "records, each missing one marked, risks and measures, the DPO's advice and the controller's decision), into the --out folder.",
        "Written with Apache POI in the language of --lang. Exit 0; 2 on bad input."})
final class ExportCommand implements Callable<Integer> {
  enum Kind { XLSX, DOCX }

  @Mixin Common common;
  @Spec CommandLine.Model.CommandSpec spec;
  @Option(names = "--format", required = true, paramLabel = "xlsx|docx", description = "xlsx (one workbook) or docx (documents).")
  Kind format;
  @Option(names = "--out", paramLabel = "PATH", description = "The workbook file (default trygg.xlsx) or the folder for the documents (default trygg-documents).")
  Path out;
  @Option(names = "--plan", paramLabel = "FILE", description = "The action plan (trygg-action-plan/1), merged with today's analysis.")
  Path plan;
  @Option(names = "--signoffs", paramLabel = "FILE", description = "The sign-offs (trygg-sign-offs/1), for the DPIA documents.")
  Path signOffs;
  @Mixin RegisterInputs in;

  @Override
  public Integer call() throws Exception {
    PrintWriter print = spec.commandLine().getOut();
    Analysis analysis = Analysis.of(in.load(common.today));
    Officer officer = Officer.of(analysis, PlanCommand.read(plan), Optional.ofNullable(signOffs).map(SignOffs::read), Optional.empty(), common.language);
    if (format == Kind.XLSX) {
      Path file = out == null ? Path.of("trygg.xlsx") : out;
      WorkbookContent.Builder b = WorkbookContent.builder().register(analysis.register()).on(common.today).actionPlan(officer.actionPlan())
          .risks(analysis.risks());
      analysis.requirements().forEach(r -> b.putRequirements(r.system().id(), r.list()));
      OfficerWorkbook.of(common.language).write(b.build(), file.toAbsolutePath());
      print.println(file.toAbsolutePath());
      return Trygg.OK;
    }
    Path dir = out == null ? Path.of("trygg-documents") : out;
    Files.createDirectories(dir);
    OfficerDocuments docs = OfficerDocuments.of(common.language);
    List<Path> written = new ArrayList<>();
    Path record = dir.resolve("record-of-processing.docx");
    docs.write(Records.recordOfProcessing(analysis.register(), common.today), record);
    written.add(record);
    for (DraftDocument agreement : Records.processorAgreements(analysis.register(), common.today)) {
      Path file = dir.resolve("agreement-" + agreement.subject() + ".docx");
      docs.write(agreement, file);
      written.add(file);
    }
    ActionPlan p = officer.actionPlan();
    List<SignOffReview> reviews = officer.signOffReviews();
    // One DPIA per processing activity whose screening expects one (Art. 35(1): "a type of processing").
    for (ProcessingDpia d : analysis.dpias()) {
      if (!d.required()) {
        continue;
      }
      EntryRef activity = new EntryRef(EntryKind.ACTIVITY, d.activity().id());
      Set<String> about = new HashSet<>();
      about.add(activity.toString());
      d.systems().forEach(id -> about.add(new EntryRef(EntryKind.SYSTEM, id).toString()));
      List<String> riskIds = d.recorded().map(DpiaRecord::riskIds).orElse(List.of());
      DpiaContent content = DpiaContent.builder().register(analysis.register()).dpia(d).on(common.today)
          .addAllRisks(analysis.risks().stream().filter(r -> riskIds.contains(r.risk().id())
              || r.risk().affectedSystems().stream().anyMatch(d.systems()::contains)).toList())
          // Measures address the risks; the item "carry out a DPIA" is the assessment itself, not one of them.
          .addAllMeasures(p.items().stream().filter(i -> i.origin().kind() != OriginKind.DPIA && i.origin().subject().map(about::contains).orElse(false))
              .toList())
          .addAllSignOffs(reviews.stream().filter(r -> r.signOff().subject().equals(activity)).toList())
          .build();
      Path file = dir.resolve("dpia-" + d.activity().id() + ".docx");
      docs.writeDpia(content, file);
      written.add(file);
    }
    written.forEach(f -> print.println(f.toAbsolutePath()));
    return Trygg.OK;
  }
}
