package io.github.trygg.examples.cli;

import io.github.trygg.examples.analysis.Analysis;
import io.github.trygg.examples.analysis.Officer;
import io.github.trygg.examples.analysis.RegisterFolder;
import io.github.trygg.examples.report.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Write the self-contained HTML report.",
    description = {"Write one self-contained HTML report about a register: what needs attention, classification with "
        + "reasons, the integration chain drawn and coloured by required level with its findings, the risk heat "
        + "map (with --risks), DPIA screening, requirement gaps (with --assessments), records and agreements (with "
        + "--processor, also that vendor's Art. 30(2) record), and overdue reviews. The action plan comes first (with --plan, the plan "
        + "merged with today's analysis); --signoffs adds the sign-off status per classification, DPIA and activity; --previous adds "
        + "what changed since that version. It opens offline in any browser. Exit 0; 2 on bad "
        + "input or an unknown --processor."})
final class ReportCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "trygg-report.html", description = "Where to write the report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--processor", paramLabel = "ID",
      description = "Add the Art. 30(2) record of this processor or sub-processor (a vendor id in the register) to the records; repeatable.")
  List<String> processors = new ArrayList<>();

  @Option(names = "--plan", paramLabel = "FILE", description = "The action plan (trygg-action-plan/1), shown first, merged with today's analysis.")
  Path plan;

  @Option(names = "--signoffs", paramLabel = "FILE", description = "The sign-offs (trygg-sign-offs/1), shown per classification, DPIA and activity.")
  Path signOffs;

  @Option(names = "--previous", paramLabel = "DIR", description = "The previous version of the register folder, for the section \"Since the last review\".")
  Path previous;

  @Mixin RegisterInputs in;

  @Override
  public Integer call() throws IOException {
    Officer officer = Officer.of(Analysis.of(in.load(common.today)), PlanCommand.read(plan),
        java.util.Optional.ofNullable(signOffs).map(io.github.trygg.core.signoff.SignOffs::read),
        java.util.Optional.ofNullable(previous).map(p -> RegisterFolder.scan(p).snapshot(common.today)), common.language);
    String html = HtmlReport.render(officer, common.language, processors);
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".trygg-report", ".tmp");
    try {
      Files.writeString(temp, html, StandardCharsets.UTF_8);
      if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
        // A temporary file is private to its owner; a report is meant to be shared.
        Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    spec.commandLine().getOut().println(String.format(java.util.Locale.ROOT, Words.REPORT_WRITTEN.in(common.language), target));
    return Trygg.OK;
  }
}
