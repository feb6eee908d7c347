package io.github.trygg.examples.hostile;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.core.TryggException;
import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.dpia.DpiaLists;
import io.github.trygg.core.dpia.WelfareTemplates;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.propagation.PropagationRules;
import io.github.trygg.core.questionnaire.Questionnaires;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.core.requirements.RequirementAssessmentFiles;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskRegisterFiles;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.dsr.connector.WebhookReceiver;
import io.github.trygg.dsr.connector.WebhookSignature;
import io.github.trygg.dsr.consent.ConsentRules;
import io.github.trygg.dsr.deadline.WorkingDayCalendar;
import io.github.trygg.dsr.routing.LegalGrounds;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.JournalOptions;
import io.github.trygg.examples.cli.Trygg;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs hostile cases one after another in a JVM with a small heap, started by {@link
 * HostileInputSuiteTest}: reads the manifest, and for each case from the one given on prints {@code
 * START n} and then {@code END n outcome ms}. The parent kills it when a case overruns its time and
 * starts it again after that case.
 */
public final class HostileRunner {
  /** What {@code Problem} and the CLI hide: ten to twelve digits, or a date and four or five more. */
  static final Pattern SHAPE = Pattern.compile("(?<![0-9])(?:[0-9]{10,12}|[0-9]{6}(?:[0-9]{2})?(?: ?[-+] ?| )[0-9]{4,5})(?![0-9])");

  private HostileRunner() {}

  public static void main(String[] args) throws Exception {
    List<HostileCase> cases = HostileCase.readAll(Path.of(args[0]));
    int from = Integer.parseInt(args[1]);
    PrintStream report = System.out;
    // What the code under test prints goes nowhere: only the protocol is on standard output.
    System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
    System.setErr(new PrintStream(java.io.OutputStream.nullOutputStream()));
    for (int i = from; i < cases.size(); i++) {
      HostileCase c = cases.get(i);
      report.println("START " + i);
      report.flush();
      long t0 = System.nanoTime();
      String outcome;
      try {
        outcome = run(c);
      } catch (OutOfMemoryError e) {
        outcome = "oom";
      } catch (StackOverflowError e) {
        outcome = "stack-overflow";
      } catch (Throwable t) {
        outcome = "unclean:" + t.getClass().getSimpleName();
      }
      report.println("END " + i + " " + outcome + " " + (System.nanoTime() - t0) / 1_000_000);
      report.flush();
      if (outcome.equals("oom")) {
        // A JVM that ran out of memory may not be itself again: the parent starts a fresh one.
        System.exit(0);
      }
    }
  }

  /** One case: "accepted", "clean", or what went wrong. */
  static String run(HostileCase c) throws Exception {
    List<String> a = c.args();
    switch (c.target()) {
      case "cli":
        return cli(c);
      case "journal":
        return library(c, () -> {
          // The key file `trygg dsr` wrote the journal with, and its key id for identifiers.
          try (DsrStore store = DsrStores.fileJournal(Path.of(a.get(0)), JournalOptions.defaults(), KeyFileProvider.open(Path.of(a.get(1))),
              "dsr-identifiers")) {
            store.requests();
          }
        });
      case "webhook":
        return library(c, () -> {
          byte[] body = Files.readAllBytes(Path.of(a.get(0)));
          KeyProvider keys = KeyProvider.of(java.util.List.of(MasterKey.generate(new KeyRef("webhook", 1), KeyStatus.PRIMARY,
              new java.security.SecureRandom())));
          WebhookSignature signature = WebhookSignature.of(keys, "webhook");
          long now = Instant.now().getEpochSecond();
          Map<String, String> headers = new HashMap<>();
          headers.put(WebhookSignature.ID, "msg_hostile");
          headers.put(WebhookSignature.TIMESTAMP, Long.toString(now));
          headers.put(WebhookSignature.SIGNATURE, signature.sign("msg_hostile", now, body));
          WebhookReceiver.of(keys, "webhook").receive(headers, body);
        });
      default:
        return library(c, () -> read(c.target(), Path.of(a.get(0))));
    }
  }

