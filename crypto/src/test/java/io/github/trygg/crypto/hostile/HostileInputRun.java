package io.github.trygg.crypto.hostile;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.CryptoException;
import io.github.trygg.crypto.pseudonym.FileTokenVault;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.Technique;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.FieldAction;
import io.github.trygg.crypto.record.FieldRule;
import io.github.trygg.crypto.record.Generalisation;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.seal.CryptoPolicy;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.crypto.seal.TestPki;
import io.github.trygg.crypto.seal.TestPki.Ca;
import io.github.trygg.crypto.seal.TestPki.Issued;
import io.github.trygg.crypto.seal.TestPki.Type;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Feeds every crypto reader hostile input made here and now — truncated and bit-flipped CMS,
 * foreign keys, nesting and length bombs, garbled key files and vaults, CSV and JSON of every size
 * and shape, bad UTF-8, NUL bytes — and classifies each outcome. Clean means a typed error
 * ({@link CryptoException} or {@link InvalidInputException}) or a result, within the time limit,
 * and no key material, content or identity-number-shaped value in any message. Prints a tally and
 * every case that is not clean; exits 1 if there is one. Run by {@link HostileInputTest} in a JVM
 * with a small heap.
 */
public final class HostileInputRun {
  /** Wall time one input may take, generous for a loaded machine; a case beyond it is a finding. */
  static final long LIMIT_MILLIS = 30_000;
  /** Shapes of Swedish and Norwegian identity numbers; a match counts only if it parses as one. */
  static final Pattern IDENTITY = Pattern.compile("(?<![0-9])(([0-9]{6}|[0-9]{8})[-+]?[0-9]{4}|[0-9]{11})(?![0-9])");
  static final String CONTENT_MARKER = "Innehåll-hemligt-4711";

  private final List<String> secrets = new ArrayList<>();
  private final Map<String, int[]> tally = new LinkedHashMap<>();
  private final List<String> findings = new ArrayList<>();
  private int tried;
  private int fileNumber;
  private final Path dir;

  HostileInputRun(Path dir) {
    this.dir = dir;
  }

  interface Case {
    void run() throws Exception;
  }

  void secret(byte[] key) {
    secrets.add(HexFormat.of().formatHex(key));
    String b64 = Base64.getEncoder().withoutPadding().encodeToString(key);
    String url = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    for (String s : List.of(b64, url)) {
      for (int i = 0; i + 16 <= s.length(); i += 8) {
        secrets.add(s.substring(i, i + 16));
      }
    }
  }

