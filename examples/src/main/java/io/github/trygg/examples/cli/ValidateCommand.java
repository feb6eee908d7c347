package io.github.trygg.examples.cli;

import io.github.trygg.core.register.OverdueReview;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads and checks register files; every problem is listed with its file, line and JSON Pointer. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Check register files and list every problem with its location.",
    description = {"Check one or more register files (JSON or YAML) together. Files are merged in order, e.g. a vendor's "
        + "product profile, then the municipality's usage file.",
        "Exit 0 when valid, 2 with every problem listed when not."})
final class ValidateCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files, merged in this order.")
  List<Path> files;

  @Override
  public Integer call() {
    Register register = RegisterReader.read(files);
    var out = spec.commandLine().getOut();
    out.printf("valid: %d assets, %d systems, %d vendors, %d integrations, %d processing activities%n",
        register.assets().size(), register.systems().size(), register.vendors().size(), register.integrations().size(), register.activities().size());
    List<OverdueReview> overdue = register.overdueReviews(common.today);
    if (!overdue.isEmpty()) {
      out.printf("%d entries are due for review on %s:%n", overdue.size(), common.today);
      for (OverdueReview o : overdue) {
        out.println("  " + o.entry() + (o.neverReviewed() ? " (never reviewed)" : " (due " + o.dueOn().orElseThrow() + ")"));
      }
    }
    return Trygg.OK;
  }
}
