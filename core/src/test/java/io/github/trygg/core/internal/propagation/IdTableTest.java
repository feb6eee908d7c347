package io.github.trygg.core.internal.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The id table against a HashMap: hits, misses, repeats (first wins) and colliding hashes. */
class IdTableTest {
  @Test
  void answersLikeAHashMap() {
    SplittableRandom rnd = new SplittableRandom(42);
    IdTable table = new IdTable(10);
    Map<String, Integer> map = new HashMap<>();
    for (int k = 0; k < 20_000; k++) {
      String id = "s" + rnd.nextInt(15_000);
      assertEquals(map.computeIfAbsent(id, x -> map.size()), table.putIfAbsent(id, map.get(id)), id);
    }
    for (int k = 0; k < 30_000; k++) {
      String id = "s" + k;
      assertEquals(map.getOrDefault(id, -1), table.get(new String(id.toCharArray())), id);
    }
  }

  @Test
  void longIdsDifferingAfterTheEighthCharacterStayApart() {
    SplittableRandom rnd = new SplittableRandom(7);
    IdTable table = new IdTable(4);
    Map<String, Integer> map = new HashMap<>();
    String[] prefixes = {"", "sys", "system-å", "integration-ärende-", "x"};
    for (int k = 0; k < 5_000; k++) {
      String id = prefixes[rnd.nextInt(prefixes.length)] + rnd.nextInt(3_000) + (rnd.nextBoolean() ? "é€" : "");
      assertEquals(map.computeIfAbsent(id, x -> map.size()), table.putIfAbsent(id, map.get(id)), id);
    }
    for (String id : map.keySet()) {
      assertEquals(map.get(id), table.get(new String(id.toCharArray())), id);
      assertEquals(-1, table.get(id + "0€"), id);
      if (id.length() > 9) {
        assertEquals(map.getOrDefault(id.substring(0, id.length() - 1) + "￿", -1), table.get(id.substring(0, id.length() - 1) + "￿"), id);
      }
    }
  }

  @Test
  void keysWithTheSameHashStayApart() {
    // "Aa" and "BB" have the same String hash code.
    IdTable table = IdTable.of(new String[] {"Aa", "BB", "AaAa", "BBBB", "AaBB"});
    assertEquals(0, table.get("Aa"));
    assertEquals(1, table.get("BB"));
    assertEquals(4, table.get("AaBB"));
    assertEquals(-1, table.get("BBAa"));
    assertEquals(-1, table.get(""));
  }
}
