package io.github.trygg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.trygg.core.identity.IdentityNumbers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trygg seal}, {@code open} and {@code pseudonymise} given hostile files made here: cut and
 * altered messages, garbage, foreign keys, key files with material in the wrong place, CSV and JSON
 * bombs. Each run must end with a documented exit code (1 findings, 2 bad input) and one plain line
 * of error — no stack trace — that shows no key, content or identity number, and must write no
 * output file when it fails.
 */
class CryptoCommandsHostileTest {
  @TempDir static Path pki;
  @TempDir Path tmp;
  static final String CONTENT = "Beslut-hemligt-4711 för 19121212-1212";
  static final Pattern IDENTITY = Pattern.compile("(?<![0-9])(([0-9]{6}|[0-9]{8})[-+]?[0-9]{4}|[0-9]{11})(?![0-9])");

  @BeforeAll
  static void makePki() throws Exception {
    boolean present = Files.isExecutable(Path.of("/usr/bin/openssl")) || Files.isExecutable(Path.of("/usr/local/bin/openssl"));
    if (System.getenv("CI") == null) {
      assumeTrue(present, "openssl not installed");
    }
    Files.writeString(pki.resolve("ee.cnf"), "[ee]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation,keyAgreement\n");
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30",
        "-subj", "/CN=Hostile CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    for (String who : List.of("me", "sender", "other")) {
      openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", who + ".key", "-out", who + ".csr", "-subj", "/CN=" + who);
      openssl("x509", "-req", "-in", who + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", who + ".pem", "-days", "30",
          "-extfile", "ee.cnf", "-extensions", "ee");
    }
  }

  static void openssl(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(pki.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
  }

  static String f(String name) {
    return pki.resolve(name).toString();
  }

  /** The secrets a run must never print: private keys, key-file material, the content. */
  List<String> secrets = new ArrayList<>();
  int runs;

  void secretFile(String name) throws Exception {
    String pem = Files.readString(pki.resolve(name));
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    for (int i = 0; i + 16 <= body.length(); i += 8) {
      secrets.add(body.substring(i, i + 16));
    }
  }

  void expectClean(CliRun run, Path output, String what) {
    runs++;
    assertTrue(run.exitCode() == Trygg.FINDINGS || run.exitCode() == Trygg.BAD_INPUT || run.exitCode() == Trygg.OK, () -> what + ": " + run);
    String all = run.out() + run.err();
    assertTrue(!all.contains("\tat ") && !all.contains("Exception"), () -> what + " printed a stack trace or exception name: " + run);
    assertTrue(!all.contains("Beslut-hemligt"), () -> what + " printed the content: " + run);
    for (String s : secrets) {
      assertTrue(!all.contains(s), () -> what + " printed key material: " + run);
    }
    Matcher m = IDENTITY.matcher(all);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      assertTrue(!IdentityNumbers.isValid(all, start, end, LocalDate.now()), () -> what + " printed an identity number: " + run);
    }
    if (run.exitCode() != Trygg.OK && output != null) {
      assertTrue(!Files.exists(output), () -> what + " left an output file after failing: " + run);
    }
  }

  @Test
  void sealAndOpenMeetHostileFilesCleanly() throws Exception {
    secretFile("me.key");
    secretFile("sender.key");
    Path letter = tmp.resolve("letter.txt");
    Files.writeString(letter, CONTENT);
    Path sealed = tmp.resolve("letter.p7m");
    CliRun seal = CliRun.of("seal", "--to", f("me.pem"), "--trust", f("ca.pem"), "--sign-cert", f("sender.pem"), "--sign-key", f("sender.key"),
        "--out", sealed.toString(), letter.toString());
    assertEquals(0, seal.exitCode(), seal.toString());
    byte[] message = Files.readAllBytes(sealed);
    SplittableRandom random = new SplittableRandom(message.length);
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    for (int cut = 0; cut < message.length; cut += Math.max(1, message.length / 40)) {
      inputs.put("cut at " + cut, Arrays.copyOf(message, cut));
    }
    for (int i = 0; i < 60; i++) {
      byte[] changed = message.clone();
      int at = random.nextInt(changed.length);
      changed[at] ^= (byte) (1 << random.nextInt(8));
      inputs.put("bit " + at, changed);
    }
    for (int i = 0; i < 10; i++) {
      byte[] garbage = new byte[random.nextInt(100_000)];
      random.nextBytes(garbage);
      inputs.put("garbage " + i, garbage);
    }
    inputs.put("pem without a body", "-----BEGIN CMS-----\n-----END CMS-----\n".getBytes(StandardCharsets.US_ASCII));
    inputs.put("pem of garbage", ("-----BEGIN CMS-----\n" + "!!!!".repeat(100) + "\n-----END CMS-----\n").getBytes(StandardCharsets.US_ASCII));
    inputs.put("pem of another kind", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".getBytes(StandardCharsets.US_ASCII));
    inputs.put("deep nesting", new String(new char[100_000]).replace("\0", "0\u0080").getBytes(StandardCharsets.ISO_8859_1));
    for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
      Path in = tmp.resolve("in.p7m");
      Files.write(in, e.getValue());
      Path out = tmp.resolve("out.txt");
      expectClean(CliRun.of("open", "--cert", f("me.pem"), "--key", f("me.key"), "--trust", f("ca.pem"), "--out", out.toString(), in.toString()), out, "open " + e.getKey());
      expectClean(CliRun.of("open", "--cert", f("me.pem"), "--key", f("me.key"), "--out", out.toString(), in.toString()), out, "open untrusted " + e.getKey());
      Files.deleteIfExists(out);
    }
    Path out = tmp.resolve("out.txt");
    expectClean(CliRun.of("open", "--cert", f("other.pem"), "--key", f("other.key"), "--out", out.toString(), sealed.toString()), out, "open as a stranger");
    expectClean(CliRun.of("open", "--cert", f("me.pem"), "--key", f("other.key"), "--out", out.toString(), sealed.toString()), out, "open with another key");
    expectClean(CliRun.of("open", "--cert", f("me.key"), "--key", f("me.pem"), "--out", out.toString(), sealed.toString()), out, "key and certificate swapped");
    expectClean(CliRun.of("seal", "--to", f("me.key"), "--trust", f("ca.pem"), "--out", out.toString(), letter.toString()), out, "seal to a key file");
    expectClean(CliRun.of("seal", "--to", f("me.pem"), "--trust", f("ca.pem"), "--sign-cert", f("sender.pem"), "--sign-key", f("me.key"),
        "--out", out.toString(), letter.toString()), out, "sign with a key not the certificate's");
    expectClean(CliRun.of("seal", "--to", f("me.pem"), "--trust", f("ca.pem"), "--out", out.toString(), tmp.resolve("missing").toString()), out, "seal a missing file");
    assertTrue(runs > 200, String.valueOf(runs));
  }

  @Test
  void pseudonymiseMeetsHostileFilesCleanly() throws Exception {
    String policy = "format: trygg-record-policy\nversion: 1\nid: p\nunlisted: drop\ndomains:\n"
        + "  - {name: d, purpose: statistik, keyId: export}\nfields:\n"
        + "  - {field: personnummer, action: pseudonymise, technique: identity-hmac, domain: d}\n"
        + "  - {field: svarstid, action: generalise, to: range, width: 10}\n";
    Path policyFile = tmp.resolve("p.policy.yaml");
    Files.writeString(policyFile, policy);
    byte[] material = new byte[32];
    new SplittableRandom(32).nextBytes(material);
    String m = Base64.getUrlEncoder().withoutPadding().encodeToString(material);
    secrets.add(m.substring(0, 16));
    secrets.add(m.substring(16, 32));
    Map<String, String> keyFiles = new LinkedHashMap<>();
    keyFiles.put("good", "{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[{\"id\":\"export\",\"version\":1,\"status\":\"primary\",\"material\":\"" + m + "\"}]}");
    keyFiles.put("material as created", "{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[{\"id\":\"export\",\"version\":1,\"status\":\"primary\",\"created\":\"" + m
        + "\",\"material\":\"" + m + "\"}]}");
    keyFiles.put("material as status", "{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[{\"id\":\"export\",\"version\":1,\"status\":\"" + m + "\"}]}");
    keyFiles.put("material as a name", "{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[{\"" + m + "\":1}]}");
    keyFiles.put("deep", "[".repeat(100_000));
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("good.csv", "personnummer,svarstid\n19121212-1212,37\n");
    inputs.put("exponent.csv", "personnummer,svarstid\n19121212-1212,1e10000000\n");
    inputs.put("invalid.csv", "personnummer,svarstid\n19121212-1213,37\n");
    inputs.put("duplicate.csv", "19121212-1212,19121212-1212\n");
    inputs.put("quote.csv", "personnummer,svarstid\n\"19121212-1212,37\n");
    inputs.put("wide.csv", "a,".repeat(10_000) + "a\n");
    inputs.put("deep.json", "[".repeat(200_000));
    inputs.put("names.json", "{\"19121212-1212\": {\"personnummer\": 7}}");
    inputs.put("exponent.json", "[{\"personnummer\": \"19121212-1212\", \"svarstid\": 1e999999999}]");
    inputs.put("garbage.json", "{\"personnummer\": \"19121212-1212\"} ]]] {{{");
    inputs.put("nul.csv", "personnummer,svarstid\n19121212\u00001212,3\u00007\n");
    for (Map.Entry<String, String> k : keyFiles.entrySet()) {
      Path keys = tmp.resolve("keys.json");
      Files.writeString(keys, k.getValue());
      for (Map.Entry<String, String> i : inputs.entrySet()) {
        Path in = tmp.resolve(i.getKey());
        Files.writeString(in, i.getValue());
        Path out = tmp.resolve("out-" + i.getKey());
        expectClean(CliRun.of("pseudonymise", "--policy", policyFile.toString(), "--keys", keys.toString(), "--out", out.toString(), in.toString()),
            out, "pseudonymise " + i.getKey() + " with key file " + k.getKey());
        Files.deleteIfExists(out);
      }
    }
    Path bomb = tmp.resolve("bomb.policy.yaml");
    Files.writeString(bomb, "format: trygg-record-policy\nversion: 1\nid: p\nunlisted: 19121212-1212\n");
    expectClean(CliRun.of("pseudonymise", "--policy", bomb.toString(), "--keys", tmp.resolve("keys.json").toString(), "--out", tmp.resolve("o.csv").toString(),
        tmp.resolve("good.csv").toString()), tmp.resolve("o.csv"), "a policy with an identity number");
  }
}
