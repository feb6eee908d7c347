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
 * cannot be read, a register with problems, wrong arguments); 3 Trygg could not finish (an unexpected
 * error, or the JVM ran out of memory or stack). Every outcome ends in plain lines on the error
 * stream, never a JVM stack trace unless {@code --stacktrace} asks for one; nothing shaped like an
 * identity number is printed there.
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
      "  3  Trygg could not finish: an unexpected error, or out of memory (run with --stacktrace and report it)"
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
    int code;
    try {
      code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    } catch (Throwable t) {
      // execute() already catches everything; this is for an error while it reported one.
      code = UNEXPECTED;
      try {
        System.err.println("trygg: Trygg could not finish");
      } catch (Throwable ignored) {
        // nothing more can be said
      }
    }
    System.exit(code);
  }

  /** Runs one command line; used by {@link #main} and by tests. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    try {
      return run(out, err, args);
    } catch (Throwable t) {
      // Errors (out of memory, stack overflow) pass through picocli untouched: end them here.
      return couldNotFinish(t, java.util.Arrays.asList(args).contains("--stacktrace"), err);
    }
  }

  private static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Trygg());
    cli.registerConverter(io.github.trygg.core.Jurisdiction.class, RegisterInputs::jurisdiction);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, line, parsed) -> handle(e, line, parsed, err));
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("trygg: " + Redaction.line(e.getMessage()));
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
        err.println("  " + Redaction.line(p.toString()));
      }
      code = BAD_INPUT;
    } else if (e instanceof UncheckedIOException io && io.getCause() instanceof NoSuchFileException missing) {
      err.println("trygg: no such file: " + Redaction.line(missing.getFile()));
      code = BAD_INPUT;
    } else if (e instanceof UncheckedIOException io) {
      err.println("trygg: " + Redaction.line(io.getMessage()));
      code = BAD_INPUT;
    } else if (e instanceof java.io.IOException io) {
      // A file a command reads itself (a key, a text) that is missing, a directory, unreadable.
      err.println("trygg: cannot read " + Redaction.line(io.getMessage()) + " (" + io.getClass().getSimpleName() + ")");
      code = BAD_INPUT;
    } else if (e instanceof TryggException || e instanceof IllegalArgumentException) {
      err.println("trygg: " + Redaction.line(e.getMessage()));
      code = BAD_INPUT;
    } else {
      return couldNotFinish(e, trace, err);
    }
    if (trace) {
      printTrace(e, err);
    }
    return code;
  }

  /**
   * What the CLI says about anything it did not expect, errors of the JVM included: one plain line,
   * exit code 3, the stack trace only when asked for.
   */
  static int couldNotFinish(Throwable t, boolean trace, PrintWriter err) {
    String why;
    if (t instanceof OutOfMemoryError) {
      why = "the JVM ran out of memory (a larger -Xmx may help)";
    } else if (t instanceof StackOverflowError) {
      why = "the JVM ran out of stack";
    } else {
      why = "an unexpected " + t.getClass().getSimpleName();
    }
    err.println("trygg: Trygg could not finish: " + why + (trace ? "" : "; run again with --stacktrace for details"));
    if (trace) {
      printTrace(t, err);
    }
    err.flush();
    return UNEXPECTED;
  }

  private static void printTrace(Throwable t, PrintWriter err) {
    java.io.StringWriter trace = new java.io.StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    trace.toString().lines().forEach(l -> err.println(Redaction.line(l)));
  }
}
