package io.github.trygg.benchmarks.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The user's whole job at municipal and national scale: generated registers of 1 000, 10 000 and
 * 100 000 systems ({@link RegisterFiles}), and on each the {@code trygg} tool's {@code validate},
 * {@code propagate}, {@code report} and {@code plan merge}, every step in its own JVM started from
 * the tool's jar as a user starts it, several times.
 *
 * <p>Per step: the wall time of the process, and its peak resident memory — the kernel's high-water
 * mark {@code VmHWM} from {@code /proc/<pid>/status}, read every 10 ms until the process ends. That is
 * what the machine must have for the step (heap, metaspace, code, threads), counted by the kernel
 * rather than estimated from a GC log; the JVM grows its heap lazily, so it depends on how much heap
 * the step really touches, not on {@code -Xmx} alone. The medians go into a markdown table between
 * {@code <!-- scale -->} and {@code <!-- /scale -->} in the README and, with every run, into a JSON
 * file.
 *
 * <pre>{@code
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar io.github.trygg.benchmarks.scale.ScaleRun \
 *     --jar examples/target/trygg.jar --work /tmp/trygg-scale --sizes 1000,10000,100000 --repeats 3 \
 *     --readme benchmarks/README.md --results benchmarks/results
 * }</pre>
 *
 * {@code --profile} records a JFR file of each step's first run in the work directory; {@code --gc g1}
 * runs the steps with the JVM's default collector instead of the serial one the README gives for
 * large registers, {@code --xmx 2g} another heap limit.
 */
public final class ScaleRun {
  /** Targets of the whole job: systems → {seconds, megabytes}. */
  static final Map<Integer, double[]> TARGETS = Map.of(10_000, new double[] {10, 1024}, 100_000, new double[] {60, 4096});
  static final List<String> STEPS = List.of("validate", "propagate", "report", "plan");
  private static final Pattern BLOCK = Pattern.compile("<!-- scale -->\\n.*?<!-- /scale -->", Pattern.DOTALL);

  private ScaleRun() {}

  record Run(long millis, long peakKib, int exit) {}

  record Step(String name, List<Run> runs, long outputBytes) {
    long medianMillis() {
      return median(runs.stream().mapToLong(Run::millis).toArray());
    }

    long medianPeakKib() {
      return median(runs.stream().mapToLong(Run::peakKib).toArray());
    }
  }

  record Size(int systems, int flows, int files, long registerBytes, String loadAverage, List<Step> steps) {
    long totalMillis() {
      return steps.stream().mapToLong(Step::medianMillis).sum();
    }

