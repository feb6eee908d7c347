package io.github.trygg.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the figures of the benchmarks README from one JMH run's JSON output ({@code -rf json}), so
 * that no figure or ratio in it is typed by hand. The README marks each table:
 *
 * <pre>{@code
 * <!-- figures SealBenchmark rows=recipient ratio=seal/baselineJcaAesGcm>=0.75 -->
 * (the table, replaced on every run)
 * <!-- /figures -->
 * }</pre>
 *
 * One row per value (or combination) of the {@code rows} parameters, one column per benchmark
 * method in the order of the run, and per {@code ratio=a/b} (several separated by commas) the speed
 * of {@code a} relative to {@code b} in the same run (score over score for throughput, the inverse
 * for time per operation), checked against a target when the ratio ends in {@code >=x}. A {@code <!-- machine -->} block gets the
 * machine description written next to the JSON by {@code benchmarks/run}, the JVM and the JMH
 * settings.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.trygg.benchmarks.ReadmeFigures results.json machine.txt benchmarks/README.md
 * }</pre>
 *
 * Tables whose benchmark is not in the JSON are left as they are and named on standard error.
 */
public final class ReadmeFigures {
  private static final Pattern BLOCK = Pattern.compile("<!-- figures ([^\\n]+?) -->\\n.*?<!-- /figures -->", Pattern.DOTALL);
  private static final Pattern MACHINE = Pattern.compile("<!-- machine -->\\n.*?<!-- /machine -->", Pattern.DOTALL);

