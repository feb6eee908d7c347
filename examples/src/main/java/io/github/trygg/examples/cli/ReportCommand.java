package io.github.trygg.examples.cli;

import io.github.trygg.examples.analysis.Analysis;
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
        + "--processor, also that vendor's Art. 30(2) record), and overdue reviews. It opens offline in any browser. Exit 0; 2 on bad "
        + "input or an unknown --processor."})
final class ReportCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "trygg-report.html", description = "Where to write the report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--processor", paramLabel = "ID",
      description = "Add the Art. 30(2) record of this processor or sub-processor (a vendor id in the register) to the records; repeatable.")
  List<String> processors = new ArrayList<>();

  @Mixin RegisterInputs in;

  @Override
  public Integer call() throws IOException {
    String html = HtmlReport.render(Analysis.of(in.load(common.today)), common.language, processors);
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
    spec.commandLine().getOut().println("report written to " + target);
    return Trygg.OK;
  }
}
