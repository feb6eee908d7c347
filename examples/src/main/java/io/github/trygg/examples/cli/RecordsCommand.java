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

/** The Art. 30 records and processor-agreement drafts, as Markdown or JSON. */
@Command(name = "records", mixinStandardHelpOptions = true,
    header = "The Art. 30 records and processor-agreement drafts A-D.",
    description = {"Write the GDPR Art. 30(1) record of processing and processor-agreement appendix drafts A-D (--kind controller), "
        + "or the Art. 30(2) record a processor or sub-processor keeps of what it does for each controller (--kind processor). "
        + "Fields the register does not hold are listed as missing, never invented.",
        "A processor record has one section per controller: the organisation of each register. The FILE arguments are the first "
        + "controller's register; add each further controller's files with --controller.",
        "Exit 0; 2 on bad input, an unknown vendor id or a vendor that is not a processor or sub-processor."})
final class RecordsCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "markdown", description = "markdown or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document into DIR instead of printing.")
  Path out;

  @Option(names = "--kind", paramLabel = "controller|processor", defaultValue = "controller",
      description = "controller: the Art. 30(1) record and the agreement drafts; processor: the Art. 30(2) record of the vendor named by "
          + "--processor (default: ${DEFAULT-VALUE}; --processor alone implies processor).")
  String kind;

  @Option(names = "--vendor", paramLabel = "ID", description = "With --kind controller: only the agreement with this processor (and no record).")
  String vendor;

  @Option(names = "--processor", paramLabel = "ID", description = "The vendor id (processor or sub-processor) whose Art. 30(2) record to write.")
  String processor;

  @Option(names = "--controller", paramLabel = "FILE[,FILE...]",
      description = "With --kind processor: the register files of a further controller the processor works for, merged in this order; repeat "
          + "for each controller.")
  List<String> controllers = new ArrayList<>();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files, merged in this order.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("markdown") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be markdown or json, not '" + format + "'");
    }
    boolean kindGiven = spec.commandLine().getParseResult().hasMatchedOption("--kind");
    boolean processorRecord = switch (kind) {
      case "processor" -> true;
      case "controller" -> processor != null && !kindGiven;
      default -> throw new IllegalArgumentException("--kind must be controller or processor, not '" + kind + "'");
    };
    if (processorRecord && processor == null) {
      throw new IllegalArgumentException("--kind processor needs --processor ID, the vendor whose record to write");
    }
    if (processorRecord && vendor != null || !processorRecord && (processor != null || !controllers.isEmpty())) {
      throw new IllegalArgumentException("--vendor belongs to --kind controller; --processor and --controller to --kind processor");
    }
    Register register = RegisterReader.read(files);
    List<DraftDocument> docs = new ArrayList<>();
    if (processorRecord) {
      List<Register> registers = new ArrayList<>();
      registers.add(register);
      for (String files : controllers) {
        registers.add(RegisterReader.read(java.util.Arrays.stream(files.split(",")).map(Path::of).toList()));
      }
      docs.add(Records.processorRecord(registers, processor, common.today));
    } else if (vendor == null) {
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
        String name = switch (doc.documentKind()) {
          case RECORD_OF_PROCESSING -> "record-of-processing";
          case PROCESSOR_AGREEMENT -> "agreement-" + doc.subject();
          case PROCESSOR_RECORD -> "processor-record-" + doc.subject();
        } + (format.equals("json") ? ".json" : ".md");
        try {
          Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        spec.commandLine().getOut().println(String.format(java.util.Locale.ROOT, Words.TO_COMPLETE.in(common.language), out.resolve(name), doc.missing().size()));
      }
    }
    return Trygg.OK;
  }
}
