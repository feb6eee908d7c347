package io.github.trygg.core.risk;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Labelled;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Scope;
import io.github.trygg.core.VerificationStatus;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Protected grounds a fairness assessment considers: the union of the Swedish diskrimineringslag
 * (2008:567) 1 kap. 1 § and the Norwegian likestillings- og diskrimineringsloven § 6. The lists are
 * taken from the statutes as remembered, not re-read here: {@link #reference(Jurisdiction)} says so.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DiscriminationGround implements Labelled {
  /** Sex. */
  SEX(new LocalizedText("kön", "kjønn", "sex")),
  /** Transgender identity or expression (in Norway: gender identity and expression). */
  TRANSGENDER_IDENTITY_OR_EXPRESSION(new LocalizedText(
      "könsöverskridande identitet eller uttryck", "kjønnsidentitet og kjønnsuttrykk", "transgender identity or expression")),
  /** Ethnicity. */
  ETHNICITY(new LocalizedText("etnisk tillhörighet", "etnisitet", "ethnicity")),
  /** Religion or other belief. */
  RELIGION_OR_BELIEF(new LocalizedText("religion eller annan trosuppfattning", "religion og livssyn", "religion or other belief")),
  /** Disability. */
  DISABILITY(new LocalizedText("funktionsnedsättning", "funksjonsnedsettelse", "disability")),
  /** Sexual orientation. */
  SEXUAL_ORIENTATION(new LocalizedText("sexuell läggning", "seksuell orientering", "sexual orientation")),
  /** Age. */
  AGE(new LocalizedText("ålder", "alder", "age")),
  /** Norway only: pregnancy, leave on birth or adoption. */
  PREGNANCY_OR_PARENTAL_LEAVE(new LocalizedText(
      "graviditet och föräldraledighet", "graviditet og permisjon ved fødsel eller adopsjon", "pregnancy and parental leave")),
  /** Norway only: care responsibilities. */
  CARE_RESPONSIBILITIES(new LocalizedText("omsorgsansvar", "omsorgsoppgaver", "care responsibilities"));

  private final LocalizedText label;

  DiscriminationGround(LocalizedText label) {
    this.label = label;
  }

  /** {@return the ground as the statutes name it} */
  @Override
  public LocalizedText label() {
    return label;
  }

  /**
   * Several grounds as one text, joined with commas in each language.
   *
   * @param grounds the grounds
   * @return the grounds in words, comma-separated
   */
  public static LocalizedText labels(java.util.Collection<DiscriminationGround> grounds) {
    java.util.List<LocalizedText> labels = grounds.stream().map(DiscriminationGround::label).toList();
    return new LocalizedText(
        String.join(", ", labels.stream().map(LocalizedText::sv).toList()),
        String.join(", ", labels.stream().map(LocalizedText::nb).toList()),
        String.join(", ", labels.stream().map(LocalizedText::en).toList()));
  }

  /**
   * The grounds the jurisdiction's act protects.
   *
   * @param jurisdiction Sweden or Norway
   * @return the grounds that law lists
   */
  public static Set<DiscriminationGround> of(Jurisdiction jurisdiction) {
    Set<DiscriminationGround> grounds = EnumSet.range(SEX, AGE);
    if (jurisdiction == Jurisdiction.NORWAY) {
      grounds.add(PREGNANCY_OR_PARENTAL_LEAVE);
      grounds.add(CARE_RESPONSIBILITIES);
    }
    return grounds;
  }

  /**
   * The discrimination law of a jurisdiction, which the grounds come from.
   *
   * @param jurisdiction Sweden or Norway
   * @return the provision, with its verification status
   */
  public static LegalReference reference(Jurisdiction jurisdiction) {
    return jurisdiction == Jurisdiction.SWEDEN
        ? LegalReference.of("diskrimineringslagen (2008:567) 1 kap. 1 §", CitationKind.STATUTE, VerificationStatus.UNVERIFIED)
            .within(Scope.of(Jurisdiction.SWEDEN))
        : LegalReference.of("likestillings- og diskrimineringsloven § 6", CitationKind.STATUTE, VerificationStatus.UNVERIFIED)
            .within(Scope.of(Jurisdiction.NORWAY));
  }
}
