package io.github.trygg.examples.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.dpia.DpiaLists;
import io.github.trygg.core.dpia.WelfareTemplates;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.propagation.PropagationRules;
import io.github.trygg.core.questionnaire.Questionnaires;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.dsr.consent.ConsentRules;
import io.github.trygg.dsr.deadline.WorkingDayCalendar;
import io.github.trygg.dsr.routing.LegalGrounds;
import io.github.trygg.examples.cli.Trygg;
import io.github.trygg.examples.hostile.HostileDocuments.Doc;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite: inputs generated now from a seed — nesting, size, numbers, YAML aliases,
 * duplicate keys, wrong types, bad UTF-8, NUL bytes, cut-off and bit-flipped documents, torn and
 * garbled journals, identity numbers planted in values and names — fed to every core and DSR reader
 * and to every command of the tool but {@code seal}, {@code open} and {@code pseudonymise}, in a JVM
 * with a 256 MB heap and a time limit per input.
 *
 * <p>Each input must end cleanly: read, or refused with Trygg's own exception (the tool: exit code
 * 0, 1 or 2, plain words, no stack trace); never another exception, an exit code 3, an out-of-memory
 * error or a timeout; and nothing planted, nor anything shaped like an identity number, in what an
 * error shows. (A command that succeeds may print the user's own data on its standard output.) The
 * tally is printed. Replay with {@code -Dtrygg.seed=<seed>}.
 */
class HostileInputSuiteTest {
  static final String HEAP = "-Xmx256m";
  /** Far above what any input takes; only a hang or work that grows faster than the input passes it. */
  static final long CASE_LIMIT_SECONDS = 60;
  static final Path SAMPLE = Path.of("registers/exempelkommun");

  @TempDir Path dir;

  record Target(String name, String yamlBase, boolean jsonToo) {}

  static String resource(Class<?> anchor, String name) throws Exception {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Target> targets() throws Exception {
    return List.of(
        new Target("register", Files.readString(SAMPLE.resolve("register.yaml")), true),
        new Target("product-profile", Files.readString(SAMPLE.resolve("product-larmkraft.yaml")), true),
        new Target("classification-profile", resource(ClassificationProfiles.class, "klassa-se.yaml"), true),
        new Target("questionnaire", resource(Questionnaires.class, "classification.yaml"), true),
        new Target("requirement-catalogue", resource(RequirementCatalogues.class, "baseline.yaml"), true),
        new Target("requirement-assessments", Files.readString(SAMPLE.resolve("requirement-assessments.yaml")), true),
        new Target("risk-matrix", resource(RiskMatrices.class, "iso27005-5x5.yaml"), true),
        new Target("risk-register", Files.readString(SAMPLE.resolve("risks.yaml")), true),
        new Target("dpia-lists", resource(DpiaLists.class, "dpia-lists.yaml"), true),
        new Target("welfare-templates", resource(WelfareTemplates.class, "welfare-templates.yaml"), true),
        new Target("message-rules", resource(SecureMessageRules.class, "secure-messaging-se-no.yaml"), true),
        new Target("content-terms", resource(SensitiveContentDetector.class, "content-terms.yaml"), true),
        new Target("propagation-rules", resource(PropagationRules.class, "propagation-rules.yaml"), true),
        new Target("legal-grounds", resource(LegalGrounds.class, "legal-grounds.yaml"), true),
        new Target("calendar", resource(WorkingDayCalendar.class, "sweden.yaml"), true),
        new Target("consent-rules", resource(ConsentRules.class, "age-rules.yaml"), true),
        new Target("webhook", """
            format: trygg-dsr-task/1
            task:
              id: t-1
              requestId: r-1
              systemId: journal
              right: access
              kind: fulfil
            answerBy: "2026-04-02"
            subject:
              identifiers:
                - type: device-id
                  value: NK-4471
            """, true));
  }

  @Test
  void everyHostileInputEndsCleanly() throws Exception {
    long seed = seed();
    HostileDocuments docs = new HostileDocuments(Files.createDirectories(dir.resolve("docs")), seed);
    List<HostileCase> cases = new ArrayList<>();

    // Every reader: the structural documents in both formats, and its own document broken.
    Map<String, List<Doc>> structural = new LinkedHashMap<>();
    for (String ext : List.of("yaml", "json")) {
      structural.put(ext, docs.structural(ext));
    }
    List<Doc> brokenRegisters = new ArrayList<>();
    // A large document fails in the parser shared by every reader, before any reader sees it: each
    // goes to the register reader and to two others drawn by the seed, not to all of them.
    SplittableRandom draw = new SplittableRandom(seed ^ 0x5eed);
    List<String> names = targets().stream().map(Target::name).filter(x -> !x.equals("register")).toList();
    Map<Doc, List<String>> largeTo = new LinkedHashMap<>();
    structural.values().forEach(list -> list.stream().filter(HostileInputSuiteTest::large)
        .forEach(d -> largeTo.put(d, List.of("register", names.get(draw.nextInt(names.size())), names.get(draw.nextInt(names.size()))))));
    for (Target t : targets()) {
      for (String ext : List.of("yaml", "json")) {
        if (t.name().equals("webhook") && ext.equals("yaml")) {
          continue; // a webhook body is JSON
        }
        List<Doc> own = docs.mutations(t.yamlBase(), ext);
        if (t.name().equals("register")) {
          brokenRegisters.addAll(own);
        }
        for (Doc d : concat(structural.get(ext), own)) {
          if (largeTo.containsKey(d) && !largeTo.get(d).contains(t.name())) {
            continue;
          }
          String target = t.name().equals("webhook") ? "webhook" : t.name();
          cases.add(new HostileCase(target, t.name() + ": " + d.label() + " (" + ext + ")", List.of(d.file().toString()), d.secrets()));
        }
      }
    }

    addCommandCases(cases, docs, structural, brokenRegisters, new SplittableRandom(seed));
    addJournalCases(cases, docs);

    Path manifest = dir.resolve("cases.jsonl");
    HostileCase.writeAll(manifest, cases);
    Map<Integer, String> outcomes = new TreeMap<>();
    Map<Integer, Long> millis = new TreeMap<>();
    long t0 = System.nanoTime();
    runAll(manifest, cases.size(), outcomes, millis);
    long took = (System.nanoTime() - t0) / 1_000_000;

    Map<String, Long> tally = outcomes.values().stream()
        .collect(Collectors.groupingBy(o -> o.contains(":") ? o.substring(0, o.indexOf(':')) : o, TreeMap::new, Collectors.counting()));
    int slowest = millis.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    String summary = String.format(
        "hostile inputs (seed %d, %s): %d tried — %d clean errors, %d read or run as valid, %d unclean, %d leaking, %d timeouts, %d out of memory, "
            + "%d stack overflows, %d could-not-finish, %d crashed; %.1f s in all, slowest %d ms (%s)",
        seed, HEAP, cases.size(), tally.getOrDefault("clean", 0L), tally.getOrDefault("accepted", 0L), tally.getOrDefault("unclean", 0L),
        tally.getOrDefault("leak", 0L), tally.getOrDefault("timeout", 0L), tally.getOrDefault("oom", 0L), tally.getOrDefault("stack-overflow", 0L),
        tally.getOrDefault("could-not-finish", 0L), tally.getOrDefault("crash", 0L), took / 1000.0, millis.getOrDefault(slowest, 0L),
        cases.isEmpty() ? "" : cases.get(slowest).label());
    System.out.println(summary);
    Files.writeString(Path.of("target", "hostile-inputs.txt"), summary + "\n");
    List<String> csv = new ArrayList<>(List.of("outcome\tms\ttarget\tinput"));
    outcomes.forEach((i, o) -> csv.add(o + "\t" + millis.getOrDefault(i, -1L) + "\t" + cases.get(i).target() + "\t" + cases.get(i).label()));
    Files.write(Path.of("target", "hostile-inputs.tsv"), csv, StandardCharsets.UTF_8);

    StringBuilder bad = new StringBuilder();
    outcomes.forEach((i, o) -> {
      if (!o.equals("clean") && !o.equals("accepted")) {
        bad.append("\n  ").append(o).append(": ").append(cases.get(i).target()).append(" — ").append(cases.get(i).label());
      }
    });
    assertEquals(cases.size(), outcomes.size(), "every input has an outcome");
    assertTrue(bad.length() == 0, summary + bad);
    assertTrue(tally.getOrDefault("clean", 0L) > cases.size() / 2, "most hostile inputs are refused: " + summary);
  }

  static boolean large(Doc d) {
    try {
      return Files.size(d.file()) > (1 << 20);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Doc> concat(List<Doc> a, List<Doc> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  // ---- the commands ---------------------------------------------------------------------------

  private void addCommandCases(List<HostileCase> cases, HostileDocuments docs, Map<String, List<Doc>> structural, List<Doc> brokenRegisters,
      SplittableRandom random) throws Exception {
    String profile = SAMPLE.resolve("product-larmkraft.yaml").toString();
    String register = SAMPLE.resolve("register.yaml").toString();
    List<Doc> everyRegister = new ArrayList<>();
    structural.values().forEach(everyRegister::addAll);
    everyRegister.addAll(brokenRegisters);
    List<Doc> small = everyRegister.stream().filter(d -> !large(d)).toList();
    List<Doc> big = everyRegister.stream().filter(HostileInputSuiteTest::large).toList();
    // validate reads whatever it is given: every small document and three large ones (the readers had them all).
    List<Doc> forValidate = new ArrayList<>(small);
    for (int i = 0; i < 3 && !big.isEmpty(); i++) {
      forValidate.add(big.get(random.nextInt(big.size())));
    }
    for (Doc d : forValidate) {
      cases.add(cli("validate: " + d.label(), d.secrets(), "validate", "--today", "2026-06-01", d.file().toString()));
    }
    // Each other command: a sample of them as the second register file, after the valid profile.
    List<List<String>> commands = List.of(
        List.of("classify"), List.of("propagate"), List.of("screen"), List.of("records"),
        List.of("report", "--out", dir.resolve("report.html").toString()),
        List.of("dsr", "--right", "access", "--subject-category", "care-recipient", "--identifier", "device-id=NK-1"));
    for (List<String> command : commands) {
      for (int i = 0; i < (command.get(0).equals("report") ? 3 : 6); i++) {
        Doc d = small.get(random.nextInt(small.size()));
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--today", "2026-06-01", profile, d.file().toString()));
        cases.add(cli(command.get(0) + ": " + d.label(), d.secrets(), args.toArray(String[]::new)));
      }
    }
    // The data files the commands take beside the register.
    Map<String, String> dataOptions = Map.of("--risks", "risk-register", "--matrix", "risk-matrix", "--assessments", "requirement-assessments");
    for (Map.Entry<String, String> option : dataOptions.entrySet()) {
      Target t = targets().stream().filter(x -> x.name().equals(option.getValue())).findFirst().orElseThrow();
      List<Doc> own = docs.mutations(t.yamlBase(), "yaml");
      for (String command : List.of("classify", "screen", "report")) {
        for (int i = 0; i < (command.equals("report") ? 1 : 3); i++) {
          List<Doc> smallYaml = structural.get("yaml").stream().filter(x -> !large(x)).toList();
          Doc d = random.nextBoolean() ? own.get(random.nextInt(own.size())) : smallYaml.get(random.nextInt(smallYaml.size()));
          List<String> args = new ArrayList<>(List.of(command, "--today", "2026-06-01", option.getKey(), d.file().toString()));
          if (command.equals("report")) {
            args.addAll(List.of("--out", dir.resolve("report.html").toString()));
          }
          args.addAll(List.of(profile, register));
          cases.add(cli(command + " " + option.getKey() + ": " + d.label(), d.secrets(), args.toArray(String[]::new)));
        }
      }
    }
    for (int i = 0; i < 4; i++) {
      Doc d = small.get(random.nextInt(small.size()));
      cases.add(cli("records --controller: " + d.label(), d.secrets(), "records", "--kind", "processor", "--processor", "larmkraft", "--controller",
          d.file().toString(), profile));
    }
    // Message texts to scan.
    List<String> planted = new ArrayList<>();
    String numbers = "Hej, ditt nummer " + docs.identityNumber(planted) + " och " + docs.identityNumber(planted) + " är registrerade.";
    Map<String, byte[]> texts = new LinkedHashMap<>();
    texts.put("identity numbers", numbers.getBytes(StandardCharsets.UTF_8));
    texts.put("bad UTF-8", new byte[] {'H', 'e', (byte) 0xC3, (byte) 0x28, 'j', (byte) 0xFF});
    texts.put("NUL bytes", "a\u0000b\u0000".getBytes(StandardCharsets.UTF_8));
    texts.put("random bytes", docs.randomKeyBytes());
    texts.put("an empty text", new byte[0]);
    for (Map.Entry<String, byte[]> text : texts.entrySet()) {
      Path file = dir.resolve("text-" + texts.size() + "-" + text.getKey().replace(' ', '-') + ".txt");
      Files.write(file, text.getValue());
      cases.add(cli("check-message --text: " + text.getKey(), text.getKey().equals("identity numbers") ? planted : List.of(),
          "check-message", "--jurisdiction", "sweden", "--channel", "email", "--text", file.toString()));
    }
    Path large = dir.resolve("text-large.txt");
    try (var out = Files.newBufferedWriter(large)) {
      for (int i = 0; i < 400_000; i++) {
        out.write("En lång text om vård och omsorg. ");
      }
    }
    cases.add(cli("check-message --text: 13 MB", List.of(), "check-message", "--jurisdiction", "sweden", "--channel", "email", "--text", large.toString()));
    // Arguments that are themselves identity numbers, or broken.
    for (String[] command : new String[][] {{"validate"}, {"classify", "--system"}, {"propagate", "--system"}, {"screen", "--system"},
        {"records", "--vendor"}, {"report", "--processor"}, {"dsr", "--right"}, {"check-message", "--jurisdiction"}}) {
      List<String> secret = new ArrayList<>();
      String n = docs.identityNumber(secret);
      List<String> args = new ArrayList<>(List.of(command));
      args.add(n);
      if (command[0].equals("check-message")) {
        args.addAll(List.of("--channel", "email"));
      } else if (command[0].equals("dsr")) {
        args.addAll(List.of("--subject-category", "care-recipient", "--identifier", "se-personnummer=" + n, profile, register));
      } else if (!command[0].equals("validate")) {
        args.addAll(List.of(profile, register));
      }
      cases.add(cli(String.join(" ", command) + " with an identity number as argument", secret, args.toArray(String[]::new)));
      cases.add(cli(command[0] + " with an identity number as an option", secret, command[0], "--" + n, register));
      cases.add(cli(command[0] + " with an identity number as --today", secret, command[0], "--today", n, register));
    }
    cases.add(cli("dsr with a NUL and a huge identifier", List.of(), "dsr", "--right", "access", "--subject-category", "care-recipient",
        "--identifier", "device-id=a\u0000b", "--identifier", "device-id=" + "x".repeat(200_000), "--today", "2026-06-01", profile, register));
  }

  private static HostileCase cli(String label, List<String> secrets, String... args) {
    return new HostileCase("cli", label, List.of(args), secrets);
  }

  // ---- journals -------------------------------------------------------------------------------

  /** A journal the tool wrote, then torn, garbled and truncated; opened by the store and by the tool. */
  private void addJournalCases(List<HostileCase> cases, HostileDocuments docs) throws Exception {
    Path keys = Files.createDirectories(dir.resolve("keys"));
    // One key file, as `trygg dsr --new-keys` makes it: the subject pseudonyms' key and the identifiers' key.
    Path keyFile = keys.resolve("dsr-keys.json");
    KeyFileProvider.create(keyFile, "dsr-subjects");
    KeyFileProvider.rotate(keyFile, "dsr-identifiers");
    List<String> secrets = new ArrayList<>();
    String pnr = docs.identityNumber(secrets);
    java.util.regex.Matcher material = java.util.regex.Pattern.compile("\"material\"\\s*:\\s*\"([A-Za-z0-9_-]+)\"").matcher(Files.readString(keyFile));
    while (material.find()) {
      secrets.add(material.group(1));
      secrets.add(HexFormat.of().formatHex(java.util.Base64.getUrlDecoder().decode(material.group(1))));
    }
    assertEquals(4, secrets.size() - 1, "both keys' material is watched for");
    Path journal = dir.resolve("journal.base");
    String profile = SAMPLE.resolve("product-larmkraft.yaml").toString();
    String register = SAMPLE.resolve("register.yaml").toString();
    for (String right : List.of("access", "erasure", "rectification")) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Trygg.execute(new PrintWriter(out), new PrintWriter(err), "dsr", "--today", "2026-06-01", "--right", right, "--subject-category",
          "care-recipient", "--identifier", "se-personnummer=" + pnr, "--identity", "bankid-se", "--journal", journal.toString(), "--keys",
          keyFile.toString(), profile, register);
      assertTrue(code == 0 || code == 1, "the base journal is written: " + err);
    }
    byte[] base = Files.readAllBytes(journal);
    SplittableRandom random = docs.random();
    Map<String, byte[]> variants = new LinkedHashMap<>();
    variants.put("intact", base);
    for (int i = 0; i < 6; i++) {
      int at = 8 + random.nextInt(base.length - 8);
      variants.put("torn at byte " + at, java.util.Arrays.copyOf(base, at));
    }
    for (int i = 0; i < 6; i++) {
      byte[] g = base.clone();
      int at = random.nextInt(g.length);
      g[at] ^= (byte) (1 + random.nextInt(255));
      variants.put("byte " + at + " garbled", g);
    }
    byte[] zeroed = base.clone();
    java.util.Arrays.fill(zeroed, 8, Math.min(zeroed.length, 200), (byte) 0);
    variants.put("a zeroed block after the header", zeroed);
    byte[] huge = base.clone();
    java.nio.ByteBuffer.wrap(huge).putInt(8, Integer.MAX_VALUE);
    variants.put("a first record claiming 2 GB", huge);
    byte[] magic = base.clone();
    magic[0] = 'X';
    variants.put("a foreign magic", magic);
    byte[] appended = java.util.Arrays.copyOf(base, base.length + 4096);
    for (int i = base.length; i < appended.length; i++) {
      appended[i] = (byte) random.nextInt(256);
    }
    variants.put("random bytes after the last record", appended);
    variants.put("empty", new byte[0]);
    variants.put("the header only", java.util.Arrays.copyOf(base, 8));
    variants.put("a text file", "not a journal\n".getBytes(StandardCharsets.US_ASCII));
    int n = 0;
    for (Map.Entry<String, byte[]> v : variants.entrySet()) {
      Path forStore = dir.resolve("journal-" + n + ".store");
      Path forTool = dir.resolve("journal-" + n + ".tool");
      n++;
      Files.write(forStore, v.getValue());
      Files.write(forTool, v.getValue());
      cases.add(new HostileCase("journal", "journal: " + v.getKey(), List.of(forStore.toString(), keyFile.toString()), secrets));
      cases.add(cli("dsr --journal: " + v.getKey(), secrets, "dsr", "--today", "2026-06-01", "--right", "access", "--subject-category", "care-recipient",
          "--identifier", "se-personnummer=" + pnr, "--journal", forTool.toString(), "--keys", keyFile.toString(), profile, register));
    }
    // Keys that are not keys, or not these keys.
    Path shortKey = keys.resolve("short.key");
    Files.write(shortKey, new byte[7]);
    Path otherKeys = keys.resolve("other-keys.json");
    KeyFileProvider.create(otherKeys, "dsr-identifiers");
    Path copy = dir.resolve("journal-keys.tool");
    Files.write(copy, base);
    for (String[] k : new String[][] {{"--keys", shortKey.toString()}, {"--keys", keys.toString()},
        {"--keys", keys.resolve("absent.key").toString()}, {"--keys", otherKeys.toString()}}) {
      List<String> args = new ArrayList<>(List.of("dsr", "--today", "2026-06-01", "--right", "access", "--subject-category", "care-recipient",
          "--identifier", "se-personnummer=" + pnr, "--journal", copy.toString(), "--keys", keyFile.toString()));
      int at = args.indexOf(k[0]);
      args.set(at + 1, k[1]);
      args.addAll(List.of(profile, register));
      cases.add(cli("dsr " + k[0] + " " + Path.of(k[1]).getFileName(), secrets, args.toArray(String[]::new)));
    }
  }

  // ---- the child JVM --------------------------------------------------------------------------

  /** Runs every case in JVMs with a small heap, a fresh one after a timeout, a crash or an out-of-memory error. */
  private void runAll(Path manifest, int total, Map<Integer, String> outcomes, Map<Integer, Long> millis) throws Exception {
    String classpath = Stream.of(
            Path.of(HostileRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
            Path.of(Trygg.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
            System.getProperty("java.class.path", ""))
        .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
        .filter(p -> !p.isBlank())
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
    int next = 0;
    while (next < total) {
      Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+UseSerialGC",
          "-cp", classpath, HostileRunner.class.getName(), manifest.toString(), Integer.toString(next)))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread pump = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            lines.add(line);
          }
        } catch (Exception ignored) {
          // the child is gone
        } finally {
          lines.add("EOF");
        }
      });
      pump.setDaemon(true);
      pump.start();
      int current = -1;
      while (true) {
        String line = lines.poll(current >= 0 ? CASE_LIMIT_SECONDS : 120, TimeUnit.SECONDS);
        if (line == null) {
          child.destroyForcibly().waitFor();
          if (current >= 0) {
            outcomes.put(current, "timeout");
            millis.put(current, CASE_LIMIT_SECONDS * 1000);
            next = current + 1;
          } else {
            throw new AssertionError("the hostile-input runner did not start");
          }
          break;
        }
        if (line.equals("EOF")) {
          child.waitFor();
          if (current >= 0) {
            outcomes.put(current, "crash");
            next = current + 1;
          } else if (next < total && !outcomes.containsKey(next)) {
            // Exited between cases (after an out-of-memory error): carry on with the next.
            next = outcomes.isEmpty() ? next : outcomes.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
          }
          break;
        }
        String[] parts = line.split(" ");
        if (parts[0].equals("START")) {
          current = Integer.parseInt(parts[1]);
        } else if (parts[0].equals("END")) {
          int i = Integer.parseInt(parts[1]);
          outcomes.put(i, parts[2]);
          millis.put(i, Long.parseLong(parts[3]));
          current = -1;
          next = i + 1;
        }
      }
    }
  }

  static long seed() {
    String given = System.getProperty("trygg.seed", "");
    return given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
  }
}
