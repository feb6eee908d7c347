package io.github.trygg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.identity.LoginMethod;
import io.github.trygg.core.identity.LoginMethods;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Swedish or Norwegian reader gets Swedish or Norwegian: every command, and the HTML report, run
 * on the sample register in sv and nb, and what they print or write is scanned for enum names,
 * wire ids, codes, ISO-8601 durations and English words ({@link NordicText}).
 */
class NordicOutputTest {
  static final String TODAY = "2026-11-24";
  static final Path SAMPLE = CliRun.SAMPLE;
  static final String PROFILE = CliRun.PROFILE;
  static final String REGISTER = CliRun.REGISTER;
  static final String RISKS = CliRun.RISKS;
  static final String ASSESSMENTS = CliRun.ASSESSMENTS;
  static final String PLAN = SAMPLE.resolve("action-plan.yaml").toString();
  static final String SIGNOFFS = SAMPLE.resolve("sign-offs.yaml").toString();

  @TempDir static Path work;
  static NordicText nordic;
  static String pnr;
  static long seed;

  /** What one run shows a reader, and how to read it. */
  record Shown(String what, String text) {}

  /** One way of running the tool, giving what it shows. */
  interface Scenario {
    List<Shown> run(String lang, Path dir) throws Exception;
  }

  @BeforeAll
  static void setUp() throws Exception {
    // Ids a user types or a file names: login methods, the message rule table.
    Set<String> typed = new java.util.HashSet<>(LoginMethods.bundled().methods().stream().map(LoginMethod::id).collect(Collectors.toSet()));
    typed.add(io.github.trygg.core.message.SecureMessageRules.bundled().id());
    typed.add(DsrCommand.SUBJECTS_KEY);
    typed.add(DsrCommand.IDENTIFIERS_KEY);
    nordic = NordicText.derive(SAMPLE, typed);
    // Generated, never a real person's number; seeded so a failure can be replayed.
    seed = Long.getLong("trygg.seed", System.nanoTime());
    pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1938, 4, 3), 2 + 2 * new Random(seed).nextInt(400)).canonical();
  }

  @TestFactory
  Stream<DynamicTest> everyCommandAndTheReportSpeakSwedishAndNorwegian() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String lang : List.of("sv", "nb")) {
      scenarios().forEach((name, scenario) -> tests.add(DynamicTest.dynamicTest(lang + ": " + name, () -> {
        Path dir = Files.createDirectories(work.resolve(lang + "-" + name.replaceAll("[^a-z0-9]+", "-")));
        List<String> leaks = new ArrayList<>();
        for (Shown s : scenario.run(lang, dir)) {
          nordic.scan(s.text(), lang).forEach(l -> leaks.add(s.what() + ": " + l));
        }
        String listing = leaks.size() + " leaks in " + lang + ": " + name + " (-Dtrygg.seed=" + seed + ")\n  " + String.join("\n  ", leaks) + "\n";
        // -Dtrygg.leaks=FILE collects every scenario's leaks in one file, for a count across the tool.
        String dump = System.getProperty("trygg.leaks");
        if (dump != null) {
          Files.writeString(Path.of(dump), listing, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        assertEquals(List.of(), leaks, listing);
      })));
    }
    return tests.stream();
  }

  static java.util.Map<String, Scenario> scenarios() {
    java.util.Map<String, Scenario> s = new java.util.LinkedHashMap<>();
    s.put("validate", (lang, dir) -> List.of(
        out(run(0, "validate", "--lang", lang, "--today", TODAY, PROFILE, REGISTER)),
        out(run(0, "validate", "--lang", lang, "--product-profile", PROFILE))));
    s.put("classify", (lang, dir) -> List.of(
        out(run(0, "classify", "--lang", lang, "--today", TODAY, "--assessments", ASSESSMENTS, "--risks", RISKS, PROFILE, REGISTER)),
        json(run(0, "classify", "--lang", lang, "--format", "json", "--today", TODAY, "--assessments", ASSESSMENTS, PROFILE, REGISTER))));
    s.put("propagate", (lang, dir) -> List.of(
        out(run(1, "propagate", "--lang", lang, "--today", TODAY, PROFILE, REGISTER)),
        json(run(1, "propagate", "--lang", lang, "--format", "json", PROFILE, REGISTER)),
        drawing(run(1, "propagate", "--lang", lang, "--graph", "dot", PROFILE, REGISTER)),
        drawing(run(1, "propagate", "--lang", lang, "--graph", "mermaid", PROFILE, REGISTER))));
    s.put("screen", (lang, dir) -> List.of(
        out(run(1, "screen", "--lang", lang, "--today", TODAY, "--risks", RISKS, PROFILE, REGISTER)),
        // Both activities record a complete DPIA: nothing is open, so the exit code is 0.
        out(run(0, "screen", "--lang", lang, "--today", TODAY, "--system", "nattkamera", "--template", "night-camera", PROFILE, REGISTER)),
        out(run(0, "screen", "--lang", lang, "--today", TODAY, "--jurisdiction", "norway", "--activity", "gps-larm-behandling", "--template", "gps-alarm",
            PROFILE, REGISTER)),
        json(run(1, "screen", "--lang", lang, "--format", "json", "--today", TODAY, "--risks", RISKS, PROFILE, REGISTER))));
    s.put("check-message", (lang, dir) -> {
      Path text = dir.resolve("meddelande.txt");
      Files.writeString(text, "Hej! Påminnelse om ditt besök. Provsvar för diabetes finns. Personnummer " + pnr + ".\n");
      List<Shown> shown = new ArrayList<>();
      shown.add(out(decide("check-message", "--lang", lang, "--today", TODAY, "--jurisdiction", "sweden", "--sector", "healthcare", "--channel", "sms",
          "--purpose", "reminder-or-summons", "--consent", "explicit-consent", "--text", text.toString())));
      shown.add(json(decide("check-message", "--lang", lang, "--format", "json", "--today", TODAY, "--jurisdiction", "sweden", "--sector", "healthcare",
          "--channel", "sms", "--purpose", "reminder-or-summons", "--text", text.toString())));
      shown.add(out(decide("check-message", "--lang", lang, "--jurisdiction", "sweden", "--sector", "healthcare", "--channel", "sms", "--content",
          "personal-data", "--purpose", "reminder-or-summons", "--consent", "explicit-consent", "--control", "risk-analysis-documented",
          "--control", "routines-in-place", "--control", "exception-decision-documented")));
      shown.add(out(decide("check-message", "--lang", lang, "--jurisdiction", "norway", "--sector", "healthcare", "--channel", "email", "--content",
          "sensitive")));
      shown.add(out(decide("check-message", "--lang", lang, "--jurisdiction", "sweden", "--sector", "social-services", "--channel", "web-portal",
          "--content", "sensitive", "--transport", "tls", "--recipient-login", "bankid-se")));
      shown.add(out(decide("check-message", "--lang", lang, "--jurisdiction", "norway", "--sector", "social-services", "--channel",
          "secure-infrastructure", "--infrastructure", "no-digital-postkasse", "--content", "secrecy-protected")));
      return shown;
    });
    s.put("seal and open", NordicOutputTest::sealAndOpen);
    s.put("pseudonymise", NordicOutputTest::pseudonymise);
    s.put("dsr", NordicOutputTest::dsr);
    s.put("records", (lang, dir) -> List.of(
        out(run(0, "records", "--lang", lang, "--today", TODAY, PROFILE, REGISTER)),
        out(run(0, "records", "--lang", lang, "--today", TODAY, "--processor", "larmkraft", PROFILE, REGISTER)),
        out(run(0, "records", "--lang", lang, "--today", TODAY, "--out", dir.resolve("records").toString(), PROFILE, REGISTER)),
        json(run(0, "records", "--lang", lang, "--format", "json", "--today", TODAY, PROFILE, REGISTER))));
    s.put("report", (lang, dir) -> {
      Path html = dir.resolve("rapport.html");
      CliRun r = run(0, "report", "--lang", lang, "--today", TODAY, "--risks", RISKS, "--assessments", ASSESSMENTS, "--plan", PLAN,
          "--signoffs", SIGNOFFS, "--previous", SAMPLE.resolve("previous").toString(), "--processor", "larmkraft", "--out", html.toString(),
          PROFILE, REGISTER);
      return List.of(out(r), new Shown("report", NordicText.html(Files.readString(html))));
    });
    s.put("plan", (lang, dir) -> {
      Path plan = dir.resolve("action-plan.yaml");
      Files.copy(SAMPLE.resolve("previous/action-plan.yaml"), plan);
      return List.of(
          out(run(0, "plan", "show", "--lang", lang, "--today", TODAY, "--plan", PLAN, "--risks", RISKS, "--assessments", ASSESSMENTS, PROFILE, REGISTER)),
          out(run(0, "plan", "merge", "--lang", lang, "--today", TODAY, "--plan", plan.toString(), "--risks", RISKS, "--assessments", ASSESSMENTS,
              PROFILE, REGISTER)),
          out(run(1, "plan", "check", "--lang", lang, "--today", TODAY, "--plan", PLAN, PROFILE, REGISTER)));
    });
    s.put("signoff", (lang, dir) -> List.of(
        out(run(1, "signoff", "check", "--lang", lang, "--signoffs", SIGNOFFS, PROFILE, REGISTER)),
        out(run(0, "signoff", "sign", "--lang", lang, "--today", TODAY, "--signoffs", dir.resolve("sign-offs.yaml").toString(), "--id", "klassning-larm",
            "--kind", "classification", "--subject", "asset:larmhandelser", "--by", "Informationsägare socialnämnden", "--role", "informationsägare",
            PROFILE, REGISTER)),
        out(run(0, "signoff", "check", "--lang", lang, "--signoffs", dir.resolve("sign-offs.yaml").toString(), PROFILE, REGISTER))));
    s.put("diff", (lang, dir) -> List.of(out(run(0, "diff", "--lang", lang, "--today", TODAY, SAMPLE.resolve("previous").toString(), SAMPLE.toString()))));
    s.put("export", (lang, dir) -> {
      Path xlsx = dir.resolve("trygg.xlsx");
      Path docs = dir.resolve("docs");
      List<Shown> shown = new ArrayList<>();
      shown.add(out(run(0, "export", "--format", "xlsx", "--lang", lang, "--today", TODAY, "--out", xlsx.toString(), "--plan", PLAN, "--risks", RISKS,
          "--assessments", ASSESSMENTS, PROFILE, REGISTER)));
      shown.add(new Shown("trygg.xlsx", NordicText.office(xlsx)));
      shown.add(out(run(0, "export", "--format", "docx", "--lang", lang, "--today", TODAY, "--out", docs.toString(), "--plan", PLAN, "--signoffs",
          SIGNOFFS, "--risks", RISKS, PROFILE, REGISTER)));
      try (Stream<Path> files = Files.list(docs)) {
        for (Path f : files.sorted().toList()) {
          shown.add(new Shown(f.getFileName().toString(), NordicText.office(f)));
        }
      }
      return shown;
    });
    return s;
  }

  static List<Shown> sealAndOpen(String lang, Path dir) throws Exception {
    boolean present = Files.isExecutable(Path.of("/usr/bin/openssl")) || Files.isExecutable(Path.of("/usr/local/bin/openssl"));
    if (System.getenv("CI") == null) {
      assumeTrue(present, "openssl not installed");
    }
    Files.writeString(dir.resolve("ee.cnf"), "[ee]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation,keyAgreement\n"
        + "extendedKeyUsage=emailProtection\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30",
        "-subj", "/CN=Testutfärdare/O=Exempelkommun", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    for (String who : List.of("mottagare", "avsandare")) {
      openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", who + ".key", "-out", who + ".csr",
          "-subj", "/CN=" + who + "/O=Exempelkommun");
      openssl(dir, "x509", "-req", "-in", who + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", who + ".pem", "-days", "30",
          "-extfile", "ee.cnf", "-extensions", "ee");
    }
    Path letter = dir.resolve("beslut.txt");
    Files.writeString(letter, "Beslut om hemtjänst.");
    Function<String, String> f = name -> dir.resolve(name).toString();
    List<Shown> shown = new ArrayList<>();
    shown.add(out(run(0, "seal", "--lang", lang, "--to", f.apply("mottagare.pem"), "--trust", f.apply("ca.pem"), "--sign-cert", f.apply("avsandare.pem"),
        "--sign-key", f.apply("avsandare.key"), "--out", f.apply("beslut.p7m"), letter.toString())));
    shown.add(out(run(0, "seal", "--lang", lang, "--pem", "--to", f.apply("mottagare.pem"), "--trust", f.apply("ca.pem"), "--out", f.apply("osignerat.pem"),
        letter.toString())));
    shown.add(out(run(0, "open", "--lang", lang, "--cert", f.apply("mottagare.pem"), "--key", f.apply("mottagare.key"), "--trust", f.apply("ca.pem"),
        "--out", f.apply("oppnat.txt"), f.apply("beslut.p7m"))));
    shown.add(out(run(0, "open", "--lang", lang, "--cert", f.apply("mottagare.pem"), "--key", f.apply("mottagare.key"), "--out", f.apply("oppnat2.txt"),
        f.apply("beslut.p7m"))));
    return shown;
  }

  static void openssl(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openssl timed out");
    assertEquals(0, p.exitValue(), "openssl " + cmd + ": " + out);
  }

  static List<Shown> pseudonymise(String lang, Path dir) throws Exception {
    Files.writeString(dir.resolve("policy.yaml"), """
        format: trygg-record-policy
        version: 1
        id: larmexport
        revision: 1
        unlisted: drop
        invalidValues: opaque
        domains:
          - {name: larmstatistik, purpose: Svarstider i trygghetslarmet, keyId: export, reidentifierRoles: [dataskyddsombud]}
        fields:
          - {field: personnummer, action: pseudonymise, technique: identity-hmac, domain: larmstatistik}
          - {field: fodd, action: generalise, to: year}
          - {field: svarstid, action: generalise, to: range, width: 10}
          - {field: larmtyp, action: keep}
          - {field: namn, action: drop}
          - {field: oanvand, action: drop}
        """);
    Path csv = dir.resolve("larm.csv");
    Files.writeString(csv, "personnummer,namn,fodd,larmtyp,svarstid\n" + pnr + ",Namn,1938-04-03,fall,12\nxyz,Namn,1950-01-01,fall,5\n");
    String keys = dir.resolve("nycklar.json").toString();
    return List.of(
        out(run(1, "pseudonymise", "--lang", lang, "--policy", dir.resolve("policy.yaml").toString(), "--keys", keys, "--new-keys", "--out",
            dir.resolve("ut.csv").toString(), csv.toString())),
        json(run(1, "pseudonymise", "--lang", lang, "--format", "json", "--policy", dir.resolve("policy.yaml").toString(), "--keys", keys, "--out",
            dir.resolve("ut2.csv").toString(), csv.toString())));
  }

  static List<Shown> dsr(String lang, Path dir) throws Exception {
    String journal = dir.resolve("dsr.journal").toString();
    String keys = dir.resolve("dsr-nycklar.json").toString();
    List<String> base = List.of("dsr", "--lang", lang, "--today", "2026-01-31", "--subject-category", "care-recipient", "--identifier",
        "se-personnummer=" + pnr, "--identifier", "device-id=NK-4471");
    Function<List<String>, String[]> args = extra -> {
      List<String> a = new ArrayList<>(base);
      a.addAll(extra);
      a.add(PROFILE);
      a.add(REGISTER);
      return a.toArray(String[]::new);
    };
    List<Shown> shown = new ArrayList<>();
    shown.add(out(run(0, args.apply(List.of("--right", "access")))));
    shown.add(out(run(0, args.apply(List.of("--right", "access", "--right", "erasure", "--identity", "bankid-se", "--journal", journal, "--keys", keys,
        "--new-keys")))));
    shown.add(out(run(1, args.apply(List.of("--right", "access", "--journal", journal, "--keys", keys)))));
    shown.add(out(run(1, args.apply(List.of("--right", "access", "--identity", "email-code:low")))));
    shown.add(out(run(0, args.apply(List.of("--right", "rectification", "--right", "restriction", "--right", "portability", "--right", "objection",
        "--right", "automated-decision-review", "--right", "consent-withdrawal", "--requester", "guardian:vardnadshavare-1", "--evidence",
        "population-register:Navet-2026-01-30", "--identity", "bankid-se")))));
    shown.add(json(run(0, args.apply(List.of("--right", "erasure", "--format", "json", "--identity", "bankid-se")))));
    for (Shown s : shown) {
      assertTrue(!s.text().contains(pnr) && !s.text().contains(pnr.substring(2)), "the identity number is never shown");
    }
    return shown;
  }

  /** Runs the tool, failing unless it ends as expected. */
  static CliRun run(int exit, String... args) {
    CliRun r = CliRun.of(args);
    assertEquals(exit, r.exitCode(), () -> String.join(" ", args) + "\n" + r);
    return r;
  }

  /** Runs check-message, failing unless it decides (allowed or denied). */
  static CliRun decide(String... args) {
    CliRun r = CliRun.of(args);
    assertTrue(r.exitCode() == Trygg.OK || r.exitCode() == Trygg.FINDINGS, () -> String.join(" ", args) + "\n" + r);
    return r;
  }

  static Shown out(CliRun r) {
    return new Shown("output", r.out() + r.err());
  }

  static Shown json(CliRun r) {
    return new Shown("JSON texts", NordicText.jsonProse(r.out()) + r.err());
  }

  static Shown drawing(CliRun r) {
    return new Shown("drawing", NordicText.drawing(r.out()) + r.err());
  }

}