    long peakKib() {
      return steps.stream().mapToLong(Step::medianPeakKib).max().orElse(0);
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    Path jar = Path.of(o.getOrDefault("jar", "examples/target/trygg.jar"));
    Path work = Path.of(o.getOrDefault("work", System.getProperty("java.io.tmpdir") + "/trygg-scale"));
    int[] sizes = Arrays.stream(o.getOrDefault("sizes", "1000,10000,100000").split(",")).mapToInt(Integer::parseInt).toArray();
    int repeats = Integer.parseInt(o.getOrDefault("repeats", "3"));
    // The options the README gives for large registers: a command that runs for seconds on a few
    // cores spends less time and memory with the serial collector than with G1 (measured in the note
    // of the issue on performance); --gc g1 measures the JVM's default.
    String gc = o.getOrDefault("gc", "serial");
    String javaOptions = "-Xmx" + o.getOrDefault("xmx", "6g") + switch (gc) {
      case "serial" -> " -XX:+UseSerialGC";
      case "g1" -> "";
      default -> throw new IllegalArgumentException("--gc must be serial or g1, not " + gc);
    };
    boolean profile = o.containsKey("profile");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("no trygg tool at " + jar + "; build it with ./mvnw -q -pl examples -am package -DskipTests");
    }
    String started = Instant.now().toString();
    String machine = machine();
    System.out.println(machine);
    List<Size> results = new ArrayList<>();
    for (int systems : sizes) {
      Path dir = work.resolve(String.valueOf(systems));
      deleteTree(dir);
      long t0 = System.nanoTime();
      List<Path> files = RegisterFiles.write(systems, 19, dir);
      System.gc(); // the register in this JVM is no longer needed; the steps run in their own
      long bytes = 0;
      for (Path f : files) {
        bytes += Files.size(f);
      }
      System.out.printf(Locale.ROOT, "%,d systems: %d files, %.1f MB written in %.1f s%n", systems, files.size(), bytes / 1e6, (System.nanoTime() - t0) / 1e9);
      String load = loadAverage();
      List<Step> steps = new ArrayList<>();
      for (String step : STEPS) {
        List<Run> runs = new ArrayList<>();
        long output = 0;
        for (int k = 0; k < repeats; k++) {
          Path plan = dir.resolve("action-plan.yaml");
          Files.deleteIfExists(plan);
          List<String> cmd = new ArrayList<>(List.of(javaCommand()));
          cmd.addAll(List.of(javaOptions.split(" ")));
          if (profile && k == 0) {
            cmd.add("-XX:StartFlightRecording=filename=" + dir.resolve(step + ".jfr") + ",settings=profile");
          }
          cmd.addAll(List.of("-jar", jar.toString()));
          cmd.addAll(arguments(step, dir));
          files.forEach(f -> cmd.add(f.toString()));
          Path stdout = dir.resolve(step + ".out");
          Run run = run(cmd, stdout, dir.resolve(step + ".err"));
          // 0 fine, 1 findings (a generated register has many); anything else is a failed step.
          if (run.exit() > 1) {
            throw new IllegalStateException(step + " on " + systems + " systems ended with exit code " + run.exit() + "; see " + dir.resolve(step + ".err"));
          }
          output = Files.size(step.equals("report") ? dir.resolve("report.html") : step.equals("plan") ? plan : stdout);
          runs.add(run);
          System.out.printf(Locale.ROOT, "  %-9s %7.2f s  %6.0f MB peak RSS%n", step, run.millis() / 1e3, run.peakKib() / 1024.0);
        }
        steps.add(new Step(step, runs, output));
      }
      Size size = new Size(systems, systems * RegisterFiles.FLOWS_PER_SYSTEM, files.size(), bytes, load, steps);
      results.add(size);
      System.out.printf(Locale.ROOT, "  whole job %.2f s, peak %.0f MB%n", size.totalMillis() / 1e3, size.peakKib() / 1024.0);
    }
    String table = table(results, machine, repeats, javaOptions);
    System.out.println(table);
    if (o.containsKey("results")) {
      Path dir = Path.of(o.get("results"));
      Files.createDirectories(dir);
      Path json = dir.resolve("scale-" + started.replace(":", "").replaceAll("\\.\\d+", "") + ".json");
      Files.writeString(json, json(results, machine, started, repeats, javaOptions), StandardCharsets.UTF_8);
      System.out.println("results: " + json);
    }
    if (o.containsKey("readme")) {
      Path readme = Path.of(o.get("readme"));
      String text = Files.readString(readme, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(text);
      if (!m.find()) {
        throw new IllegalStateException(readme + " has no <!-- scale --> … <!-- /scale --> block");
      }
      Files.writeString(readme, text.substring(0, m.start()) + "<!-- scale -->\n" + table + "<!-- /scale -->" + text.substring(m.end()), StandardCharsets.UTF_8);
      System.out.println("table written to " + readme);
    }
  }

  static List<String> arguments(String step, Path dir) {
    String today = RegisterFiles.TODAY.toString();
    return switch (step) {
      case "validate" -> List.of("validate", "--today", today);
      case "propagate" -> List.of("propagate", "--today", today);
      case "report" -> List.of("report", "--today", today, "--out", dir.resolve("report.html").toString());
      case "plan" -> List.of("plan", "merge", "--today", today, "--plan", dir.resolve("action-plan.yaml").toString());
      default -> throw new IllegalArgumentException(step);
    };
  }

  /** Runs one step; its wall time and the highest VmHWM read while it ran. */
  static Run run(List<String> cmd, Path stdout, Path stderr) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
    long peak = 0;
    while (!p.waitFor(10, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, highWaterMark(status));
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    return new Run(millis, peak, p.exitValue());
  }

