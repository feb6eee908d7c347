package io.github.trygg.core.message;

import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.data.Lookup;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "may this message go, and how": the verdict, the rule that gave it and the table
 * version, the measures that must be in place (or, when denied, the remedies that would let it go),
 * the legal basis with its verification status, the rationale in three languages, a suggested
 * channel, the effective content class and every adjustment made to the inputs. Meant to be kept
 * in the host's audit log as it is; holds no message text.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Decision {
  private final Verdict verdict;
  private final String ruleId;
  private final int row;
  private final String table;
  private final String tableVersion;
  private final LocalizedText title;
  private final LocalizedText rationale;
  private final List<RequiredMeasure> measures;
  private final List<RequiredMeasure> remedies;
  private final List<LegalReference> legalBasis;
  private final Optional<Alternative> alternative;
  private final ContentClass declaredContent;
  private final ContentClass effectiveContent;
  private final Set<ContentHitKind> hitKinds;
  private final List<UnmetRequirement> unmet;
  private final List<Adjustment> adjustments;
  private final Map<RequiredMeasure, LocalizedText> measureTexts;
  private final Supplier<List<Factor>> factorSource;
  private volatile @Nullable List<Factor> factors;

  Decision(
      Verdict verdict,
      String ruleId,
      int row,
      String table,
      String tableVersion,
      LocalizedText title,
      LocalizedText rationale,
      List<RequiredMeasure> measures,
      List<RequiredMeasure> remedies,
      List<LegalReference> legalBasis,
      Optional<Alternative> alternative,
      ContentClass declaredContent,
      ContentClass effectiveContent,
      Set<ContentHitKind> hitKinds,
      List<UnmetRequirement> unmet,
      List<Adjustment> adjustments,
      Map<RequiredMeasure, LocalizedText> measureTexts,
      Supplier<List<Factor>> factorSource) {
    this.verdict = verdict;
    this.ruleId = ruleId;
    this.row = row;
    this.table = table;
    this.tableVersion = tableVersion;
    this.title = title;
    this.rationale = rationale;
    this.measures = measures;
    this.remedies = remedies;
    this.legalBasis = legalBasis;
    this.alternative = alternative;
    this.declaredContent = declaredContent;
    this.effectiveContent = effectiveContent;
    this.hitKinds = hitKinds;
    this.unmet = unmet;
    this.adjustments = adjustments;
    this.measureTexts = measureTexts;
    this.factorSource = factorSource;
  }

  /** {@return the verdict: allow, allow with conditions, or deny} */
  public Verdict verdict() {
    return verdict;
  }

  /** {@return whether the message may go (allowed, with or without conditions)} */
  public boolean permits() {
    return verdict.permits();
  }

  /** {@return the id of the rule that decided, for example {@code SE-05}} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return the row of the research decision table the rule encodes} */
  public int row() {
    return row;
  }

  /** {@return the id of the decision table} */
  public String table() {
    return table;
  }

  /** {@return the version of the decision table} */
  public String tableVersion() {
    return tableVersion;
  }

  /** {@return the title of the rule that decided} */
  public LocalizedText title() {
    return title;
  }

  /** {@return why the rule decides as it does, in Swedish, Norwegian bokmål and English} */
  public LocalizedText rationale() {
    return rationale;
  }

  /**
   * {@return what must be in place for the message to go; for a denial, what the rule would still
   * require}
   */
  public List<RequiredMeasure> measures() {
    return measures;
  }

  /**
   * Whether the decision requires {@code measure}.
   *
   * @param measure a measure
   * @return whether it is among {@link #measures()}
   */
  public boolean requires(RequiredMeasure measure) {
    return measures.contains(measure);
  }

  /**
   * For a denial: any one of these would let the message go (with the other rules' measures).
   *
   * @return the measures any one of which would let a denied message go; empty unless denied
   */
  public List<RequiredMeasure> remedies() {
    return remedies;
  }

  /**
   * The text of a measure, as the table words it.
   *
   * @param measure a measure of the table
   * @return the measure's text, as the table words it
   */
  public LocalizedText describe(RequiredMeasure measure) {
    return Lookup.in(measureTexts, measure, "text of the measure");
  }

  /** {@return the provisions the rule rests on, each with its verification status} */
  public List<LegalReference> legalBasis() {
    return legalBasis;
  }

  /** {@return a channel that would serve the message better, if the table suggests one} */
  public Optional<Alternative> suggestedAlternative() {
    return alternative;
  }

  /** {@return the content class the sender declared} */
  public ContentClass declaredContent() {
    return declaredContent;
  }

  /** {@return the class the rules ran on: the highest of declared, detected and any floor of the table} */
  public ContentClass effectiveContent() {
    return effectiveContent;
  }

  /** {@return the kinds of content detection found or the caller declared the content to contain} */
  public Set<ContentHitKind> hitKinds() {
    return hitKinds;
  }

  /** {@return requirements of the matched rule that were not met; non-empty only for such denials} */
  public List<UnmetRequirement> unmetRequirements() {
    return unmet;
  }

  /** {@return every change made to the inputs before the rules ran, such as a class raised by detection} */
  public List<Adjustment> adjustments() {
    return adjustments;
  }

  /** {@return the inputs the deciding rule looked at, with their values} */
  public List<Factor> factors() {
    List<Factor> f = factors;
    if (f == null) {
      f = factorSource.get();
      factors = f;
    }
    return f;
  }

  /**
   * Always false: no decision lets consent replace encryption or strong authentication.
   *
   * @return always {@code false}
   */
  public boolean consentCanWaiveSecurity() {
    return false;
  }

  /**
   * A plain-text explanation for a compliance officer, in one language.
   *
   * @param language the language of the text
   * @return the explanation, one line per entry
   */
  public String explain(Language language) {
    StringBuilder sb = new StringBuilder();
    sb.append(verdict.label(language).toUpperCase(language.locale())).append(" — ").append(ruleId).append(" (")
        .append(label(language, "rad", "rad", "row")).append(' ').append(row).append(", ")
        .append(table).append(' ').append(tableVersion).append(")\n");
    sb.append(title.in(language)).append('\n');
    sb.append(rationale.in(language)).append('\n');
    for (UnmetRequirement u : unmet) {
      sb.append("  ✗ ").append(u.text().in(language)).append('\n');
    }
    if (!measures.isEmpty()) {
      sb.append(label(language, "Krav", "Krav", "Required measures")).append(":\n");
      measures.forEach(m -> sb.append("  - ").append(describe(m).in(language)).append('\n'));
    }
    if (!remedies.isEmpty()) {
      sb.append(label(language, "Möjliga åtgärder", "Mulige tiltak", "Remedies")).append(":\n");
      remedies.forEach(m -> sb.append("  - ").append(describe(m).in(language)).append('\n'));
    }
    alternative.ifPresent(a -> sb.append(label(language, "Förslag", "Forslag", "Suggested instead")).append(": ").append(a.advice().in(language)).append('\n'));
    // "Rättslig grund" would read as the Art. 6 basis to a Swedish DPO: these are the sources.
    sb.append(label(language, "Källor", "Kilder", "Sources")).append(":\n");
    legalBasis.forEach(b -> sb.append("  - ").append(b.explain(language)).append("\n"));
    for (Adjustment a : adjustments) {
      sb.append("  * ").append(a.explanation().in(language)).append('\n');
    }
    sb.append(label(language, "Underlag", "Grunnlag", "Inputs")).append(": ")
        .append(String.join("; ", factors().stream().map(f -> f.explain(language)).toList())).append('\n');
    return sb.toString();
  }

  private static String label(Language language, String sv, String nb, String en) {
    return new LocalizedText(sv, nb, en).in(language);
  }

  @Override
  public String toString() {
    return "Decision[" + verdict + " " + ruleId + " content=" + effectiveContent + " measures=" + measures + " remedies=" + remedies + "]";
  }
}
