package io.github.trygg.core.dpia;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.core.internal.data.Messages;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * Screens a processing for the need of a DPIA. In order: an Art. 35(3) case → REQUIRED; an item of
 * the jurisdiction's Art. 35(4) list (IMY: two or more criteria; Datatilsynet: the listed kinds of
 * processing) → REQUIRED_BY_LIST; two or more WP248 criteria → LIKELY_REQUIRED; one → CONSIDER;
 * none → NOT_REQUIRED. Every match is reported, not only the deciding one.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DpiaScreener {
  private static final LegalReference WP248 = LegalReference.of(
      "WP248 rev.01 (EDPB)", CitationKind.GUIDANCE, VerificationStatus.SECONDARY);
  private static final LegalReference ART_35_1 = LegalReference.of("GDPR Art. 35(1)", CitationKind.STATUTE, VerificationStatus.SECONDARY);

  private final DpiaLists lists;

  /**
   * Makes a screener that applies these lists.
   *
   * @param lists the criteria and lists to screen with
   * @return the change
   */
  public static DpiaScreener of(DpiaLists lists) {
    return new DpiaScreener(lists);
  }

  private DpiaScreener(DpiaLists lists) {
    this.lists = lists;
  }

  /** {@return a screener on the lists shipped with Trygg} */
  public static DpiaScreener bundled() {
    return DpiaScreener.of(DpiaLists.bundled());
  }

  /** {@return the criteria and lists the screener uses} */
  public DpiaLists lists() {
    return lists;
  }

  /**
   * Screens every processing activity of the register with the criteria {@link DpiaSuggestions}
   * finds for it, and sets each beside the DPIA the register records for it, in register order.
   *
   * @param jurisdiction whose lists apply
   * @param register the register
   * @return one screening per processing activity, in register order
   */
  public List<ProcessingDpia> screenActivities(Register register, Jurisdiction jurisdiction) {
    List<ProcessingDpia> out = new ArrayList<>();
    for (ProcessingActivity activity : register.activities()) {
      out.add(new ProcessingDpia(activity, screen(DpiaSuggestions.forActivity(register, activity.id(), jurisdiction)), activity.dpia()));
    }
    return List.copyOf(out);
  }

  /**
   * Screens {@code input}; a criterion id the lists do not know is an {@link InvalidInputException}.
   *
   * @param input the facts and criteria to screen
   * @return the outcome with the criteria and list items that matched and why
   */
  public ScreeningResult screen(ScreeningInput input) {
    List<Problem> problems = new ArrayList<>();
    for (String id : input.criteria().keySet()) {
      unknown(id, input, "/criteria/", problems);
    }
    for (String id : input.excluded().keySet()) {
      unknown(id, input, "/excluded/", problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<MetCriterion> met = new ArrayList<>();
    for (DpiaCriterion c : lists.criteria()) {
      LocalizedText reason = input.criteria().get(c.id());
      if (reason != null) {
        met.add(new MetCriterion(c, reason));
      }
    }
    List<ExcludedCriterion> excluded = new ArrayList<>();
    input.excluded().forEach((id, why) -> excluded.add(new ExcludedCriterion(lists.criterion(id).orElseThrow(), why)));

    Set<String> facts = new HashSet<>(input.facts().keySet());
    met.forEach(m -> facts.add("criterion:" + m.criterion().id()));
    List<MatchedItem> mandatory = new ArrayList<>();
    for (ListItem item : lists.mandatoryCases()) {
      match(item, facts, met, input).ifPresent(mandatory::add);
    }
    List<MatchedItem> national = new ArrayList<>();
    for (ListItem item : lists.nationalItems()) {
      if (item.jurisdiction().isEmpty() || item.jurisdiction().get() == input.jurisdiction()) {
        match(item, facts, met, input).ifPresent(national::add);
      }
    }

    DpiaOutcome outcome;
    LocalizedText reason;
    List<LegalReference> basis = new ArrayList<>();
    if (!mandatory.isEmpty()) {
      outcome = DpiaOutcome.REQUIRED;
      reason = Messages.text("dpia.reason.mandatory", mandatory.get(0).item().label());
      mandatory.forEach(m -> basis.addAll(m.item().references()));
    } else if (!national.isEmpty()) {
      outcome = DpiaOutcome.REQUIRED_BY_LIST;
      reason = Messages.text("dpia.reason.list", national.get(0).item().label());
      national.forEach(m -> basis.addAll(m.item().references()));
    } else if (met.size() >= 2) {
      outcome = DpiaOutcome.LIKELY_REQUIRED;
      reason = Messages.text("dpia.reason.likely", met.size());
      basis.add(WP248);
    } else if (met.size() == 1) {
      outcome = DpiaOutcome.CONSIDER;
      reason = Messages.text("dpia.reason.one", met.get(0).criterion().label());
      basis.add(WP248);
    } else {
      outcome = DpiaOutcome.NOT_REQUIRED;
      reason = Messages.text("dpia.reason.none");
      basis.add(WP248);
    }
    basis.add(ART_35_1);
    return new ScreeningResult(input, outcome, met, excluded, mandatory, national, reason, basis);
  }

  private java.util.Optional<MatchedItem> match(ListItem item, Set<String> facts, List<MetCriterion> met, ScreeningInput input) {
    for (Set<String> group : item.when()) {
      if (facts.containsAll(group)) {
        List<LocalizedText> because = new ArrayList<>();
        for (String fact : group) {
          because.add(explainFact(fact, input, met));
        }
        return java.util.Optional.of(new MatchedItem(item, because));
      }
    }
    if (item.minCriteria().isPresent() && met.size() >= item.minCriteria().getAsInt()) {
      List<LocalizedText> because = new ArrayList<>();
      because.add(Messages.text("dpia.count", met.size(), item.minCriteria().getAsInt()));
      met.forEach(m -> because.add(m.criterion().label()));
      return java.util.Optional.of(new MatchedItem(item, because));
    }
    return java.util.Optional.empty();
  }

  private static LocalizedText explainFact(String fact, ScreeningInput input, List<MetCriterion> met) {
    if (fact.startsWith("criterion:")) {
      String id = fact.substring("criterion:".length());
      return met.stream().filter(m -> m.criterion().id().equals(id)).findFirst()
          .map(m -> Messages.text("dpia.fact", m.criterion().label(), m.reason())).orElseThrow();
    }
    // The fact's own explanation says it in words; its key ("data:location") is for matching only.
    LocalizedText why = input.facts().get(fact);
    return why != null ? why : new LocalizedText(fact, fact, fact);
  }

  private void unknown(String id, ScreeningInput input, String where, List<Problem> problems) {
    if (lists.criterion(id).isEmpty()) {
      problems.add(new Problem("unknown-criterion", Location.of("screening of " + input.subject(), where + id), "no WP248 criterion '" + id + "'",
          "one of: " + String.join(", ", lists.criteria().stream().map(DpiaCriterion::id).toList())));
    }
  }
}