  private static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between two reads, or this is not Linux
    }
    return 0;
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String table(List<Size> sizes, String machine, int repeats, String javaOptions) {
    StringBuilder t = new StringBuilder();
    t.append(machine).append(" Medians of ").append(repeats).append(" runs, each step in its own JVM (`java ").append(javaOptions).append(" -jar trygg.jar …")
        .append("`); seconds of wall time and MB of peak resident memory (VmHWM).\n\n");
    t.append("| systems | flows | register files | ");
    STEPS.forEach(s -> t.append(s).append(" | "));
    t.append("whole job | target | load average |\n|---:|---:|---:|");
    STEPS.forEach(s -> t.append("---:|"));
    t.append("---:|---|---|\n");
    for (Size s : sizes) {
      t.append(String.format(Locale.ROOT, "| %,d | %,d | %d × YAML, %.0f MB | ", s.systems(), s.flows(), s.files(), s.registerBytes() / 1e6));
      for (Step step : s.steps()) {
        t.append(cell(step.medianMillis(), step.medianPeakKib())).append(" | ");
      }
      t.append(cell(s.totalMillis(), s.peakKib())).append(" | ");
      double[] target = TARGETS.get(s.systems());
      if (target == null) {
        t.append("— | ");
      } else {
        boolean met = s.totalMillis() / 1e3 < target[0] && s.peakKib() / 1024.0 < target[1];
        t.append(String.format(Locale.ROOT, "< %.0f s, < %s: %s | ", target[0], target[1] >= 1024 ? (int) (target[1] / 1024) + " GB" : (int) target[1] + " MB",
            met ? "met" : "missed"));
      }
      t.append(s.loadAverage()).append(" |\n");
    }
    t.append("\nThe whole job is the sum of the four steps' times and the highest of their peaks.\n");
    return t.toString();
  }

  private static String cell(long millis, long kib) {
    return String.format(Locale.ROOT, "%.2f s, %.0f MB", millis / 1e3, kib / 1024.0);
  }

  static String json(List<Size> sizes, String machine, String started, int repeats, String javaOptions) {
    StringBuilder j = new StringBuilder("{\n  \"started\": \"").append(started).append("\",\n  \"machine\": \"").append(escape(machine))
        .append("\",\n  \"repeats\": ").append(repeats).append(",\n  \"javaOptions\": \"").append(javaOptions).append("\",\n  \"sizes\": [");
    for (int i = 0; i < sizes.size(); i++) {
      Size s = sizes.get(i);
      j.append(i == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
          "    {\"systems\": %d, \"flows\": %d, \"files\": %d, \"registerBytes\": %d, \"loadAverage\": \"%s\", \"totalMillis\": %d, \"peakKib\": %d, \"steps\": [",
          s.systems(), s.flows(), s.files(), s.registerBytes(), s.loadAverage(), s.totalMillis(), s.peakKib()));
      for (int k = 0; k < s.steps().size(); k++) {
        Step step = s.steps().get(k);
        j.append(k == 0 ? "\n" : ",\n").append(String.format(Locale.ROOT,
            "      {\"step\": \"%s\", \"medianMillis\": %d, \"medianPeakKib\": %d, \"outputBytes\": %d, \"runs\": [", step.name(), step.medianMillis(),
            step.medianPeakKib(), step.outputBytes()));
        for (int r = 0; r < step.runs().size(); r++) {
          Run run = step.runs().get(r);
          j.append(r == 0 ? "" : ", ").append(String.format(Locale.ROOT, "{\"millis\": %d, \"peakKib\": %d, \"exit\": %d}", run.millis(), run.peakKib(), run.exit()));
        }
        j.append("]}");
      }
      j.append("\n    ]}");
    }
    return j.append("\n  ]\n}\n").toString();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
  }

  static String machine() throws IOException {
    String cpu = "unknown CPU";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      try (Stream<String> lines = Files.lines(cpuinfo)) {
        cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
      }
    }
    long memory = 0;
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.isReadable(meminfo)) {
      try (Stream<String> lines = Files.lines(meminfo)) {
        memory = lines.filter(l -> l.startsWith("MemTotal:")).findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
      }
    }
    return String.format(Locale.ROOT, "Run of %s UTC on %d processors (%s), %.0f GiB memory, %s %s, Java %s.",
        Instant.now().toString().substring(0, 16).replace('T', ' '), Runtime.getRuntime().availableProcessors(), cpu, memory / 1048576.0,
        System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"));
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static long median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v.length == 0 ? 0 : v[v.length / 2];
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      if (name.equals("profile")) {
        o.put(name, "true");
      } else if (i + 1 < args.length) {
        o.put(name, args[++i]);
      } else {
        throw new IllegalArgumentException("--" + name + " needs a value");
      }
    }
    return o;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
