package io.github.trygg.core.dpia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each outcome, positive and negative, and the documentation it asks for. */
class DpiaScreenerTest {
  static final DpiaScreener SCREENER = DpiaScreener.bundled();
  static final LocalizedText WHY = new LocalizedText("skäl", "grunn", "reason");

  @Test
  void largeScaleSpecialCategoryIsRequiredEverywhere() {
    for (Jurisdiction j : Jurisdiction.values()) {
      ScreeningResult r = SCREENER.screen(ScreeningInput.builder("x", j).criterion("large-scale", WHY).fact("special-category", WHY).build());
      assertEquals(DpiaOutcome.REQUIRED, r.outcome(), j.name());
      assertEquals("GDPR Art. 35(3)(b)", r.basis().get(0).citation());
      assertFalse(r.documentationRequired());
    }
    ScreeningResult notSpecial = SCREENER.screen(ScreeningInput.builder("x", Jurisdiction.NORWAY).criterion("large-scale", WHY).build());
    assertEquals(DpiaOutcome.CONSIDER, notSpecial.outcome());
  }

  @Test
  void twoCriteriaAreLikelyRequiredUnlessAListSaysRequired() {
    ScreeningInput.Builder two = ScreeningInput.builder("x", Jurisdiction.NORWAY).criterion("matching-combining", WHY).criterion("vulnerable-subjects", WHY);
    ScreeningResult r = SCREENER.screen(two.build());
    assertEquals(DpiaOutcome.LIKELY_REQUIRED, r.outcome());
    assertTrue(r.reason().en().startsWith("2 WP248 criteria are met"));
    assertTrue(r.outcome().dpiaExpected());
  }

  @Test
  void oneCriterionIsConsiderAndNoneIsNotRequiredBothDocumented() {
    ScreeningResult one = SCREENER.screen(ScreeningInput.builder("x", Jurisdiction.SWEDEN).criterion("innovative-technology", WHY).build());
    assertEquals(DpiaOutcome.CONSIDER, one.outcome());
    assertTrue(one.documentationRequired());
    assertFalse(one.outcome().dpiaExpected());
    ScreeningResult none = SCREENER.screen(ScreeningInput.builder("x", Jurisdiction.SWEDEN).build());
    assertEquals(DpiaOutcome.NOT_REQUIRED, none.outcome());
    assertTrue(none.documentationRequired());
    List<String> sv = none.explain(Language.SWEDISH);
    assertEquals("x: konsekvensbedömning krävs inte — inget WP248-kriterium är uppfyllt", sv.get(0));
    assertTrue(sv.get(sv.size() - 1).startsWith("Dokumentera beslutet"));
  }

  @Test
  void settingACriterionAsideNeedsAJustificationAndIsReported() {
    assertThrows(IllegalArgumentException.class, () -> ScreeningInput.builder("x", Jurisdiction.SWEDEN).exclude("large-scale", " "));
    ScreeningInput input = ScreeningInput.builder("x", Jurisdiction.SWEDEN).criterion("sensitive-data", WHY).criterion("large-scale", WHY)
        .exclude("large-scale", "Endast 12 brukare i pilotprojektet").build();
    ScreeningResult r = SCREENER.screen(input);
    assertEquals(DpiaOutcome.CONSIDER, r.outcome());
    assertEquals("Endast 12 brukare i pilotprojektet", r.excluded().get(0).justification());
    assertTrue(r.explain(Language.ENGLISH).contains("Criterion 5 \"Data processed on a large scale\" set aside: Endast 12 brukare i pilotprojektet"));
  }

  @Test
  void anUnknownCriterionIsRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SCREENER.screen(ScreeningInput.builder("x", Jurisdiction.SWEDEN).criterion("large-scael", WHY).build()));
    assertEquals("/criteria/large-scael", e.problems().get(0).location().pointer());
  }

  @Test
  void theExplanationNamesCriteriaItemsAndBasisInEachLanguage() {
    ScreeningResult r = SCREENER.screen(ScreeningInput.builder("system:gps", Jurisdiction.NORWAY)
        .criterion("systematic-monitoring", new LocalizedText("positionering", "posisjonering", "positioning"))
        .fact("data:location", WHY).fact("data:health", WHY).build());
    assertEquals(DpiaOutcome.REQUIRED_BY_LIST, r.outcome());
    List<String> nb = r.explain(Language.NORWEGIAN_BOKMAL);
    assertTrue(nb.get(0).startsWith("system gps: vurdering av personvernkonsekvenser kreves etter tilsynsmyndighetens liste"), nb.get(0));
    assertTrue(nb.contains("Kriterium 3 «Systematisk overvåking»: posisjonering"), nb.toString());
    assertTrue(nb.stream().anyMatch(l -> l.startsWith("Nasjonal liste: Lokasjonsdata kombinert med helseopplysninger") && !l.contains("data:location")), nb.toString());
    assertTrue(nb.stream().anyMatch(l -> l.startsWith("Grunnlag: Datatilsynet") && l.contains("(veiledning; lest i annenhåndskilde)")), nb.toString());
  }
}