  /** Runs one input; the outcome goes into the tally of its group. */
  void run(String group, String name, Case c) {
    tried++;
    int[] counts = tally.computeIfAbsent(group, k -> new int[3]); // clean errors, results, findings
    long start = System.nanoTime();
    Throwable thrown = null;
    try {
      c.run();
    } catch (Throwable t) {
      thrown = t;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    String problem = null;
    if (thrown != null && !(thrown instanceof CryptoException) && !(thrown instanceof InvalidInputException)) {
      problem = "untyped " + thrown;
    } else if (thrown != null) {
      String leak = leak(thrown);
      if (leak != null) {
        problem = "message shows " + leak + ": " + thrown.getMessage();
      }
    }
    if (millis > LIMIT_MILLIS) {
      problem = (problem == null ? "" : problem + "; ") + "took " + millis + " ms";
    }
    if (problem != null) {
      counts[2]++;
      findings.add(group + " / " + name + ": " + problem);
    } else if (thrown != null) {
      counts[0]++;
    } else {
      counts[1]++;
      if (System.getProperty("trygg.hostile.results") != null) {
        System.out.println("RESULT " + group + " / " + name);
      }
    }
  }

  /** What a failure shows that it must not: key material, content, an identity number. */
  String leak(Throwable t) {
    List<String> texts = new ArrayList<>();
    for (Throwable x = t; x != null; x = x.getCause()) {
      texts.add(String.valueOf(x.getMessage()));
      texts.add(x.toString());
      if (x instanceof InvalidInputException invalid) {
        for (Problem p : invalid.problems()) {
          texts.add(p.toString());
        }
      }
    }
    for (String text : texts) {
      if (text.contains(CONTENT_MARKER)) {
        return "the content";
      }
      java.util.regex.Matcher m = IDENTITY.matcher(text);
      while (m.find()) {
        if (io.github.trygg.core.identity.IdentityNumbers.isValid(text, m.start(), m.end(), java.time.LocalDate.now())) {
          return "an identity number";
        }
      }
      for (String s : secrets) {
        if (text.contains(s)) {
          return "key material";
        }
      }
    }
    return null;
  }

  // ---- generators ---------------------------------------------------------------------------

  /** {@code head}, {@code unit} {@code times} over, {@code tail}: made as it is read, never held whole. */
  static InputStream repeated(String head, String unit, long times, String tail) {
    return repeated(head.getBytes(StandardCharsets.UTF_8), unit.getBytes(StandardCharsets.UTF_8), times, tail.getBytes(StandardCharsets.UTF_8));
  }

  static InputStream repeated(byte[] head, byte[] unit, long times, byte[] tail) {
    InputStream body = new InputStream() {
      long left = times * unit.length;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        long at = times * unit.length - left;
        for (int i = 0; i < n; i++) {
          b[off + i] = unit[(int) ((at + i) % unit.length)];
        }
        left -= n;
        return n;
      }
    };
    return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), body, new ByteArrayInputStream(tail))));
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  // ---- CMS ----------------------------------------------------------------------------------

  void cms(SplittableRandom random) throws Exception {
    Ca ca = new Ca("Trygg Hostile CA");
    Issued ec = ca.issue("hostile-ec", Type.EC_P256);
    Issued rsa = ca.issue("hostile-rsa", Type.RSA_3072);
    Issued x = ca.issue("hostile-x", Type.X25519);
    Issued stranger = ca.issue("hostile-stranger", Type.EC_P256);
    Issued signer = ca.issue("hostile-signer", Type.ED25519);
    for (Issued i : List.of(ec, rsa, x, stranger, signer)) {
      secret(i.key().getEncoded());
    }
    SecureEnvelopes standard = SecureEnvelopes.builder().addTrustAnchor(ca.certificate).build();
    SecureEnvelopes legacy = SecureEnvelopes.builder().addTrustAnchor(ca.certificate).policy(CryptoPolicy.legacyInterop()).build();
    SenderCredential sender = SenderCredential.of(signer.handle(), signer.certificate());
    byte[] content = bytes(CONTENT_MARKER + " 19121212-1212 " + "x".repeat(200));
    List<byte[]> messages = List.of(
        standard.seal(content, sender, List.of(ec.certificate(), rsa.certificate(), x.certificate())).encoded(),
        standard.sealUnsigned(content, List.of(rsa.certificate())).encoded(),
        streamed(standard, content, sender, List.of(ec.certificate())));
    List<Issued> openers = List.of(ec, rsa, x);
    for (int m = 0; m < messages.size(); m++) {
      byte[] message = messages.get(m);
      int mm = m;
      for (int cut : cuts(message.length, random)) {
        byte[] truncated = Arrays.copyOf(message, cut);
        Issued who = openers.get(random.nextInt(openers.size()));
        run("cms truncated", mm + "@" + cut, () -> standard.openAndVerify(truncated, who.recipient()));
        run("cms truncated", mm + "@" + cut + " stream", () -> standard.open(new ByteArrayInputStream(truncated), OutputStream.nullOutputStream(), who.recipient()));
      }
      for (int i = 0; i < 150; i++) {
        byte[] flipped = message.clone();
        int at = random.nextInt(flipped.length);
        flipped[at] ^= (byte) (1 << random.nextInt(8));
        Issued who = openers.get(random.nextInt(openers.size()));
        run("cms bit-flipped", mm + "@" + at, () -> standard.openAndVerify(flipped, who.recipient()));
        run("cms bit-flipped", mm + "@" + at + " legacy", () -> legacy.openAndVerify(flipped, who.recipient()));
      }
      run("cms wrong key", mm + " stranger", () -> standard.open(message, stranger.recipient()));
      run("cms wrong key", mm + " verify as signed", () -> standard.verify(message));
    }
    byte[] signedOnly = standard.sign(content, sender).encoded();
    run("cms wrong kind", "signed data opened", () -> standard.open(signedOnly, ec.recipient()));
    for (int i = 0; i < 30; i++) {
      byte[] garbage = new byte[random.nextInt(1 << (1 + random.nextInt(20)))];
      random.nextBytes(garbage);
      if (i % 3 == 0 && garbage.length > 2) {
        garbage[0] = 0x30;
        garbage[1] = (byte) 0x80;
      }
      run("cms garbage", "random " + garbage.length, () -> standard.open(garbage, ec.recipient()));
      run("cms garbage", "random verify " + garbage.length, () -> standard.verify(garbage));
    }
    byte[] deep = new byte[400_000];
    for (int i = 0; i < deep.length; i += 2) {
      deep[i] = 0x30;
      deep[i + 1] = (byte) 0x80;
    }
    run("cms nesting", "indefinite 200k deep", () -> standard.open(deep, ec.recipient()));
    run("cms nesting", "indefinite 200k deep, verify", () -> standard.verify(deep));
    byte[] header = Arrays.copyOf(messages.get(1), 40);
    byte[] nestedSet = nestedDefinite(100_000);
    run("cms nesting", "definite 100k deep recipient infos", () -> standard.open(concat(prefix(), nestedSet), ec.recipient()));
    run("cms lengths", "claimed 2 GiB", () -> standard.open(new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x06, 0x00}, ec.recipient()));
    run("cms lengths", "claimed 2^62", () -> standard.open(new byte[] {0x30, (byte) 0x88, 0x3f, -1, -1, -1, -1, -1, -1, -1}, ec.recipient()));
    run("cms lengths", "recipient infos of 8 MiB", () -> standard.open(new SequenceInputStream(
        new ByteArrayInputStream(prefix()), repeated(new byte[] {0x31, (byte) 0x83, (byte) 0x80, 0, 0}, new byte[] {0x04}, 8 << 20, new byte[0])),
        OutputStream.nullOutputStream(), ec.recipient()));
    run("cms lengths", "an endless octet string", () -> standard.open(new SequenceInputStream(new ByteArrayInputStream(header),
        repeated(new byte[0], new byte[] {0x24, (byte) 0x80}, 1 << 20, new byte[0])), OutputStream.nullOutputStream(), ec.recipient()));
    run("cms lengths", "many certificates", () -> standard.verify(manyCertificates(signedOnly)));
  }

  static byte[] streamed(SecureEnvelopes e, byte[] content, SenderCredential sender, List<java.security.cert.X509Certificate> to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    e.seal(new ByteArrayInputStream(content), out, sender, to);
    return out.toByteArray();
  }

  /** Every length up to 64, then forty more across the message. */
  static List<Integer> cuts(int length, SplittableRandom random) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 0; i < Math.min(64, length); i++) {
      cuts.add(i);
    }
    for (int i = 0; i < 40; i++) {
      cuts.add(64 + random.nextInt(Math.max(1, length - 64)));
    }
    cuts.add(length - 1);
    return cuts;
  }

  /** ContentInfo(authEnvelopedData) [0] SEQUENCE version, all indefinite: what comes next is the recipient infos. */
  static byte[] prefix() {
    return new byte[] {0x30, (byte) 0x80, 0x06, 0x0b, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x09, 0x10, 0x01, 0x17,
        (byte) 0xa0, (byte) 0x80, 0x30, (byte) 0x80, 0x02, 0x01, 0x00};
  }

  /** SETs nested {@code depth} deep with definite lengths. */
  static byte[] nestedDefinite(int depth) {
    byte[] inner = new byte[0];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Built from the inside out: each level is 31 84 <len> around the last.
    int length = 0;
    byte[] result = new byte[depth * 6];
    int at = result.length;
    for (int i = 0; i < depth; i++) {
      at -= 6;
      result[at] = 0x31;
      result[at + 1] = (byte) 0x84;
      result[at + 2] = (byte) (length >>> 24);
      result[at + 3] = (byte) (length >>> 16);
      result[at + 4] = (byte) (length >>> 8);
      result[at + 5] = (byte) length;
      length += 6;
    }
    out.writeBytes(result);
    out.writeBytes(inner);
    return out.toByteArray();
  }

  /** The signed message with its certificates repeated past the limit. */
  static byte[] manyCertificates(byte[] signed) throws Exception {
    org.bouncycastle.asn1.cms.ContentInfo info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(signed);
    org.bouncycastle.asn1.cms.SignedData sd = org.bouncycastle.asn1.cms.SignedData.getInstance(info.getContent());
    org.bouncycastle.asn1.ASN1EncodableVector certs = new org.bouncycastle.asn1.ASN1EncodableVector();
    for (int i = 0; i < 3000; i++) {
      certs.add(sd.getCertificates().getObjectAt(0));
    }
    return new org.bouncycastle.asn1.cms.ContentInfo(info.getContentType(), new org.bouncycastle.asn1.cms.SignedData(sd.getDigestAlgorithms(),
        sd.getEncapContentInfo(), new org.bouncycastle.asn1.BERSet(certs), sd.getCRLs(), sd.getSignerInfos())).getEncoded();
  }

  // ---- key files and vaults ------------------------------------------------------------------

  void keyFiles(SplittableRandom random) throws Exception {
    byte[] material = new byte[32];
    random.nextBytes(material);
    secret(material);
    String m = Base64.getUrlEncoder().withoutPadding().encodeToString(material);
    String good = "{\"id\": \"export\", \"version\": 1, \"status\": \"primary\", \"material\": \"" + m + "\"}";
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("material in created", bytes("{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[{\"id\":\"e\",\"version\":1,\"status\":\"primary\",\"created\":\"" + m + "\",\"material\":\"" + m + "\"}]}"));
    files.put("material as status", bytes("{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[{\"id\":\"e\",\"version\":1,\"status\":\"" + m + "\"}]}"));
    files.put("material as a name", bytes("{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[{\"" + m + "\": 1}]}"));
    files.put("material as format", bytes("{\"format\":\"" + m + "\",\"keys\":[]}"));
    files.put("material unquoted", bytes("{\"format\":\"trygg-keyset\",\"keys\":[{\"material\": " + m + "}]}"));
    files.put("identity number as status", bytes("{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[{\"id\":\"e\",\"version\":1,\"status\":\"19121212-1212\"}]}"));
    files.put("bad utf-8", concat(bytes("{\"format\":\"trygg-keyset\",\"keys\":[{\"id\":\""), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, bytes("\"}]}")));
    files.put("nul bytes", bytes("{\"format\":\"trygg-keyset\u0000\",\"keys\":[" + good.replace("export", "ex\u0000port") + "]}"));
    files.put("deep nesting", bytes("[".repeat(100_000)));
    files.put("deep objects", bytes("{\"a\":".repeat(50_000)));
    files.put("huge number", bytes("{\"format\":\"trygg-keyset\",\"version\":1e999999999,\"keys\":[]}"));
    files.put("long number", bytes("{\"format\":\"trygg-keyset\",\"version\":" + "9".repeat(200_000) + ",\"keys\":[]}"));
    files.put("over the size limit", bytes("{\"format\":\"trygg-keyset\",\"keys\":[{\"material\":\"" + "A".repeat(2 << 20) + "\"}]}"));
    files.put("duplicate names", bytes("{\"format\":\"trygg-keyset\",\"format\":\"trygg-keyset\",\"keys\":[" + good + "]}"));
    StringBuilder many = new StringBuilder("{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[");
    for (int i = 0; i < 12_000; i++) {
      many.append(i == 0 ? "" : ",").append("{\"id\":\"k").append(i).append("\",\"version\":1,\"status\":\"destroyed\"}");
    }
    files.put("too many keys", bytes(many.append("]}").toString()));
    files.put("empty", new byte[0]);
    for (int i = 0; i < 20; i++) {
      byte[] garbage = new byte[random.nextInt(4096)];
      random.nextBytes(garbage);
      files.put("random " + i, garbage);
    }
    byte[] valid = bytes("{\"format\":\"trygg-keyset\",\"version\":1,\"keys\":[" + good + "]}");
    for (int i = 0; i < 40; i++) {
      byte[] flipped = valid.clone();
      flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
      files.put("bit-flipped " + i, flipped);
    }
    for (int cut = 0; cut < valid.length; cut += 7) {
      files.put("truncated " + cut, Arrays.copyOf(valid, cut));
    }
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path file = dir.resolve("keys-" + (fileNumber++) + ".json");
      Files.write(file, e.getValue());
      run("key files", e.getKey(), () -> KeyFileProvider.open(file));
    }
  }

  void vaults(SplittableRandom random) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    String header = "# trygg-token-vault 1\n";
    String line = "alarms\ttok-1\t2026-11-24T10:00:00Z\tAAAA\t-\tAAAA\n";
    files.put("no header", bytes(line));
    files.put("identity number in a line", bytes(header + "19121212-1212\tbroken\n"));
    files.put("bad utf-8", concat(bytes(header), new byte[] {(byte) 0xC3, 0x28, '\n'}));
    files.put("nul bytes", bytes(header + line.replace("alarms", "al\u0000arms")));
    files.put("bad base64", bytes(header + line.replace("AAAA\t-", "!!!!\t-")));
    files.put("bad instant", bytes(header + line.replace("2026-11-24T10:00:00Z", "19121212-1212")));
    files.put("seven fields", bytes(header + line.replace("\n", "\textra\n")));
    files.put("overlong line", bytes(header + "a".repeat(100_000) + "\n"));
    files.put("torn last line", bytes(header + line + "alarms\ttok-2\t2026"));
    for (int i = 0; i < 20; i++) {
      byte[] garbage = new byte[random.nextInt(4096)];
      random.nextBytes(garbage);
      files.put("random " + i, concat(random.nextBoolean() ? bytes(header) : new byte[0], garbage));
    }
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path file = dir.resolve("vault-" + (fileNumber++) + ".tsv");
      Files.write(file, e.getValue());
      run("vault files", e.getKey(), () -> FileTokenVault.open(file, FileTokenVault.Durability.ON_FLUSH).close());
    }
  }

  // ---- records ------------------------------------------------------------------------------

  RecordPseudonymiser records() {
    byte[] material = new byte[32];
    Arrays.fill(material, (byte) 0x42);
    secret(material);
    KeyProvider keys = KeyProvider.of(List.of(MasterKey.of(new KeyRef("export", 1), KeyStatus.PRIMARY, material)));
    PseudonymisationDomain domain = PseudonymisationDomain.builder().name("visits").purpose("response times").keyId("export").build();
    RecordPolicy policy = RecordPolicy.builder().id("hostile").addDomains(domain)
        .addFields(
            FieldRule.field("personnummer", FieldAction.Pseudonymise.with(Technique.IDENTITY_HMAC, "visits")),
            FieldRule.field("customerId", FieldAction.Pseudonymise.with(Technique.AES_SIV, "visits")),
            FieldRule.field("minutes", new FieldAction.Generalise(Generalisation.RANGE, 10)),
            FieldRule.field("birthDate", FieldAction.Generalise.to(Generalisation.YEAR)),
            FieldRule.field("name", new FieldAction.Drop()))
        .build();
    return RecordPseudonymiser.builder().policy(policy).pseudonymisation(Pseudonymisation.builder().keys(keys).clock(Clock.systemUTC()).build()).build();
  }

  void csv(RecordPseudonymiser records, SplittableRandom random) {
    String head = "personnummer,customerId,minutes,birthDate,name\n";
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("30 MB line of one-character fields", () -> csv(records, repeated(head, "x,", 15_000_000, "x\n")));
    cases.put("30 MB unterminated quote", () -> csv(records, repeated(head + "\"", "y", 30_000_000, "\n")));
    cases.put("16 MiB record of long fields", () -> csv(records, repeated(head, "z".repeat(60_000) + ",", 300, "z\n")));
    cases.put("a huge exponent", () -> csv(records, repeated(head + "19121212-1212,K-1,1e10000000,1964-08-23,Anna\n", "", 0, "")));
    cases.put("exponents everywhere", () -> csv(records, repeated(head, "19121212-1212,K-1,1e999999999,19640823,A\n", 20_000, "")));
    cases.put("an invalid identity number", () -> csv(records, repeated(head + "19121212-1213,K-1,37,1964-08-23,A\n", "", 0, "")));
    cases.put("identity numbers as column names", () -> csv(records, repeated("19121212-1212,19121212-1212\n", "", 0, "")));
    cases.put("bad utf-8", () -> csv(records, new ByteArrayInputStream(concat(bytes(head), new byte[] {(byte) 0xC3, 0x28}, bytes(",K,1,2,3\n")))));
    cases.put("nul bytes", () -> csv(records, repeated(head, "19121212\u00001212,K\u0000,3\u00007,1964\u0000,\u0000\n", 1000, "")));
    cases.put("a quote inside a field", () -> csv(records, repeated(head + "19121212-1212,K\"1,37,1964-08-23,A\n", "", 0, "")));
    cases.put("wrong field count", () -> csv(records, repeated(head + "19121212-1212,K-1\n", "", 0, "")));
    cases.put("4097 columns", () -> csv(records, repeated("", "c,", 5000, "c\n")));
    cases.put("only line breaks", () -> csv(records, repeated("", "\r", 10_000_000, "")));
    for (int i = 0; i < 20; i++) {
      byte[] garbage = new byte[random.nextInt(1 << 16)];
      random.nextBytes(garbage);
      cases.put("random " + i, () -> csv(records, new ByteArrayInputStream(concat(bytes(head), garbage))));
    }
    cases.forEach((name, c) -> run("csv", name, c));
  }

  static void csv(RecordPseudonymiser records, InputStream in) {
    records.csv(in, OutputStream.nullOutputStream(), "hostile.csv", CsvFormat.rfc4180());
  }

  void json(RecordPseudonymiser records, SplittableRandom random) {
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("arrays 1M deep", () -> json(records, repeated("", "[", 1_000_000, "")));
    cases.put("objects 500k deep with long names", () -> json(records, repeated("", "{\"" + "k".repeat(40) + "\":", 500_000, "1")));
    cases.put("a 30 MB string", () -> json(records, repeated("{\"personnummer\": \"", "s", 30_000_000, "\"}")));
    cases.put("a 1 MB number", () -> json(records, repeated("{\"minutes\": ", "9", 1_000_000, "}")));
    cases.put("a 1 MB name", () -> json(records, repeated("{\"", "n", 1_000_000, "\": 1}")));
    cases.put("a huge exponent", () -> json(records, repeated("[{\"personnummer\": \"19121212-1212\", \"minutes\": 1e999999999}]", "", 0, "")));
    cases.put("an invalid identity number", () -> json(records, repeated("[{\"personnummer\": \"19121212-1213\"}]", "", 0, "")));
    cases.put("an identity number as a name", () -> json(records, repeated("{\"19121212-1212\": {\"personnummer\": 5}}", "", 0, "")));
    cases.put("200k distinct names", () -> {
      StringBuilder sb = new StringBuilder("{");
      for (int i = 0; i < 200_000; i++) {
        sb.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
      }
      json(records, new ByteArrayInputStream(bytes(sb.append("}").toString())));
    });
    cases.put("bad utf-8", () -> json(records, new ByteArrayInputStream(concat(bytes("{\"personnummer\": \""), new byte[] {(byte) 0xC3, 0x28}, bytes("\"}")))));
    cases.put("nul bytes", () -> json(records, new ByteArrayInputStream(bytes("{\"personnummer\": \"19121212\u00001212\"}"))));
    cases.put("raw nul in a string", () -> json(records, new ByteArrayInputStream(concat(bytes("{\"name\": \"a"), new byte[] {0}, bytes("\"}")))));
    cases.put("trailing garbage", () -> json(records, repeated("[{\"minutes\": 1}]", "", 0, "]]]}}}")));
    cases.put("a 20 MiB record of small values", () -> json(records, repeated("[{\"extra\": [", "1,", 10_000_000, "1]}]")));
    for (int i = 0; i < 20; i++) {
      byte[] garbage = new byte[random.nextInt(1 << 16)];
      random.nextBytes(garbage);
      cases.put("random " + i, () -> json(records, new ByteArrayInputStream(garbage)));
    }
    cases.forEach((name, c) -> run("json", name, c));
  }

  static void json(RecordPseudonymiser records, InputStream in) {
    records.json(in, OutputStream.nullOutputStream(), "hostile.json");
  }

  void policies() {
    String head = "format: trygg-record-policy\nversion: 1\nid: p\n";
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("over the size limit", () -> RecordPolicy.read("big.yaml", repeated(head, "#", 2 << 20, "\n"), DataFormat.YAML));
    cases.put("deep json", () -> RecordPolicy.read("deep.json", repeated("", "[", 200_000, ""), DataFormat.JSON));
    cases.put("deep yaml", () -> RecordPolicy.read("deep.yaml", repeated("", "[", 200_000, ""), DataFormat.YAML));
    cases.put("bad utf-8", () -> RecordPolicy.read("bad.yaml", new ByteArrayInputStream(concat(bytes(head + "unlisted: "), new byte[] {(byte) 0xC3, 0x28})), DataFormat.YAML));
    cases.put("identity number as a value", () -> RecordPolicy.read("v.yaml", new ByteArrayInputStream(bytes(head + "unlisted: 19121212-1212\n")), DataFormat.YAML));
    cases.put("alias bomb", () -> RecordPolicy.read("bomb.yaml", new ByteArrayInputStream(bytes(head
        + "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        + "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n")), DataFormat.YAML));
    cases.put("a huge number", () -> RecordPolicy.read("n.yaml", new ByteArrayInputStream(bytes(head + "revision: 1e999999999\n")), DataFormat.YAML));
    cases.put("nul bytes", () -> RecordPolicy.read("nul.json", new ByteArrayInputStream(bytes("{\"format\": \"trygg-record-policy\u0000\"}")), DataFormat.JSON));
    cases.forEach((name, c) -> run("record policies", name, c));
  }

  public static void main(String[] args) throws Exception {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : new SplittableRandom().nextLong();
    Path dir = Files.createTempDirectory("trygg-hostile");
    HostileInputRun h = new HostileInputRun(dir);
    SplittableRandom random = new SplittableRandom(seed);
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(15 * 60_000);
        System.out.println("the hostile inputs did not finish in 15 minutes");
        Runtime.getRuntime().halt(2);
      } catch (InterruptedException e) {
        // finished
      }
    });
    watchdog.setDaemon(true);
    watchdog.start();
    h.cms(random);
    h.keyFiles(random);
    h.vaults(random);
    RecordPseudonymiser records = h.records();
    h.csv(records, random);
    h.json(records, random);
    h.policies();
    int clean = 0;
    int results = 0;
    for (Map.Entry<String, int[]> e : h.tally.entrySet()) {
      System.out.printf("  %-20s clean errors %5d, results %4d, findings %d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
      clean += e.getValue()[0];
      results += e.getValue()[1];
    }
    h.findings.forEach(f -> System.out.println("FINDING " + f));
    System.out.printf("seed=%d tried=%d cleanErrors=%d results=%d findings=%d maxHeapMB=%d%n", seed, h.tried, clean, results, h.findings.size(),
        Runtime.getRuntime().maxMemory() >> 20);
    TestPki.class.getName();
    System.exit(h.findings.isEmpty() ? 0 : 1);
  }
}
