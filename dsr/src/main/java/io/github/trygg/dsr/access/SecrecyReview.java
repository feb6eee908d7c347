package io.github.trygg.dsr.access;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The secrecy review of an answer to a request for access before it is released: who reviewed it,
 * how many items are withheld and on which grounds of the catalogue (for example
 * {@code se-sekretess-mot-den-enskilde}, {@code no-popplyl-16}, {@code gdpr-15-4}). In Sweden the
 * review rests on the Public Access to Information and Secrecy Act (OSL) and the Data Protection Act
 * 5 kap. 1 §; in Norway on personopplysningsloven § 16. The reviewer is a role, never a person's name.
 *
 * @param reviewedBy the role that reviewed, never a person's name
 * @param itemsWithheld how many items are withheld, 0 or more
 * @param withholdingGrounds the catalogue ids of the grounds items are withheld on; needed when any is
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SecrecyReview(String reviewedBy, int itemsWithheld, List<String> withholdingGrounds) {
  /**
   * Checks the review.
   *
   * @param reviewedBy the role that reviewed, never a person's name
   * @param itemsWithheld how many items are withheld, 0 or more
   * @param withholdingGrounds the catalogue ids of the grounds items are withheld on; needed when any is
   * @throws IllegalArgumentException if no reviewer is named, the count is negative, or items are
   *     withheld without grounds
   */
  public SecrecyReview {
    Objects.requireNonNull(reviewedBy, "reviewedBy");
    withholdingGrounds = List.copyOf(withholdingGrounds);
    if (reviewedBy.isBlank()) {
      throw new IllegalArgumentException("a secrecy review names who reviewed (a role)");
    }
    if (itemsWithheld < 0) {
      throw new IllegalArgumentException("items withheld cannot be negative");
    }
    if (itemsWithheld > 0 && withholdingGrounds.isEmpty()) {
      throw new IllegalArgumentException("withheld items need the grounds they are withheld on");
    }
  }

  /**
   * A review that withholds nothing.
   *
   * @param reviewedBy the role that reviewed
   * @return the review
   */
  public static SecrecyReview nothingWithheld(String reviewedBy) {
    return new SecrecyReview(reviewedBy, 0, List.of());
  }
}
