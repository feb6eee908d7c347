package io.github.trygg.examples.guide;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.dpia.DpiaLists;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.dpia.ScreeningInput;
import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.message.ContentScan;
import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.register.Register;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.dsr.routing.LegalGrounds;
import io.github.trygg.dsr.routing.Router;
import io.github.trygg.dsr.routing.RoutingPlan;
import io.github.trygg.dsr.routing.RoutingQuery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * docs/api-conventions.md: each rule's example, as code. The parameters are what the rule's
 * example takes as given.
 */
public final class ApiConventions {
  private ApiConventions() {}

  public record Bundled(SecureMessageRules rules, ClassificationProfiles profiles, LegalGrounds grounds) {}

  public record Engines(Decision decision, PropagationResult propagation, ScreeningResult screening, RoutingPlan plan) {}

  public static Bundled bundled() {
    // snippet:start conventions-bundled
    SecureMessageRules rules = SecureMessageRules.bundled();
    ClassificationProfiles profiles = ClassificationProfiles.bundled();
    LegalGrounds grounds = LegalGrounds.bundled();
    // snippet:end
    return new Bundled(rules, profiles, grounds);
  }

  /** Reads {@code export.policy.yaml} in {@code dir} both ways. */
  public static List<RecordPolicy> read(Path dir) throws IOException {
    try (InputStream in = Files.newInputStream(dir.resolve("export.policy.yaml"))) {
      // snippet:start conventions-read
      RecordPolicy policy = RecordPolicy.read(dir.resolve("export.policy.yaml"));  // format from the extension
      RecordPolicy same = RecordPolicy.read("export.policy.yaml", in, DataFormat.YAML); // source name for errors
      // snippet:end
      return List.of(policy, same);
    }
  }

  public static Engines engines(MessageContext context, ContentScan scan, Register register, DpiaLists lists, ScreeningInput input,
      RoutingQuery query) {
    // snippet:start conventions-engines
    Decision d = SecureMessageRules.bundled().evaluate(context, scan);
    PropagationResult r = Propagation.bundled().run(register);
    ScreeningResult s = DpiaScreener.of(lists).screen(input);
    RoutingPlan p = Router.of(register, LegalGrounds.bundled()).route(query);
    // snippet:end
    return new Engines(d, r, s, p);
  }

  public static SecureEnvelopes builders(X509Certificate ca, X509Certificate subCa) {
    // snippet:start conventions-builders
    SecureEnvelopes envelopes = SecureEnvelopes.builder()
        .trustAnchors(List.of(ca))          // replaces
        .addIntermediate(subCa)             // appends
        .build();
    // snippet:end
    return envelopes;
  }
}
