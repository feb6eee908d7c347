package io.github.trygg.examples.cli;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Sector;
import io.github.trygg.core.identity.LoginMethods;
import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.ConsentBasis;
import io.github.trygg.core.message.ConsentRecord;
import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.ContentScan;
import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.ContentHit;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.OrganisationalControl;
import io.github.trygg.core.message.Purpose;
import io.github.trygg.core.message.RecipientKind;
import io.github.trygg.core.message.RequiredMeasure;
import io.github.trygg.core.message.SecureInfrastructure;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.message.UnmetRequirement;
import io.github.trygg.core.message.Verdict;
import io.github.trygg.core.register.TransportProtection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Whether a message may go the way the sender intends, and what it needs. */
@Command(name = "check-message", mixinStandardHelpOptions = true,
    header = "Decide whether a message may be sent as intended, and what it needs.",
    description = {"Ask the secure-message rules whether a message to a patient, client or organisation may go over the chosen "
        + "channel: ALLOW, ALLOW_WITH_CONDITIONS or DENY, with the required measures, the legal basis and its verification "
        + "status, and a safer channel when denied. With --text the message is scanned for identity numbers (check digits "
        + "verified) and health or social-services terms; what is found can only raise the content class. Consent never "
        + "waives a security measure. Matched text is never printed.",
        "Exit 0 when allowed (with or without conditions); 1 when denied; 2 on bad input."})
final class CheckMessageCommand implements Callable<Integer> {
  @Mixin Common common;
  @Mixin OutputFormat format;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--jurisdiction", required = true, paramLabel = "sweden|norway", description = "Whose rules apply.")
  Jurisdiction jurisdiction = Jurisdiction.SWEDEN;

  @Option(names = "--sector", defaultValue = "other", paramLabel = "healthcare|social-services|other", description = "The sender's sector (default: ${DEFAULT-VALUE}).")
  String sector = "other";

  @Option(names = "--recipient", defaultValue = "individual", paramLabel = "individual|organisation", description = "Who receives it (default: ${DEFAULT-VALUE}).")
  String recipient = "individual";

  @Option(names = "--channel", required = true, paramLabel = "email|sms|web-portal|secure-infrastructure", description = "How it is to be sent.")
  String channel = "";

  @Option(names = "--infrastructure", paramLabel = "ID",
      description = "For secure-infrastructure: se-1177-inkorg, se-mina-meddelanden, se-sdk, no-digital-postkasse, no-eformidling, no-svarut, no-helsenett, no-helsenorge.")
  @Nullable String infrastructure;

  @Option(names = "--content", defaultValue = "personal-data", paramLabel = "CLASS",
      description = "The declared content: no-personal-data, personal-data, sensitive, secrecy-protected (default: ${DEFAULT-VALUE}); detection may raise it.")
  String content = "personal-data";

  @Option(names = "--purpose", defaultValue = "other", paramLabel = "reminder-or-summons|other", description = "Why it is sent (default: ${DEFAULT-VALUE}).")
  String purpose = "other";

  @Option(names = "--consent", paramLabel = "BASIS",
      description = "Recorded consent: explicit-consent, requested-by-individual, contact-details-given, statutory-with-opt-out.")
  @Nullable String consent;

  @Option(names = "--opted-out", description = "The recipient has asked not to be contacted this way (or is reserved).")
  boolean optedOut;

  @Option(names = "--control", paramLabel = "CONTROL",
      description = "A documented organisational control (repeatable): risk-analysis-documented, exception-decision-documented, routines-in-place, "
          + "risk-acceptance-documented.")
  List<String> controls = new ArrayList<>();

  @Option(names = "--transport", defaultValue = "none", paramLabel = "none|tls|end-to-end", description = "How the message is protected on the way (default: ${DEFAULT-VALUE}).")
  String transport = "none";

  @Option(names = "--recipient-assurance", defaultValue = "none", paramLabel = "none|low|substantial|high",
      description = "How strongly the recipient authenticates before reading (default: ${DEFAULT-VALUE}).")
  String assurance = "none";

  @Option(names = "--recipient-login", paramLabel = "METHOD",
      description = "How the recipient logs in, by name (bankid-se, freja-eid-plus, minid, bankid-no, password-sms-code, password, …); "
          + "sets --recipient-assurance from the bundled login-method mapping.")
  @Nullable String recipientLogin;

  @Option(names = "--text", paramLabel = "FILE", description = "The message text (UTF-8) to scan; - reads standard input.")
  @Nullable String text;

