package io.github.trygg.examples.hostile;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes hostile JSON and YAML documents to disk, generated from a seed: what an attacker or a broken
 * export would hand a reader. Structural ones (nesting, size, numbers, aliases) are the same for
 * every reader; the others start from a valid document of the reader's own kind and break it.
 */
final class HostileDocuments {
  /** One generated document: where it is, what it is, and what must never be shown back. */
  record Doc(Path file, String label, List<String> secrets) {}

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path dir;
  private final SplittableRandom random;
  private int counter;

  HostileDocuments(Path dir, long seed) {
    this.dir = dir;
    this.random = new SplittableRandom(seed);
  }

  private Path next(String ext) {
    return dir.resolve("doc-" + (counter++) + "." + ext);
  }

  private Doc write(String label, String ext, byte[] bytes, List<String> secrets) {
    Path file = next(ext);
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Doc(file, label, secrets);
  }

  private Doc write(String label, String ext, String text) {
    return write(label, ext, text.getBytes(StandardCharsets.UTF_8), List.of());
  }

  interface Body {
    void write(OutputStream out) throws IOException;
  }

  private Doc stream(String label, String ext, Body body) {
    Path file = next(ext);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Doc(file, label, List.of());
  }

  private static void repeat(OutputStream out, String text, long times) throws IOException {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    for (long i = 0; i < times; i++) {
      out.write(b);
    }
  }

  // ---- the same for every reader ------------------------------------------------------------------

  /** Documents whose shape alone is the attack; {@code ext} is json or yaml. */
  List<Doc> structural(String ext) {
    boolean yaml = ext.equals("yaml");
    List<Doc> docs = new ArrayList<>();
    docs.add(stream("deep arrays (100 000 levels)", ext, out -> {
      repeat(out, "[", 100_000);
      repeat(out, "]", 100_000);
    }));
    docs.add(stream("deep objects with 4 400-character names (2.2 MB)", ext, out -> nested(out, 500, 4400)));
    docs.add(stream("deep objects with 1 000-character names", ext, out -> nested(out, 2200, 1000)));
    docs.add(stream("a number of a million digits", ext, out -> {
      out.write((yaml ? "format: x\nversion: 1" : "{\"format\": \"x\", \"version\": 1").getBytes(StandardCharsets.US_ASCII));
      repeat(out, "0", 1 << 20);
      out.write((yaml ? "\n" : "}").getBytes(StandardCharsets.US_ASCII));
    }));
    for (String n : new String[] {"1e999999999", "-1e-999999999", "1E400", "9" .repeat(99) + "e99"}) {
      docs.add(write("the number " + (n.length() > 20 ? n.substring(0, 8) + "…" : n), ext,
          yaml ? "format: x\nversion: " + n + "\nlevel: " + n + "\n" : "{\"format\": \"x\", \"version\": " + n + ", \"level\": " + n + "}"));
    }
    if (yaml) {
      docs.add(stream("a 30 MB plain scalar", ext, out -> {
        out.write("format: x\nname: ".getBytes(StandardCharsets.US_ASCII));
        repeat(out, "aaaaaaaaaaaaaaaa", 30L << 16);
        out.write('\n');
      }));
      docs.add(stream("a 20 MB quoted scalar with spaces", ext, out -> {
        out.write("format: x\nname: \"".getBytes(StandardCharsets.US_ASCII));
        repeat(out, "aaaa bbbb ", 2L << 20);
        out.write("\"\n".getBytes(StandardCharsets.US_ASCII));
      }));
      docs.add(stream("a 2 MB key", ext, out -> {
        repeat(out, "k", 2 << 20);
        out.write(": 1\n".getBytes(StandardCharsets.US_ASCII));
      }));
      docs.add(stream("a million list items", ext, out -> repeat(out, "- 0\n", 1_000_000)));
      docs.add(stream("a million keys", ext, out -> {
        for (int i = 0; i < 1_000_000; i++) {
          out.write(("k" + i + ": 0\n").getBytes(StandardCharsets.US_ASCII));
        }
      }));
      docs.add(write("billion laughs", ext, laughs()));
      docs.add(write("a self-referencing alias", ext, "a: &a [*a]\n"));
      docs.add(write("a binary tag", ext, "format: x\nname: !!binary aGVsbG8=\n"));
      docs.add(write("a language-specific tag", ext, "format: x\nname: !!python/object/apply:os.system [\"true\"]\n"));
      docs.add(write("a custom tag", ext, "format: !custom x\n"));
      docs.add(write("a complex key", ext, "? [a, b]\n: c\n"));
      docs.add(write("a merge key", ext, "base: &b {x: 1}\nformat:\n  <<: *b\n"));
      docs.add(write("a directive", ext, "%YAML 1.1\n%TAG ! tag:example.com,2000:\n---\nformat: !x y\n"));
    } else {
      docs.add(stream("a 20 MB string", ext, out -> {
        out.write("{\"format\": \"x\", \"name\": \"".getBytes(StandardCharsets.US_ASCII));
        repeat(out, "aaaaaaaaaaaaaaaa", 20L << 16);
        out.write("\"}".getBytes(StandardCharsets.US_ASCII));
      }));
      docs.add(stream("a 2 MB name", ext, out -> {
        out.write("{\"".getBytes(StandardCharsets.US_ASCII));
        repeat(out, "k", 2 << 20);
        out.write("\": 1}".getBytes(StandardCharsets.US_ASCII));
      }));
      docs.add(stream("ten million array elements", ext, out -> {
        out.write('[');
        repeat(out, "0,", 10_000_000);
        out.write("0]".getBytes(StandardCharsets.US_ASCII));
      }));
      docs.add(stream("a million members", ext, out -> {
        out.write('{');
        for (int i = 0; i < 1_000_000; i++) {
          out.write(("\"k" + i + "\": 0,").getBytes(StandardCharsets.US_ASCII));
        }
        out.write("\"end\": 0}".getBytes(StandardCharsets.US_ASCII));
      }));
      docs.add(write("escaped NUL and control characters", ext, "{\"format\": \"x\\u0000y\", \"name\": \"\\u0001\\u001f\\ud800\"}"));
      docs.add(write("trailing garbage", ext, "{\"format\": \"x\"} }]garbage"));
      docs.add(write("comments and single quotes", ext, "{/* c */ 'format': 'x'}"));
    }
    docs.add(write("an empty file", ext, ""));
    docs.add(write("only white space", ext, " \n\t\n"));
    docs.add(write("a byte-order mark only", ext, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, List.of()));
    docs.add(write("UTF-16 text", ext, (yaml ? "format: x\n" : "{\"format\": \"x\"}").getBytes(StandardCharsets.UTF_16), List.of()));
    docs.add(write("a scalar at the top", ext, yaml ? "just text\n" : "\"just text\""));
    docs.add(write("a list at the top", ext, yaml ? "- a\n- b\n" : "[1, 2]"));
    docs.add(write("random bytes", ext, randomBytes(4096), List.of()));
    return docs;
  }

