package io.github.trygg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A problem never carries anything shaped like an identity number, wherever a reader put it. */
class ProblemRedactionTest {

  @Test
  void identityNumberShapesAreHiddenEverywhere() {
    Problem p = new Problem("x", new Location("19121212-1212.yaml", 3, 4, "/persons/191212121212/name"),
        "unknown value '121212-1212' or 121212 1212, 12121212+1212 and 01019912345", "not 010199 12345");
    assertEquals("[hidden].yaml", p.location().source());
    assertEquals("/persons/[hidden]/name", p.location().pointer());
    assertEquals("unknown value '[hidden]' or [hidden], [hidden] and [hidden]", p.message());
    assertEquals("not [hidden]", p.expected());
    assertEquals(3, p.location().line());
  }

  @Test
  void otherNumbersStay() {
    Problem p = new Problem("x", Location.of("a.yaml", "/systems/12"), "line 12345, 123456789 bytes, 1234567890123 ms, 2026-01-31", "1 to 9");
    assertEquals("line 12345, 123456789 bytes, 1234567890123 ms, 2026-01-31", p.message());
    assertEquals("/systems/12", p.location().pointer());
  }
}
