package io.github.trygg.core.internal.message;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds valid Swedish and Norwegian identity numbers in free text. A candidate is a run of digit
 * groups joined by short separators (spaces, a hyphen or a plus, possibly with spaces around it):
 * one group of 10, 11 or 12 digits, or a date group of 6 or 8 digits followed by 4 or 5 more.
 * Only numbers that {@link IdentityNumbers} accepts count — real dates, check digits, the 2032
 * rule — so digit runs with a wrong check digit are never reported. Numbers glued to letters or
 * part of a longer hyphenated code are skipped.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IdentityNumberScanner {
  private static final int MAX_GROUPS = 16;

  /** Receives each number found: its kind and span. The number itself is not handed out. */
  @FunctionalInterface
  public interface Sink {
    void number(IdentityKind kind, int start, int end);
  }

  private IdentityNumberScanner() {}

  public static void scan(CharSequence text, LocalDate referenceDate, Sink sink) {
    int n = text.length();
    int[] groupStart = new int[MAX_GROUPS];
    int[] groupEnd = new int[MAX_GROUPS];
    // sepKind[g]: what joins group g to g+1: 1 spaces only, 2 a hyphen, 3 a plus (with optional spaces)
    int[] sepKind = new int[MAX_GROUPS];
    Chars buffer = new Chars();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      boolean glued = i > 0 && (Character.isLetter(text.charAt(i - 1))
          || ((text.charAt(i - 1) == '.' || text.charAt(i - 1) == ',') && i > 1 && isDigit(text.charAt(i - 2))));
      int groups = 0;
      int j = i;
      while (true) {
        int s = j;
        while (j < n && isDigit(text.charAt(j))) {
          j++;
        }
        if (groups < MAX_GROUPS) {
          groupStart[groups] = s;
          groupEnd[groups] = j;
        }
        groups++;
        int sep = separator(text, j);
        if (sep == 0) {
          break;
        }
        int next = j + (sep >>> 2);
        if (next >= n || !isDigit(text.charAt(next))) {
          break;
        }
        if (groups <= MAX_GROUPS) {
          sepKind[groups - 1] = sep & 3;
        }
        j = next;
      }
      int tokenEnd = j;
      boolean gluedAfter = tokenEnd < n && Character.isLetter(text.charAt(tokenEnd));
      if (!glued && !gluedAfter && groups <= MAX_GROUPS) {
        windows(text, groups, groupStart, groupEnd, sepKind, buffer, referenceDate, sink);
      }
      i = tokenEnd;
    }
  }

  private static void windows(CharSequence text, int groups, int[] gs, int[] ge, int[] sep, Chars buffer, LocalDate ref, Sink sink) {
    int a = 0;
    while (a < groups) {
      int len = ge[a] - gs[a];
      int last = -1;
      if (len >= 10 && len <= 12) {
        last = a;
      } else if (a + 1 < groups) {
        int next = ge[a + 1] - gs[a + 1];
        if ((len == 6 && (next == 4 || next == 5)) || (len == 8 && next == 4)) {
          last = a + 1;
        }
      }
      // Neighbours joined by a hyphen or plus make the window part of a longer code.
      if (last >= 0 && (a > 0 && sep[a - 1] != 1 || last + 1 < groups && sep[last] != 1)) {
        last = -1;
      }
      if (last >= 0) {
        buffer.clear();
        appendDigits(text, gs[a], ge[a], buffer);
        if (last > a) {
          buffer.append(sep[a] == 3 ? '+' : '-');
          appendDigits(text, gs[last], ge[last], buffer);
        }
        if (IdentityNumbers.isValid(buffer, 0, buffer.length(), ref)) {
          Optional<IdentityNumber> number = IdentityNumbers.tryParse(buffer, 0, buffer.length(), ref);
          if (number.isPresent()) {
            sink.number(number.get().kind(), gs[a], ge[last]);
            a = last + 1;
            continue;
          }
        }
      }
      a++;
    }
  }

  private static void appendDigits(CharSequence text, int from, int to, Chars buffer) {
    for (int k = from; k < to; k++) {
      buffer.append(text.charAt(k));
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u202f';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  /**
   * The separator at {@code at}: its length in the upper bits ({@code >>> 2}) and its kind in the
   * lower two (1 spaces, 2 hyphen, 3 plus), or 0 when there is none. At most one space on each
   * side of a hyphen or plus, and at most one space alone.
   */
  private static int separator(CharSequence text, int at) {
    int n = text.length();
    int k = at;
    int spacesBefore = 0;
    while (k < n && isSpace(text.charAt(k)) && spacesBefore < 2) {
      k++;
      spacesBefore++;
    }
    if (k < n && (isDash(text.charAt(k)) || text.charAt(k) == '+')) {
      int kind = text.charAt(k) == '+' ? 3 : 2;
      k++;
      if (k < n && isSpace(text.charAt(k))) {
        k++;
      }
      return spacesBefore > 1 ? 0 : (k - at) << 2 | kind;
    }
    return spacesBefore == 1 ? (1 << 2) | 1 : 0;
  }

  /** A reusable character buffer, so a candidate costs no allocation. */
  static final class Chars implements CharSequence {
    private final char[] chars = new char[16];
    private int length;

    void clear() {
      length = 0;
    }

    void append(char c) {
      if (length < chars.length) {
        chars[length] = c;
      }
      length++;
    }

    @Override
    public int length() {
      return Math.min(length, chars.length);
    }

    @Override
    public char charAt(int index) {
      return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, 0, length());
    }
  }
}