  @Override
  public Integer call() throws IOException {
    MessageContext.Builder b = MessageContext.builder()
        .jurisdiction(jurisdiction)
        .sector(DsrCommand.parse(Sector.class, sector, "--sector"))
        .recipientKind(DsrCommand.parse(RecipientKind.class, recipient, "--recipient"))
        .channel(DsrCommand.parse(Channel.class, channel, "--channel"))
        .declaredContent(DsrCommand.parse(ContentClass.class, content, "--content"))
        .purpose(DsrCommand.parse(Purpose.class, purpose, "--purpose"))
        .recipientOptedOut(optedOut)
        .transport(DsrCommand.parse(TransportProtection.class, transport, "--transport"))
        .recipientAssurance(recipientAssurance());
    if (infrastructure != null) {
      b.infrastructure(DsrCommand.parse(SecureInfrastructure.class, infrastructure, "--infrastructure"));
    }
    if (consent != null) {
      b.consent(ConsentRecord.of(DsrCommand.parse(ConsentBasis.class, consent, "--consent")));
    }
    for (String c : controls) {
      b.addControls(DsrCommand.parse(OrganisationalControl.class, c, "--control"));
    }
    MessageContext context = b.build();
    ContentScan scan = text == null ? null : SensitiveContentDetector.bundled().scan(read(text), common.today);
    Decision decision = SecureMessageRules.bundled().evaluate(context, scan);
    print(decision, scan);
    return decision.verdict() == Verdict.DENY ? Trygg.FINDINGS : Trygg.OK;
  }

  private AssuranceLevel recipientAssurance() {
    if (recipientLogin == null) {
      return DsrCommand.parse(AssuranceLevel.class, assurance, "--recipient-assurance");
    }
    if (!"none".equals(assurance)) {
      throw new IllegalArgumentException("give --recipient-login or --recipient-assurance, not both");
    }
    try {
      return LoginMethods.bundled().levelOf(recipientLogin.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--recipient-login: " + e.getMessage(), e);
    }
  }

  /** A message text: at most 16 MiB of UTF-8, from a file or standard input. */
  private String read(String source) throws IOException {
    byte[] bytes;
    try (java.io.InputStream in = source.equals("-") ? System.in : Files.newInputStream(Path.of(source))) {
      bytes = in.readNBytes(MAX_TEXT + 1);
    }
    if (bytes.length > MAX_TEXT) {
      throw new IllegalArgumentException("--text: the text is larger than 16 MiB; expected one message");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("--text: not UTF-8 text; expected the message as UTF-8");
    }
  }

  private static final int MAX_TEXT = 16 << 20;

  private void print(Decision d, @Nullable ContentScan scan) {
    Language lang = common.language;
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("verdict", d.verdict().name());
      m.put("rule", d.ruleId());
      m.put("row", d.row());
      m.put("table", d.table() + "@" + d.tableVersion());
      m.put("title", d.title().in(lang));
      m.put("rationale", d.rationale().in(lang));
      m.put("declaredContent", Cells.wire(d.declaredContent()));
      m.put("effectiveContent", Cells.wire(d.effectiveContent()));
      m.put("measures", measures(d, d.measures(), lang));
      m.put("remedies", measures(d, d.remedies(), lang));
      m.put("unmet", d.unmetRequirements().stream().map(UnmetRequirement::id).toList());
      m.put("legalBasis", d.legalBasis().stream().map(r -> r.explain(lang)).toList());
      d.suggestedAlternative().ifPresent(a -> {
        Map<String, Object> alt = new LinkedHashMap<>();
        alt.put("channel", Cells.wire(a.channel()));
        a.infrastructure().ifPresent(i -> alt.put("infrastructure", Cells.wire(i)));
        alt.put("advice", a.advice().in(lang));
        m.put("alternative", alt);
      });
      m.put("adjustments", d.adjustments().stream().map(a -> Map.of("kind", Cells.wire(a.kind()), "explanation", a.explanation().in(lang))).toList());
      Optional.ofNullable(scan).ifPresent(s -> m.put("detected", hits(s)));
      m.put("inputs", d.factors().stream().map(f -> Map.of("input", f.input(), "value", f.value(), "text", f.explain(lang))).toList());
      OutputFormat.print(out, m);
      return;
    }
    out.println(d.explain(lang).stripTrailing());
    if (scan != null && !scan.isEmpty()) {
      // Where and what kind, never the matched text: it may be an identity number.
      List<String> found = new ArrayList<>();
      for (ContentHit f : scan.hits()) {
        found.add(String.format(java.util.Locale.ROOT, Words.AT.in(lang), f.kind().label(lang), f.start(), f.end())
            + (f.synthetic() ? Words.TEST_NUMBER.in(lang) : ""));
      }
      out.println(Words.DETECTED.in(lang) + ": " + String.join(", ", found));
    }
  }

  private static List<Object> measures(Decision d, List<RequiredMeasure> list, Language lang) {
    List<Object> out = new ArrayList<>();
    for (RequiredMeasure m : list) {
      out.add(Map.of("id", Cells.wire(m), "text", d.describe(m).in(lang)));
    }
    return out;
  }

  private static List<Object> hits(ContentScan scan) {
    List<Object> out = new ArrayList<>();
    for (ContentHit f : scan.hits()) {
      out.add(Map.of("type", Cells.wire(f.kind()), "start", f.start(), "end", f.end(), "contentClass", Cells.wire(f.contentClass()),
          "list", f.list(), "synthetic", f.synthetic()));
    }
    return out;
  }
}
