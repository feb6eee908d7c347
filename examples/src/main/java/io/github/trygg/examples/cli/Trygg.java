package io.github.trygg.examples.cli;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.core.TryggException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code trygg}: Trygg's rules on your own files.
 *
 * <p>Exit codes: 0 fine; 1 findings, a denied message or a failed check; 2 bad input (a file that
 * cannot be read, a register with problems, wrong arguments); 3 an unexpected error.
 */
@Command(
    name = "trygg",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Nordic public-sector information-security and privacy rules on your own register files.",
    subcommands = {ValidateCommand.class, ClassifyCommand.class, PropagateCommand.class, ScreenCommand.class, CheckMessageCommand.class, SealCommand.class, OpenCommand.class,
        PseudonymiseCommand.class, DsrCommand.class, RecordsCommand.class, ReportCommand.class,
        PlanCommand.class, SignoffCommand.class, DiffCommand.class, ExportCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  fine",
      "  1  findings, a denied message or a failed check",
      "  2  bad input: unreadable file, invalid register, wrong arguments",
      "  3  unexpected error (run with --stacktrace and report it)"
    })
public final class Trygg implements Runnable {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int BAD_INPUT = 2;
  public static final int UNEXPECTED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, for example: trygg validate register.yaml");
  }

  public static void main(String[] args) {
    System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs one command line; used by {@link #main} and by tests. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Trygg());
    cli.registerConverter(io.github.trygg.core.Jurisdiction.class, RegisterInputs::jurisdiction);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> handle(e, line, parsed, err));
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("trygg: " + e.getMessage());
      e.getCommandLine().usage(err);
      return BAD_INPUT;
    });
    return cli.execute(args);
  }

  private static int handle(Exception e, CommandLine line, CommandLine.ParseResult parsed, PrintWriter err) {
    boolean trace = parsed.expandedArgs().contains("--stacktrace");
    int code;
    if (e instanceof InvalidInputException invalid) {
      err.println("trygg: the input has " + (invalid.problems().size() == 1 ? "a problem" : invalid.problems().size() + " problems") + ":");
      for (Problem p : invalid.problems()) {
        err.println("  " + p);
      }
      code = BAD_INPUT;
    } else if (e instanceof UncheckedIOException io && io.getCause() instanceof NoSuchFileException missing) {
      err.println("trygg: no such file: " + missing.getFile());
      code = BAD_INPUT;
    } else if (e instanceof UncheckedIOException io) {
      err.println("trygg: " + io.getMessage());
      code = BAD_INPUT;
    } else if (e instanceof TryggException || e instanceof IllegalArgumentException) {
      err.println("trygg: " + e.getMessage());
      code = BAD_INPUT;
    } else {
      err.println("trygg: unexpected error: " + e);
      code = UNEXPECTED;
    }
    if (trace) {
      e.printStackTrace(err);
    } else if (code == UNEXPECTED) {
      err.println("(run again with --stacktrace for details)");
    }
    return code;
  }
}
