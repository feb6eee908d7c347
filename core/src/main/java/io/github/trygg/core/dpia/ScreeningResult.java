package io.github.trygg.core.dpia;

import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.data.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The outcome of a DPIA screening and everything behind it: the criteria met (with why), those set
 * aside (with the justification), the Art. 35(3) cases and list items that matched (with the facts
 * that made them match), the reason for the outcome and its legal basis.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScreeningResult {
  private final ScreeningInput input;
  private final DpiaOutcome outcome;
  private final List<MetCriterion> criteria;
  private final List<ExcludedCriterion> excluded;
  private final List<MatchedItem> mandatory;
  private final List<MatchedItem> national;
  private final LocalizedText reason;
  private final List<LegalReference> basis;

  ScreeningResult(ScreeningInput input, DpiaOutcome outcome, List<MetCriterion> criteria, List<ExcludedCriterion> excluded,
      List<MatchedItem> mandatory, List<MatchedItem> national, LocalizedText reason, List<LegalReference> basis) {
    this.input = input;
    this.outcome = outcome;
    this.criteria = List.copyOf(criteria);
    this.excluded = List.copyOf(excluded);
    this.mandatory = List.copyOf(mandatory);
    this.national = List.copyOf(national);
    this.reason = reason;
    this.basis = List.copyOf(basis);
  }

  /** {@return the input screened} */
  public ScreeningInput input() {
    return input;
  }

  /** {@return the outcome: required (by the criteria or a list), likely required, to consider, or not required} */
  public DpiaOutcome outcome() {
    return outcome;
  }

  /** {@return the WP248 criteria met, with their reasons} */
  public List<MetCriterion> criteria() {
    return criteria;
  }

  /** {@return the criteria excluded, with the justification given} */
  public List<ExcludedCriterion> excluded() {
    return excluded;
  }

  /** {@return the Art. 35(3) cases that matched} */
  public List<MatchedItem> mandatoryCases() {
    return mandatory;
  }

  /** {@return national list items of the input's jurisdiction that matched} */
  public List<MatchedItem> nationalItems() {
    return national;
  }

  /** {@return why the outcome is what it is} */
  public LocalizedText reason() {
    return reason;
  }

  /** {@return the rules the outcome rests on, with their verification status} */
  public List<LegalReference> basis() {
    return basis;
  }

  /**
   * A decision not to carry out a DPIA must be documented with its reasons (CONSIDER, NOT_REQUIRED, or criteria set aside).
   *
   * @return whether the screening must be documented (a criterion met without a DPIA)
   */
  public boolean documentationRequired() {
    return !outcome.dpiaExpected() || !excluded.isEmpty();
  }

  /** {@code system:gps-larm} as "system gps-larm", {@code activity:x} as "behandling x"; anything else as it is. */
  private static LocalizedText subjectInWords(String subject) {
    int colon = subject.indexOf(':');
    if (colon < 0) {
      return new LocalizedText(subject, subject, subject);
    }
    String id = subject.substring(colon + 1);
    return io.github.trygg.core.internal.json.WireNames.parse(subject.substring(0, colon), io.github.trygg.core.register.EntryKind.class)
        .map(k -> new io.github.trygg.core.register.EntryRef(k, id).label()).orElse(new LocalizedText(subject, subject, subject));
  }

  /**
   * The result in lines of text: the outcome and why, then each criterion and list item.
   *
   * @param language the language of the lines
   * @return the lines
   */
  public List<String> explain(Language language) {
    List<String> lines = new ArrayList<>();
    lines.add(Messages.format(language, "dpia.header", subjectInWords(input.subject()), Messages.text("dpia.outcome." + outcome.name()), reason));
    for (MetCriterion c : criteria) {
      lines.add(Messages.format(language, "dpia.criterion", c.criterion().number(), c.criterion().label(), c.reason()));
    }
    for (ExcludedCriterion c : excluded) {
      lines.add(Messages.format(language, "dpia.excluded", c.criterion().number(), c.criterion().label(), c.justification()));
    }
    for (MatchedItem m : mandatory) {
      lines.add(Messages.format(language, "dpia.mandatory", m.item().label(), join(m.because(), language)));
    }
    for (MatchedItem m : national) {
      lines.add(Messages.format(language, "dpia.national", m.item().label(), join(m.because(), language)));
    }
    lines.add(Messages.format(language, "dpia.basis", basis.stream().map(r -> r.explain(language)).collect(Collectors.joining("; "))));
    if (documentationRequired()) {
      lines.add(Messages.format(language, "dpia.document"));
    }
    return lines;
  }

  private static String join(List<LocalizedText> texts, Language language) {
    return texts.stream().map(t -> t.in(language)).collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return "ScreeningResult[" + input.subject() + " " + input.jurisdiction() + " " + outcome + ", criteria " + criteria.size() + "]";
  }
}
