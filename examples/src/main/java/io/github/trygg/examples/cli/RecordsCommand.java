package io.github.trygg.examples.cli;

import io.github.trygg.core.records.DraftDocument;
import io.github.trygg.core.records.Records;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The Art. 30 record and processor-agreement drafts, as Markdown or JSON. */
@Command(name = "records", mixinStandardHelpOptions = true,
    header = "The Art. 30 record and processor-agreement drafts A-D.",
    description = {"Write the GDPR Art. 30 record of processing and processor-agreement appendix drafts A-D. Fields the "
        + "register does not hold are listed as missing, never invented.",
        "Exit 0; 2 on bad input."})
final class RecordsCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "markdown", description = "markdown or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document into DIR instead of printing.")
  Path out;

  @Option(names = "--vendor", paramLabel = "ID", description = "Only the agreement with this processor (and no record).")
  String vendor;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files, merged in this order.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("markdown") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be markdown or json, not '" + format + "'");
    }
    Register register = RegisterReader.read(files);
    List<DraftDocument> docs = new ArrayList<>();
    if (vendor == null) {
      docs.add(Records.recordOfProcessing(register, common.today));
      docs.addAll(Records.processorAgreements(register, common.today));
    } else {
      docs.add(Records.processorAgreement(register, vendor, common.today));
    }
    for (DraftDocument doc : docs) {
      String text = format.equals("json") ? doc.toJson() : doc.toMarkdown(common.language);
      if (out == null) {
        spec.commandLine().getOut().println(text);
      } else {
        Files.createDirectories(out);
        String name = (doc.documentKind() == DraftDocument.Kind.RECORD_OF_PROCESSING ? "record-of-processing" : "agreement-" + doc.subject())
            + (format.equals("json") ? ".json" : ".md");
        try {
          Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().printf("%s: %d fields to complete%n", out.resolve(name), doc.missing().size());
      }
    }
    return Trygg.OK;
  }
}
