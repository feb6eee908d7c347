package io.github.trygg.examples.cli;

import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.examples.report.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes the HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write one self-contained HTML report about a register: summary, classification with reasons,",
        "the integration chain drawn and coloured by level, records and overdue reviews."})
final class ReportCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "trygg-report.html", description = "Where to write the report (default: ${DEFAULT-VALUE}).")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files, merged in this order.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    Register register = RegisterReader.read(files);
    String html = HtmlReport.render(register, common.today, common.language);
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