  private static void nested(OutputStream out, int depth, int keyLength) throws IOException {
    byte[] open = ("{\"" + "k".repeat(keyLength) + "\":").getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < depth; i++) {
      out.write(open);
    }
    out.write('1');
    repeat(out, "}", depth);
  }

  private static String laughs() {
    StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'i'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      sb.append("]\n");
      prev = c;
    }
    return sb.toString();
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) random.nextInt(256);
    }
    return b;
  }

  // ---- from a valid document of the reader's own kind ----------------------------------------------

  /** A valid document broken in the ways a careless or hostile writer breaks one. */
  List<Doc> mutations(String yamlBase, String ext) {
    boolean yaml = ext.equals("yaml");
    Object tree = YAML.readValue(yamlBase, Object.class);
    String base = yaml ? yamlBase : JSON.writeValueAsString(tree);
    byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
    List<Doc> docs = new ArrayList<>();
    docs.add(write("the valid document itself", ext, base));
    if (yaml) {
      docs.add(write("a second document", ext, base + "\n---\n" + base));
      docs.add(write("an anchor and an alias", ext, base.replaceFirst("\n([A-Za-z]+): ", "\n$1: &x ") + "\nextra: *x\n"));
      docs.add(write("a repeated key", ext, base + "\nformat: again\n"));
      docs.add(write("YAML number forms", ext, replaceScalars(tree, List.of("0x1F", ".inf", "-.nan", "1_000", "0o17", "+12", "1.", "012"), ext)));
    } else {
      docs.add(write("a second document", ext, base + "\n" + base));
      docs.add(write("a repeated key", ext, "{\"format\": \"again\", " + base.substring(1)));
    }
    for (int i = 0; i < 3; i++) {
      int at = random.nextInt(bytes.length + 1);
      byte[][] bad = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF, (byte) 0xFE}};
      docs.add(write("bad UTF-8 at byte " + at, ext, insert(bytes, at, bad[i % bad.length]), List.of()));
    }
    for (int i = 0; i < 2; i++) {
      int at = random.nextInt(bytes.length + 1);
      docs.add(write("a NUL byte at byte " + at, ext, insert(bytes, at, new byte[] {0}), List.of()));
    }
    for (int i = 0; i < 4; i++) {
      int at = random.nextInt(bytes.length);
      docs.add(write("cut off at byte " + at, ext, Arrays.copyOf(bytes, at), List.of()));
    }
    for (int i = 0; i < 4; i++) {
      byte[] flipped = bytes.clone();
      int flips = 1 + random.nextInt(8);
      for (int f = 0; f < flips; f++) {
        int at = random.nextInt(flipped.length);
        flipped[at] ^= (byte) (1 << random.nextInt(8));
      }
      docs.add(write(flips + " bits flipped", ext, flipped, List.of()));
    }
    Object[] wrong = {List.of(), Map.of(), Map.of("x", List.of(Map.of())), 12345678901234567890.5, Boolean.TRUE, null, "", " ", "\u0000"};
    for (int i = 0; i < 4; i++) {
      Object w = wrong[random.nextInt(wrong.length)];
      docs.add(write("wrong types (" + (w == null ? "null" : w.getClass().getSimpleName()) + ")", ext, serialise(swap(tree, 0.3, () -> w), ext)));
    }
    for (int i = 0; i < 3; i++) {
      List<String> planted = new ArrayList<>();
      Object hostile = plant(tree, planted, i == 0 ? 0.5 : 0.1);
      docs.add(write("identity numbers in values and names", ext, serialise(hostile, ext).getBytes(StandardCharsets.UTF_8), planted));
    }
    return docs;
  }

  /** Every top-level member's value replaced by one of YAML's other number forms, written unquoted. */
  private String replaceScalars(Object tree, List<String> forms, String ext) {
    StringBuilder sb = new StringBuilder();
    Map<?, ?> map = tree instanceof Map<?, ?> m ? m : Map.of();
    for (Object key : map.keySet()) {
      sb.append(key).append(": ").append(forms.get(random.nextInt(forms.size()))).append('\n');
    }
    return sb.toString();
  }

  private static String serialise(Object tree, String ext) {
    return ext.equals("yaml") ? YAML.writeValueAsString(tree) : JSON.writeValueAsString(tree);
  }

  private static byte[] insert(byte[] bytes, int at, byte[] what) {
    byte[] out = new byte[bytes.length + what.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(bytes, at, out, at + what.length, bytes.length - at);
    return out;
  }

  @SuppressWarnings("unchecked")
  private Object swap(Object node, double p, java.util.function.Supplier<Object> with) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<Object, Object>) map).forEach((k, v) -> out.put(String.valueOf(k), random.nextDouble() < p ? with.get() : swap(v, p, with)));
      return out;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object o : list) {
        out.add(random.nextDouble() < p ? with.get() : swap(o, p, with));
      }
      return out;
    }
    return random.nextDouble() < p ? with.get() : node;
  }

  @SuppressWarnings("unchecked")
  Object plant(Object node, List<String> planted, double p) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<Object, Object>) map).entrySet()) {
        String key = random.nextDouble() < p / 4 ? identityNumber(planted) : String.valueOf(e.getKey());
        out.put(key, plant(e.getValue(), planted, p));
      }
      return out;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object o : list) {
        out.add(plant(o, planted, p));
      }
      return out;
    }
    if (random.nextDouble() < p) {
      String n = identityNumber(planted);
      return random.nextInt(4) == 0 && n.matches("[0-9]+") ? Long.valueOf(n) : n;
    }
    return node;
  }

  /** A generated (never a real person's, never written down) Swedish or Norwegian number in one of its forms. */
  String identityNumber(List<String> planted) {
    LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1931, 1, 1).toEpochDay(), LocalDate.of(1998, 12, 1).toEpochDay()));
    String text;
    if (random.nextBoolean()) {
      IdentityNumber n = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, random.nextInt(1, 1000));
      String c = n.canonical();
      text = switch (random.nextInt(3)) {
        case 0 -> c;
        case 1 -> c.substring(0, 8) + "-" + c.substring(8);
        default -> c.substring(2, 8) + "-" + c.substring(8);
      };
    } else {
      IdentityNumber n = null;
      while (n == null) {
        n = IdentityNumbers.norwegian(IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, birth, random.nextInt(0, 500)).orElse(null);
        birth = birth.plusDays(1);
      }
      text = n.canonical();
    }
    planted.add(text);
    return text;
  }

  byte[] randomKeyBytes() {
    return randomBytes(32);
  }

  SplittableRandom random() {
    return random;
  }
}
