package io.github.trygg.examples;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.Purpose;
import io.github.trygg.core.message.RecipientKind;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.Sector;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.propagation.DerivedLevel;
import io.github.trygg.core.propagation.Finding;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.register.OverdueReview;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The code the README shows, kept compiling and running here. Regions between {@code snippet:start}
 * and {@code snippet:end} appear verbatim in README.md; a test checks that they still match.
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/registers/exempelkommun");
    chain(register(dir));
    message("Påminnelse: besök hos distriktssköterskan torsdag kl 10.");
  }

  static Decision message(String text) {
    // snippet:start message
    MessageContext sms = MessageContext.builder()
        .jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.SMS)
        .declaredContent(ContentClass.PERSONAL_DATA).purpose(Purpose.REMINDER_OR_SUMMONS)
        .build();
    Decision decision = SecureMessageRules.bundled()       // the table, as data in the jar
        .evaluate(sms, SensitiveContentDetector.bundled().scan(text));
    System.out.println(decision.explain(Language.SWEDISH)); // verdict, measures, legal basis
    // snippet:end
    return decision;
  }

  static PropagationResult chain(Register register) {
    // snippet:start chain
    PropagationResult chain = Propagation.bundled().run(register);     // every hop, cycles included
    DerivedLevel c = chain.system("datalager").orElseThrow().level(SecurityAspect.TRACEABILITY);
    System.out.println(c.level() + " by " + c.rule() + " via " + c.trace().path());
    for (Finding finding : chain.findings()) {                // required above cleared, open networks …
      System.out.println(finding.severity() + ": " + finding.message().in(Language.ENGLISH));
    }
    // snippet:end
    return chain;
  }

  static Register register(Path dir) {
    // snippet:start register
    Register register = RegisterReader.read(            // throws with every problem and its line
        dir.resolve("product-larmkraft.yaml"),          // the vendor's product profile
        dir.resolve("register.yaml"));                  // the municipality's own usage
    List<Problem> problems = register.problems();       // empty: validated on read
    for (OverdueReview due : register.overdueReviews(LocalDate.of(2026, 11, 24))) {
      System.out.println(due.entry() + " review was due " + due.dueOn().orElseThrow());
    }
    // snippet:end
    System.out.println(problems.size() + " problems, " + register.systems().size() + " systems");
    return register;
  }
}
