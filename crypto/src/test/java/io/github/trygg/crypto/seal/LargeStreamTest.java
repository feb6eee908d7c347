package io.github.trygg.crypto.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.testkit.ChildJvm;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A 2 GiB message signed, sealed, opened and verified in a JVM whose heap is capped at 64 MiB: if
 * either direction held the message, or a growing part of it, the child would die of an
 * OutOfMemoryError. Sealing and opening run at the same time over a pipe, so no file is written.
 */
class LargeStreamTest {
  static final int MEBIBYTES = 2048;

  @Test
  void twoGibibytesSealAndOpenInSixtyFourMebibytesOfHeap() throws Exception {
    ChildJvm.Result r = ChildJvm.run(LargeStreamRun.class, List.of("-Xmx64m"), List.of(String.valueOf(MEBIBYTES)), 15);
    assertEquals(0, r.exit(), r.output());
    Matcher m = Pattern.compile("contentBytes=(\\d+) sealedBytes=(\\d+) openedBytes=(\\d+) crcIn=(\\w+) crcOut=(\\w+) intended=(\\w+) .*maxHeapMB=(\\d+)")
        .matcher(r.output());
    assertTrue(m.find(), r.output());
    long expected = (long) MEBIBYTES << 20;
    assertEquals(expected, Long.parseLong(m.group(1)), r.output());
    assertTrue(Long.parseLong(m.group(2)) > expected, r.output());
    assertEquals(expected, Long.parseLong(m.group(3)), r.output());
    assertEquals(m.group(4), m.group(5), "the content came out changed: " + r.output());
    assertEquals("true", m.group(6), r.output());
    assertTrue(Long.parseLong(m.group(7)) <= 64, "the child's heap was not capped: " + r.output());
    System.out.println(r.output().lines().filter(l -> l.startsWith("contentBytes")).findFirst().orElse(""));
  }
}
