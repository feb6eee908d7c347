package io.github.trygg.core.message;

import org.apiguardian.api.API;

/**
 * One thing detection found: what, where ({@code text[start, end)}) and which content class it
 * implies. Never holds the matched text, which may be a real person's number.
 *
 * @param list for a term, the id of the term list it came from; empty for an identity number
 * @param term for a term, the list entry that matched (a word such as {@code psykiatri*}); empty otherwise
 * @param synthetic an identity number from an official test series (no real person has it)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Finding(FindingType type, int start, int end, ContentClass contentClass, String list, String term, boolean synthetic) {
  public Finding {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a finding needs 0 <= start <= end");
    }
  }

  public int length() {
    return end - start;
  }
}
