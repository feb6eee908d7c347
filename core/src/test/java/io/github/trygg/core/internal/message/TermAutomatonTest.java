package io.github.trygg.core.internal.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The automaton finds exactly what a naive search over every position finds. */
class TermAutomatonTest {
  @Test
  void agreesWithANaiveSearchOnRandomText() {
    String given = System.getProperty("trygg.seed", "");
    long seed = given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
    SplittableRandom r = new SplittableRandom(seed);
    char[] alphabet = {'a', 'b', 'å', 'Ø', ' ', ' ', '-', '\n', 'A'};
    for (int round = 0; round < 300; round++) {
      List<String> terms = new ArrayList<>();
      TreeSet<String> bodies = new TreeSet<>();
      while (terms.size() < 8) {
        StringBuilder t = new StringBuilder();
        int len = 1 + r.nextInt(4);
        for (int i = 0; i < len; i++) {
          t.append(i > 0 && i < len - 1 && r.nextInt(5) == 0 ? ' ' : "abåø".charAt(r.nextInt(4)));
        }
        String body = t.toString();
        if (!bodies.add(body)) {
          continue;
        }
        terms.add((r.nextBoolean() ? "*" : "") + body + (r.nextBoolean() ? "*" : ""));
      }
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        text.append(alphabet[r.nextInt(alphabet.length)]);
      }
      TreeSet<String> fast = new TreeSet<>();
      TermAutomaton.compile(terms).scan(text, (t, s, e) -> fast.add(t + ":" + s + ":" + e));
      assertEquals(naive(terms, text.toString()), fast, "seed " + seed + " round " + round + " terms " + terms);
    }
  }

  /** Every start position, white space runs collapsed while comparing. */
  static TreeSet<String> naive(List<String> terms, String text) {
    TreeSet<String> out = new TreeSet<>();
    for (int t = 0; t < terms.size(); t++) {
      String term = terms.get(t);
      String body = TermAutomaton.body(term);
      for (int start = 0; start < text.length(); start++) {
        if (start > 0 && Character.isWhitespace(text.charAt(start)) && Character.isWhitespace(text.charAt(start - 1))) {
          continue;
        }
        int i = start;
        int k = 0;
        while (k < body.length() && i < text.length()) {
          char c = text.charAt(i);
          if (Character.isWhitespace(c)) {
            if (body.charAt(k) != ' ') {
              break;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
              i++;
            }
            k++;
            continue;
          }
          if (Character.toLowerCase(c) != body.charAt(k)) {
            break;
          }
          i++;
          k++;
        }
        if (k == body.length()) {
          int end = body.endsWith(" ") ? i : i;
          boolean startOk = term.startsWith("*") || start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
          boolean endOk = term.endsWith("*") || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
          if (startOk && endOk) {
            out.add(t + ":" + start + ":" + end);
          }
        }
      }
    }
    return out;
  }

  @Test
  void rejectsTermsItCannotMatch() {
    assertEquals("the term is empty", TermAutomaton.problemWith("**"));
    assertEquals("'*' may only mark the start or end of a term", TermAutomaton.problemWith("a*b"));
    assertEquals("a term must begin and end with a letter or digit", TermAutomaton.problemWith("-lvu"));
    assertEquals("", TermAutomaton.problemWith("ekonomiskt bistånd".toUpperCase(Locale.ROOT)));
  }
}
