package io.github.trygg.core.internal.message;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Finds every listed term in a text in one pass (Aho–Corasick compiled to a full transition table),
 * ignoring case and treating a run of white space as one space. A term may require a word boundary
 * at its start, its end, both or neither ({@code *} marks an open end), checked on the original
 * text when a match ends.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TermAutomaton {
  /** Characters above this are never part of a term; they only reset the automaton. */
  static final char ALPHABET_LIMIT = '\u0250';

  /** Receives each match: the term's index in the list given to {@link #compile} and its span. */
  @FunctionalInterface
  public interface Sink {
    void match(int term, int start, int end);
  }

  private final char[] classOf;
  private final int classes;
  private final int[] delta;
  private final int[][] outputs;
  private final int[] length;
  private final boolean[] openStart;
  private final boolean[] openEnd;
  private final int ringMask;

  private TermAutomaton(char[] classOf, int classes, int[] delta, int[][] outputs, int[] length, boolean[] openStart, boolean[] openEnd, int ringMask) {
    this.classOf = classOf;
    this.classes = classes;
    this.delta = delta;
    this.outputs = outputs;
    this.length = length;
    this.openStart = openStart;
    this.openEnd = openEnd;
    this.ringMask = ringMask;
  }

  /** The body of a term as matched: lower case, single spaces, without its {@code *} marks. */
  public static String body(String term) {
    String t = term.strip();
    if (t.startsWith("*")) {
      t = t.substring(1);
    }
    if (t.endsWith("*")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** Why a term cannot be compiled, or empty when it can. */
  public static String problemWith(String term) {
    String body = body(term);
    if (body.isEmpty()) {
      return "the term is empty";
    }
    if (body.indexOf('*') >= 0) {
      return "'*' may only mark the start or end of a term";
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c >= ALPHABET_LIMIT || Character.isISOControl(c)) {
        return "the term has a character outside Latin script";
      }
    }
    if (!Character.isLetterOrDigit(body.charAt(0)) || !Character.isLetterOrDigit(body.charAt(body.length() - 1))) {
      return "a term must begin and end with a letter or digit";
    }
    return "";
  }

  public static TermAutomaton compile(List<String> terms) {
    int n = terms.size();
    String[] bodies = new String[n];
    boolean[] openStart = new boolean[n];
    boolean[] openEnd = new boolean[n];
    int[] length = new int[n];
    char[] classOf = new char[ALPHABET_LIMIT];
    int classes = 1; // class 0: every character no term contains
    int longest = 1;
    for (int t = 0; t < n; t++) {
      String term = terms.get(t).strip();
      String problem = problemWith(term);
      if (!problem.isEmpty()) {
        throw new IllegalArgumentException(problem);
      }
      openStart[t] = term.startsWith("*");
      openEnd[t] = term.endsWith("*");
      bodies[t] = body(term);
      length[t] = bodies[t].length();
      longest = Math.max(longest, length[t]);
      for (char c : bodies[t].toCharArray()) {
        if (classOf[c] == 0) {
          classOf[c] = (char) classes++;
        }
      }
    }
    // Trie.
    List<int[]> gotoRows = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    gotoRows.add(newRow(classes));
    out.add(new ArrayList<>());
    for (int t = 0; t < n; t++) {
      int state = 0;
      for (char c : bodies[t].toCharArray()) {
        int cls = classOf[c];
        if (gotoRows.get(state)[cls] < 0) {
          gotoRows.get(state)[cls] = gotoRows.size();
          gotoRows.add(newRow(classes));
          out.add(new ArrayList<>());
        }
        state = gotoRows.get(state)[cls];
      }
      out.get(state).add(t);
    }
    // Failure links by breadth-first search, folded into a complete transition table.
    int states = gotoRows.size();
    int[] delta = new int[states * classes];
    int[] fail = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int cls = 0; cls < classes; cls++) {
      int next = gotoRows.get(0)[cls];
      if (next > 0) {
        delta[cls] = next;
        fail[next] = 0;
        queue.add(next);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out.get(s).addAll(out.get(fail[s]));
      for (int cls = 0; cls < classes; cls++) {
        int next = gotoRows.get(s)[cls];
        if (next > 0) {
          fail[next] = delta[fail[s] * classes + cls];
          delta[s * classes + cls] = next;
          queue.add(next);
        } else {
          delta[s * classes + cls] = delta[fail[s] * classes + cls];
        }
      }
    }
    int[][] outputs = new int[states][];
    for (int s = 0; s < states; s++) {
      outputs[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    int ring = Integer.highestOneBit(longest) << 1;
    return new TermAutomaton(classOf, classes, delta, outputs, length, openStart, openEnd, ring - 1);
  }

  private static int[] newRow(int classes) {
    int[] row = new int[classes];
    Arrays.fill(row, -1);
    return row;
  }

  /** Reports every match in {@code text}, in order of where it ends. */
  public void scan(CharSequence text, Sink sink) {
    int[] ring = new int[ringMask + 1];
    int fed = 0;
    int state = 0;
    boolean lastWasSpace = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c <= ' ' || Character.isWhitespace(c)) {
        if (lastWasSpace) {
          continue;
        }
        lastWasSpace = true;
        c = ' ';
      } else {
        lastWasSpace = false;
        c = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) : Character.toLowerCase(c);
      }
      int cls = c < ALPHABET_LIMIT ? classOf[c] : 0;
      ring[fed & ringMask] = i;
      fed++;
      state = delta[state * classes + cls];
      int[] found = outputs[state];
      for (int t : found) {
        int start = ring[(fed - length[t]) & ringMask];
        int end = i + 1;
        if ((openStart[t] || start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
            && (openEnd[t] || end == n || !Character.isLetterOrDigit(text.charAt(end)))) {
          sink.match(t, start, end);
        }
      }
    }
  }
}
