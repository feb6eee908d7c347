package io.github.trygg.core.risk;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.VerificationStatus;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Protected grounds a fairness assessment considers: the union of the Swedish diskrimineringslag
 * (2008:567) 1 kap. 1 § and the Norwegian likestillings- og diskrimineringsloven § 6. The lists are
 * taken from the statutes as remembered, not re-read here: {@link #reference(Jurisdiction)} says so.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DiscriminationGround {
  SEX,
  TRANSGENDER_IDENTITY_OR_EXPRESSION,
  ETHNICITY,
  RELIGION_OR_BELIEF,
  DISABILITY,
  SEXUAL_ORIENTATION,
  AGE,
  /** Norway only: pregnancy, leave on birth or adoption. */
  PREGNANCY_OR_PARENTAL_LEAVE,
  /** Norway only: care responsibilities. */
  CARE_RESPONSIBILITIES;

  /** The grounds the jurisdiction's act protects. */
  public static Set<DiscriminationGround> of(Jurisdiction jurisdiction) {
    Set<DiscriminationGround> grounds = EnumSet.range(SEX, AGE);
    if (jurisdiction == Jurisdiction.NORWAY) {
      grounds.add(PREGNANCY_OR_PARENTAL_LEAVE);
      grounds.add(CARE_RESPONSIBILITIES);
    }
    return grounds;
  }

  public static LegalReference reference(Jurisdiction jurisdiction) {
    return jurisdiction == Jurisdiction.SWEDEN
        ? LegalReference.of("diskrimineringslagen (2008:567) 1 kap. 1 §", VerificationStatus.UNVERIFIED)
        : LegalReference.of("likestillings- og diskrimineringsloven § 6", VerificationStatus.UNVERIFIED);
  }
}
