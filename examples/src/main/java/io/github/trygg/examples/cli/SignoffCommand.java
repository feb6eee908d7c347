package io.github.trygg.examples.cli;

import io.github.trygg.core.Language;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.signoff.SignOff;
import io.github.trygg.core.signoff.SignOffChecker;
import io.github.trygg.core.signoff.SignOffKind;
import io.github.trygg.core.signoff.SignOffReview;
import io.github.trygg.core.signoff.SignOffs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Sign-offs: record one, or check which still hold. */
@Command(name = "signoff", mixinStandardHelpOptions = true,
    header = "Record and check sign-offs of classifications, processing activities and DPIAs.",
    description = {"A sign-off (format trygg-sign-offs/1) records who approved what, in what role and when, with a fingerprint of exactly "
        + "what was approved. It needs renewal as soon as that changes.",
        "  sign   record the information owner's approval of a classification, a committee's decision or the DPO's opinion",
        "  check  each sign-off's status and what changed since (exit 1 when one needs renewal)"},
    subcommands = {SignoffCommand.Sign.class, SignoffCommand.Check.class})
final class SignoffCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: sign or check");
  }

  @Command(name = "sign", mixinStandardHelpOptions = true, header = "Record a sign-off of what the register says now.",
      description = {"Exit 0; 2 on bad input or a subject the register does not hold."})
  static final class Sign implements Callable<Integer> {
    @Mixin Common common;
    @Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--signoffs", paramLabel = "FILE", required = true, description = "The sign-off file (created if missing).")
    Path file;
    @Option(names = "--id", required = true, description = "An id for the sign-off.")
    String id;
    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "classification, activity-decision, dpia-decision or dpo-opinion.")
    String kind;
    @Option(names = "--subject", required = true, paramLabel = "KIND:ID", description = "asset:ID, activity:ID or system:ID.")
    String subject;
    @Option(names = "--by", required = true, description = "Who signs: a person or a body.")
    String by;
    @Option(names = "--role", required = true, description = "In what role.")
    String role;
    @Option(names = "--on", paramLabel = "DATE", description = "When (default: --today).")
    LocalDate on;
    @Option(names = "--statement", description = "The decision or opinion in words.")
    String statement;
    @Option(names = "--reference", description = "Where it is recorded, for example the minutes' paragraph.")
    String reference;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files, merged in this order.")
    List<Path> files;

    @Override
    public Integer call() {
      SignOffKind k = SignOffKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
      int colon = subject.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("--subject: expected KIND:ID, for example asset:brukaruppgifter");
      }
      EntryRef ref = new EntryRef(EntryKind.valueOf(subject.substring(0, colon).toUpperCase(Locale.ROOT)), subject.substring(colon + 1));
      SignOff s = SignOffChecker.of(io.github.trygg.core.register.RegisterReader.read(files))
          .sign(id, k, ref, by, role, on == null ? common.today : on);
      SignOff.Builder b = SignOff.builder().from(s);
      if (statement != null) {
        b.statement(statement);
      }
      if (reference != null) {
        b.reference(reference);
      }
      SignOffs all = (Files.exists(file) ? SignOffs.read(file) : SignOffs.empty()).with(b.build());
      all.write(file);
      spec.commandLine().getOut().println(String.format(Words.SIGNED.in(common.language), id, s.fingerprint()));
      return Trygg.OK;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true, header = "Which sign-offs still hold, and what changed in those that do not.",
      description = {"Exit 0 when every sign-off holds; 1 when one needs renewal or its subject is gone; 2 on bad input."})
  static final class Check implements Callable<Integer> {
    @Mixin Common common;
    @Spec CommandLine.Model.CommandSpec spec;
    @Option(names = "--signoffs", paramLabel = "FILE", required = true, description = "The sign-off file.")
    Path file;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files, merged in this order.")
    List<Path> files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Language lang = common.language;
      List<SignOffReview> reviews = SignOffChecker.of(io.github.trygg.core.register.RegisterReader.read(files)).check(SignOffs.read(file));
      for (SignOffReview r : reviews) {
        out.println(r.signOff().id() + ": " + r.explain(lang));
      }
      return reviews.stream().allMatch(r -> r.status().holds()) ? Trygg.OK : Trygg.FINDINGS;
    }
  }
}