  private ReadmeFigures() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ReadmeFigures <jmh results.json> <machine.txt> <README.md>");
      System.exit(2);
    }
    List<Result> results = Result.all(Json.parse(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
    String machine = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8).strip();
    Path readme = Path.of(args[2]);
    List<String> left = new ArrayList<>();
    String updated = render(Files.readString(readme, StandardCharsets.UTF_8), results, machine, left);
    Files.writeString(readme, updated, StandardCharsets.UTF_8);
    for (String spec : left) {
      System.err.println("left as it was (not in this run): " + spec);
    }
  }

  /** The README with every table whose benchmark ran rewritten; {@code left} gets the specs of those that did not. */
  static String render(String readme, List<Result> results, String machine, List<String> left) {
    StringBuilder out = new StringBuilder();
    Matcher m = BLOCK.matcher(readme);
    int at = 0;
    while (m.find()) {
      out.append(readme, at, m.start());
      Spec spec = Spec.parse(m.group(1));
      List<Result> mine = results.stream().filter(r -> r.className().equals(spec.benchmark)).toList();
      if (mine.isEmpty()) {
        left.add(m.group(1));
        out.append(m.group());
      } else {
        out.append("<!-- figures ").append(m.group(1)).append(" -->\n").append(table(spec, mine)).append("<!-- /figures -->");
      }
      at = m.end();
    }
    out.append(readme.substring(at));
    String text = out.toString();
    if (!results.isEmpty()) {
      text = MACHINE.matcher(text).replaceAll(Matcher.quoteReplacement("<!-- machine -->\n" + machine(results.get(0), machine) + "\n<!-- /machine -->"));
    }
    return text;
  }

  private static String machine(Result any, String machine) {
    return machine + "\n\nJMH " + any.jmhVersion + ", " + any.vmName + " " + any.jdkVersion + "; " + any.forks + " fork(s), " + any.warmups
        + " warm-up and " + any.iterations + " measured iterations per benchmark.";
  }

  static String table(Spec spec, List<Result> results) {
    Set<String> methods = new LinkedHashSet<>();
    Map<List<String>, Map<String, Result>> rows = new LinkedHashMap<>();
    for (Result r : results) {
      methods.add(r.method());
      List<String> key = spec.rows.stream().map(p -> r.params().getOrDefault(p, "—")).toList();
      rows.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.method(), r);
    }
    List<String> header = new ArrayList<>(spec.rows);
    for (String method : methods) {
      Result sample = results.stream().filter(r -> r.method().equals(method)).findFirst().orElseThrow();
      header.add(method + " (" + sample.unit() + ")");
    }
    for (Ratio ratio : spec.ratios) {
      header.add(ratio.a() + " ÷ " + ratio.b());
      if (ratio.target() != null) {
        header.add("≥ " + number(ratio.target()) + "×");
      }
    }
    StringBuilder t = new StringBuilder();
    t.append("| ").append(String.join(" | ", header)).append(" |\n|");
    for (int i = 0; i < header.size(); i++) {
      t.append(i < spec.rows.size() ? "---|" : "---:|");
    }
    t.append('\n');
    for (Map.Entry<List<String>, Map<String, Result>> row : rows.entrySet()) {
      List<String> cells = new ArrayList<>(row.getKey());
      for (String method : methods) {
        Result r = row.getValue().get(method);
        cells.add(r == null ? "—" : number(r.score()) + (r.score() > 0 && r.error() / r.score() > 0.1 ? " (±" + Math.round(100 * r.error() / r.score()) + " %)" : ""));
      }
      for (Ratio ratio : spec.ratios) {
        Result a = row.getValue().get(ratio.a());
        Result b = row.getValue().get(ratio.b());
        if (a == null || b == null) {
          cells.add("—");
          if (ratio.target() != null) {
            cells.add("—");
          }
          continue;
        }
        double speed = a.throughput() ? a.score() / b.score() : b.score() / a.score();
        cells.add(String.format(Locale.ROOT, "%.2f×", speed));
        if (ratio.target() != null) {
          cells.add(speed >= ratio.target() ? "met" : "missed");
        }
      }
      t.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
    return t.toString();
  }

  /** Three significant digits, thousands grouped by a space as the rest of the README writes them. */
  static String number(double value) {
    if (Math.abs(value) >= 100) {
      String digits = String.format(Locale.ROOT, "%.0f", value);
      StringBuilder grouped = new StringBuilder();
      int start = digits.startsWith("-") ? 1 : 0;
      for (int i = start; i < digits.length(); i++) {
        if (i > start && (digits.length() - i) % 3 == 0) {
          grouped.append(' ');
        }
        grouped.append(digits.charAt(i));
      }
      return (start == 1 ? "-" : "") + grouped;
    }
    return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** The speed of method {@code a} relative to method {@code b}, and the least it should be, if any. */
  record Ratio(String a, String b, Double target) {}

  /** What a marker asks for. */
  record Spec(String benchmark, List<String> rows, List<Ratio> ratios) {
    static Spec parse(String text) {
      String[] words = text.trim().split("\\s+");
      List<String> rows = List.of();
      List<Ratio> ratios = new ArrayList<>();
      for (int i = 1; i < words.length; i++) {
        String[] kv = words[i].split("=", 2);
        if (kv.length != 2) {
          throw new IllegalArgumentException("figures marker '" + text + "': expected key=value, found '" + words[i] + "'");
        }
        switch (kv[0]) {
          case "rows" -> rows = List.of(kv[1].split(","));
          case "ratio" -> {
            for (String pair : kv[1].split(",")) {
              String[] targeted = pair.split(">=", 2);
              String[] ab = targeted[0].split("/", 2);
              if (ab.length != 2 || ab[0].isEmpty() || ab[1].isEmpty()) {
                throw new IllegalArgumentException("figures marker '" + text + "': expected ratio=a/b or a/b>=target, found '" + pair + "'");
              }
              try {
                ratios.add(new Ratio(ab[0], ab[1], targeted.length == 2 ? Double.valueOf(targeted[1]) : null));
              } catch (NumberFormatException e) {
                throw new IllegalArgumentException("figures marker '" + text + "': expected a number after >=, found '" + targeted[1] + "'", e);
              }
            }
          }
          default -> throw new IllegalArgumentException("figures marker '" + text + "': unknown key '" + kv[0] + "' (rows, ratio)");
        }
      }
      return new Spec(words[0], rows, ratios);
    }
  }

  /** One benchmark method's result for one set of parameters. */
  record Result(String benchmark, String mode, Map<String, String> params, double score, double error, String unit, String jmhVersion,
      String vmName, String jdkVersion, long forks, long warmups, long iterations) {
    String className() {
      String owner = benchmark.substring(0, benchmark.lastIndexOf('.'));
      return owner.substring(owner.lastIndexOf('.') + 1);
    }

    String method() {
      return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    boolean throughput() {
      return mode.equals("thrpt");
    }

    @SuppressWarnings("unchecked")
    static List<Result> all(Object json) {
      List<Result> out = new ArrayList<>();
      for (Object o : (List<Object>) json) {
        Map<String, Object> r = (Map<String, Object>) o;
        Map<String, Object> metric = (Map<String, Object>) r.get("primaryMetric");
        Map<String, String> params = new LinkedHashMap<>();
        Object p = r.get("params");
        if (p != null) {
          ((Map<String, Object>) p).forEach((k, v) -> params.put(k, String.valueOf(v)));
        }
        double error = metric.get("scoreError") instanceof Number n ? n.doubleValue() : 0;
        out.add(new Result((String) r.get("benchmark"), (String) r.get("mode"), params, ((Number) metric.get("score")).doubleValue(),
            Double.isNaN(error) ? 0 : error, (String) metric.get("scoreUnit"), String.valueOf(r.get("jmhVersion")), String.valueOf(r.get("vmName")),
            String.valueOf(r.get("jdkVersion")), ((Number) r.get("forks")).longValue(), ((Number) r.get("warmupIterations")).longValue(),
            ((Number) r.get("measurementIterations")).longValue()));
      }
      return out;
    }
  }

  /** Just enough JSON for JMH's output: objects, arrays, strings, numbers, booleans, null ("NaN" scores come as strings). */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json j = new Json(text);
      Object v = j.value();
      j.space();
      if (j.i != text.length()) {
        throw j.error("the end of the document");
      }
      return v;
    }

    private Object value() {
      space();
      if (i >= s.length()) {
        throw error("a value");
      }
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          i++;
          Map<String, Object> map = new LinkedHashMap<>();
          space();
          if (peek('}')) {
            return map;
          }
          do {
            space();
            String key = string();
            space();
            expect(':');
            map.put(key, value());
            space();
          } while (peek(','));
          expect('}');
          return map;
        }
        case '[' -> {
          i++;
          List<Object> list = new ArrayList<>();
          space();
          if (peek(']')) {
            return list;
          }
          do {
            list.add(value());
            space();
          } while (peek(','));
          expect(']');
          return list;
        }
        case '"' -> {
          String text = string();
          return text.equals("NaN") ? Double.NaN : text;
        }
        default -> {
          if (s.startsWith("true", i) || s.startsWith("false", i) || s.startsWith("null", i)) {
            String word = s.startsWith("true", i) ? "true" : s.startsWith("false", i) ? "false" : "null";
            i += word.length();
            return word.equals("null") ? null : Boolean.valueOf(word);
          }
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          if (start == i) {
            throw error("a value");
          }
          return Double.valueOf(s.substring(start, i));
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (i < s.length() && s.charAt(i) != '"') {
        char c = s.charAt(i++);
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
      expect('"');
      return b.toString();
    }

    private void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private boolean peek(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error("'" + c + "'");
      }
    }

    private IllegalArgumentException error(String expected) {
      return new IllegalArgumentException("JMH results: expected " + expected + " at offset " + i);
    }
  }
}
