package io.github.trygg.crypto.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.testkit.ChildJvm;
import io.github.trygg.crypto.testkit.Seeds;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input suite of the crypto readers, in a JVM with a 64 MiB heap: every input must end
 * in a typed error or a result, within the time limit, showing no key, content or identity number.
 * The inputs are made when the suite runs ({@link HostileInputRun}); the seed is printed.
 */
class HostileInputTest {
  @Test
  void everyHostileInputEndsCleanly() throws Exception {
    long seed = Seeds.seed();
    ChildJvm.Result r = ChildJvm.run(HostileInputRun.class, List.of("-Xmx64m"), List.of(String.valueOf(seed)), 20);
    System.out.println(r.output());
    Matcher m = Pattern.compile("tried=(\\d+) cleanErrors=(\\d+) results=(\\d+) findings=(\\d+) maxHeapMB=(\\d+)").matcher(r.output());
    assertTrue(m.find(), r.output());
    assertEquals(0, r.exit(), r.output());
    assertEquals("0", m.group(4), r.output());
    assertTrue(Integer.parseInt(m.group(1)) > 1000, r.output());
    assertTrue(Integer.parseInt(m.group(5)) <= 64, r.output());
  }
}
