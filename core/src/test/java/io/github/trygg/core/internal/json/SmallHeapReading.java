package io.github.trygg.core.internal.json;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.ReadLimits;
import io.github.trygg.core.dpia.DpiaLists;
import io.github.trygg.core.register.RegisterReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Run in a JVM with a small heap by {@link SmallHeapReadingTest}: reads one hostile document through
 * a public reader and prints how that ended. Uses only public entry points.
 */
public final class SmallHeapReading {
  private SmallHeapReading() {}

  public static void main(String[] args) throws Exception {
    String name = args[0];
    long t0 = System.nanoTime();
    String outcome;
    try {
      run(name);
      outcome = "read";
    } catch (InvalidInputException e) {
      outcome = "invalid:" + e.problems().get(0).code();
    } catch (Throwable t) {
      outcome = "failed:" + t.getClass().getName();
    }
    System.out.println("case=" + name + " outcome=" + outcome + " ms=" + (System.nanoTime() - t0) / 1_000_000);
  }

  static void run(String name) throws Exception {
    switch (name) {
      case "nested-long-keys" -> register(nested(500, 4400), DataFormat.JSON, null);
      case "nested-long-keys-raised-limits" -> {
        // Within limits a host raised: read, in memory in proportion to the document.
        ReadLimits raised = ReadLimits.builder().maxNestingDepth(1000).maxNameLength(10_000).build();
        register(nested(500, 4400), DataFormat.JSON, raised);
      }
      case "yaml-scalar-30mb" -> {
        byte[] head = "format: trygg-register/1\nname: ".getBytes(StandardCharsets.US_ASCII);
        InputStream body = new InputStream() {
          long left = 30L << 20;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : -1;
          }
        };
        RegisterReader.readSources(List.of(new RegisterReader.Source("scalar.yaml",
            new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), body))), DataFormat.YAML)));
      }
      case "yaml-number-1mb" -> {
        String lists;
        try (InputStream in = DpiaLists.class.getResourceAsStream("dpia-lists.yaml")) {
          lists = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String hostile = lists.replaceFirst("minCriteria: 2", "minCriteria: 2" + "0".repeat(1 << 20));
        DpiaLists.read("lists.yaml", new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML);
      }
      default -> throw new IllegalArgumentException(name);
    }
  }

  /** 2.2 MB of objects inside objects with long member names: a pointer string per level would need over a gigabyte. */
  private static byte[] nested(int depth, int keyLength) {
    StringBuilder sb = new StringBuilder();
    String key = "k".repeat(keyLength);
    for (int i = 0; i < depth; i++) {
      sb.append("{\"").append(key).append("\":");
    }
    sb.append('1').append("}".repeat(depth));
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void register(byte[] doc, DataFormat format, ReadLimits limits) {
    List<RegisterReader.Source> sources = List.of(new RegisterReader.Source("hostile", new ByteArrayInputStream(doc), format));
    if (limits == null) {
      RegisterReader.readSources(sources);
    } else {
      RegisterReader.readSources(sources, limits);
    }
  }
}
