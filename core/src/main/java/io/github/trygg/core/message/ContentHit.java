package io.github.trygg.core.message;

import org.apiguardian.api.API;

/**
 * One hit of a content scan: what kind of sensitive content was recognised, where
 * ({@code text[start, end)}, in UTF-16 code units of the scanned text) and which content class it
 * implies. Never holds the matched text, which may be a real person's number.
 *
 * @param kind what was recognised: a kind of identity number or a term from a term list
 * @param start index of the first character of the hit in the scanned text
 * @param end index just past the last character of the hit; at least {@code start}
 * @param contentClass the content class the hit implies on its own
 * @param list for a term, the id of the term list it came from; empty for an identity number
 * @param term for a term, the list entry that matched (a word such as {@code psykiatri*}); empty otherwise
 * @param synthetic an identity number from an official test series (no real person has it)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ContentHit(ContentHitKind kind, int start, int end, ContentClass contentClass, String list, String term, boolean synthetic) {
  /**
   * Checks the span.
   *
   * @param kind what was recognised: a kind of identity number or a term from a term list
   * @param start index of the first character of the hit in the scanned text
   * @param end index just past the last character of the hit; at least {@code start}
   * @param contentClass the content class the hit implies on its own
   * @param list for a term, the id of the term list it came from; empty for an identity number
   * @param term for a term, the list entry that matched (a word such as {@code psykiatri*}); empty otherwise
   * @param synthetic an identity number from an official test series (no real person has it)
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before {@code start}
   */
  public ContentHit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a content hit needs 0 <= start <= end");
    }
  }

  /**
   * The length of the hit, {@code end - start}.
   *
   * @return the number of UTF-16 code units the hit covers
   */
  public int length() {
    return end - start;
  }
}