  interface Action {
    void run() throws Exception;
  }

  private static String library(HostileCase c, Action action) throws Exception {
    String shown;
    try {
      action.run();
      return "accepted";
    } catch (InvalidInputException e) {
      if (e.problems().isEmpty() || e.problems().stream().anyMatch(p -> p.code().isEmpty() || p.message().isEmpty())) {
        return "unclean:problem-without-code";
      }
      StringBuilder all = new StringBuilder(e.getMessage());
      for (Problem p : e.problems()) {
        all.append('\n').append(p);
      }
      shown = all.toString();
    } catch (TryggException e) {
      shown = String.valueOf(e.getMessage());
    }
    return leaks(c, shown, true) ? "leak" : "clean";
  }

  /** Reads {@code file} with the named public reader. */
  static void read(String reader, Path file) throws Exception {
    String name = file.getFileName().toString();
    DataFormat f = name.endsWith(".json") ? DataFormat.JSON : DataFormat.YAML;
    try (InputStream in = Files.newInputStream(file)) {
      switch (reader) {
        case "register" -> RegisterReader.readSources(List.of(new RegisterReader.Source(name, in, f)));
        case "product-profile" -> RegisterReader.readSourcesUnchecked(List.of(new RegisterReader.Source(name, in, f)));
        case "classification-profile" -> ClassificationProfiles.read(name, in, f);
        case "questionnaire" -> Questionnaires.read(name, in, f);
        case "requirement-catalogue" -> RequirementCatalogues.read(name, in, f);
        case "requirement-assessments" -> RequirementAssessmentFiles.read(name, in, f, RequirementCatalogues.bundled());
        case "risk-matrix" -> RiskMatrices.read(name, in, f);
        case "risk-register" -> RiskRegisterFiles.read(name, in, f);
        case "dpia-lists" -> DpiaLists.read(name, in, f);
        case "welfare-templates" -> WelfareTemplates.read(name, in, f);
        case "message-rules" -> SecureMessageRules.read(name, in, f);
        case "content-terms" -> SensitiveContentDetector.read(name, in, f);
        case "propagation-rules" -> PropagationRules.read(name, in, f);
        case "legal-grounds" -> LegalGrounds.read(name, in, f);
        case "calendar" -> WorkingDayCalendar.read(name, in, f);
        case "consent-rules" -> ConsentRules.read(name, in, f);
        default -> throw new IllegalArgumentException(reader);
      }
    }
  }

  /** The CLI in this JVM, as a user runs it: the exit code must be a documented one, the errors plain. */
  private static String cli(HostileCase c) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Trygg.execute(new PrintWriter(out, true), new PrintWriter(err, true), c.args().toArray(String[]::new));
    String e = err.toString();
    if (e.contains("\tat ") || e.contains("Exception in thread")) {
      return "unclean:stack-trace";
    }
    if (code == Trygg.UNEXPECTED) {
      return "could-not-finish";
    }
    if (code != Trygg.OK && code != Trygg.FINDINGS && code != Trygg.BAD_INPUT) {
      return "unclean:exit-" + code;
    }
    // A run that succeeded prints the user's own data on standard output; errors are held to the rule.
    boolean accepted = code != Trygg.BAD_INPUT;
    if (leaks(c, e, true) || leaks(c, out.toString(), !accepted)) {
      return "leak";
    }
    return accepted ? "accepted" : "clean";
  }

  /** Whether {@code text} shows a secret of the case, or (when {@code shape}) anything shaped like an identity number. */
  static boolean leaks(HostileCase c, String text, boolean shape) {
    for (String secret : c.secrets()) {
      if (text.contains(secret) || (secret.matches("[0-9 +-]+") && text.contains(secret.replaceAll("[^0-9]", "")))) {
        return true;
      }
    }
    return shape && SHAPE.matcher(text).find();
  }

  static String text(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
