package io.github.trygg.core.dpia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.VerificationStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped lists, and every Art. 35(3) case and list item matched and not matched. */
class DpiaListsTest {
  static final DpiaLists LISTS = DpiaLists.bundled();
  static final DpiaScreener SCREENER = DpiaScreener.of(LISTS);
  static final LocalizedText WHY = new LocalizedText("skäl", "grunn", "reason");

  @Test
  void theNineWp248CriteriaTheThreeArticle35Cases_andBothNationalLists() {
    assertEquals(List.of("evaluation-scoring", "automated-decision", "systematic-monitoring", "sensitive-data", "large-scale",
        "matching-combining", "vulnerable-subjects", "innovative-technology", "prevents-right"), LISTS.criteria().stream().map(DpiaCriterion::id).toList());
    for (int i = 0; i < 9; i++) {
      assertEquals(i + 1, LISTS.criteria().get(i).number());
    }
    assertEquals(List.of("art35-3-a", "art35-3-b", "art35-3-c"), LISTS.mandatoryCases().stream().map(ListItem::id).toList());
    ListItem imy = LISTS.nationalItems().get(0);
    assertEquals(Jurisdiction.SWEDEN, imy.jurisdiction().orElseThrow());
    assertEquals(VerificationStatus.VERIFIED, imy.references().get(0).status());
    assertEquals(5, LISTS.nationalItems().stream().filter(i -> i.jurisdiction().orElseThrow() == Jurisdiction.NORWAY).count());
    assertTrue(LISTS.nationalItems().stream().filter(i -> i.jurisdiction().orElseThrow() == Jurisdiction.NORWAY)
        .allMatch(i -> i.references().get(0).status() == VerificationStatus.SECONDARY), "Datatilsynet's list is known from a summary");
    assertTrue(LISTS.sources().stream().anyMatch(s -> s.status() == VerificationStatus.UNVERIFIED && s.citation().contains("Datatilsynet")));
  }

  /** Every 'when' group of every item, and the jurisdiction it is screened in. */
  static Stream<Arguments> groups() {
    List<Arguments> out = new ArrayList<>();
    List<ListItem> items = new ArrayList<>(LISTS.mandatoryCases());
    items.addAll(LISTS.nationalItems());
    for (ListItem item : items) {
      for (Set<String> group : item.when()) {
        out.add(Arguments.of(item.id(), item.jurisdiction().orElse(Jurisdiction.NORWAY), group));
      }
    }
    return out.stream();
  }

  static ScreeningInput input(Jurisdiction jurisdiction, Set<String> facts) {
    ScreeningInput.Builder b = ScreeningInput.builder("test", jurisdiction);
    for (String fact : facts) {
      if (fact.startsWith("criterion:")) {
        b.criterion(fact.substring("criterion:".length()), WHY);
      } else {
        b.fact(fact, WHY);
      }
    }
    return b.build();
  }

  static List<String> matched(ScreeningResult r) {
    List<String> ids = new ArrayList<>();
    r.mandatoryCases().forEach(m -> ids.add(m.item().id()));
    r.nationalItems().forEach(m -> ids.add(m.item().id()));
    return ids;
  }

  @ParameterizedTest(name = "{0} matches {2}")
  @MethodSource("groups")
  void anItemMatchesWhenAllFactsOfAGroupHold(String id, Jurisdiction jurisdiction, Set<String> group) {
    ScreeningResult r = SCREENER.screen(input(jurisdiction, group));
    assertTrue(matched(r).contains(id), matched(r).toString());
    MatchedItem m = (id.startsWith("art35") ? r.mandatoryCases() : r.nationalItems()).stream()
        .filter(x -> x.item().id().equals(id)).findFirst().orElseThrow();
    assertEquals(group.size(), m.because().size(), "each fact of the group is named");
    assertEquals(id.startsWith("art35") ? DpiaOutcome.REQUIRED : DpiaOutcome.REQUIRED_BY_LIST, r.outcome());
  }

  @ParameterizedTest(name = "{0} does not match {2} less one fact")
  @MethodSource("groups")
  void anItemDoesNotMatchWhenAnyFactOfTheGroupIsMissing(String id, Jurisdiction jurisdiction, Set<String> group) {
    for (String left : group) {
      Set<String> fewer = new java.util.HashSet<>(group);
      fewer.remove(left);
      ScreeningResult r = SCREENER.screen(input(jurisdiction, fewer));
      boolean otherGroupMatches = (id.startsWith("art35") ? LISTS.mandatoryCases() : LISTS.nationalItems()).stream()
          .filter(i -> i.id().equals(id)).findFirst().orElseThrow().when().stream().anyMatch(fewer::containsAll);
      assertEquals(otherGroupMatches, matched(r).contains(id), id + " without " + left);
    }
  }

  @Test
  void aNorwegianItemIsNotScreenedInSwedenNorIMYsListInNorway() {
    ScreeningResult se = SCREENER.screen(input(Jurisdiction.SWEDEN, Set.of("data:location", "data:health")));
    assertTrue(se.nationalItems().isEmpty());
    assertEquals(DpiaOutcome.NOT_REQUIRED, se.outcome(), "facts alone are no criteria");
    ScreeningResult no = SCREENER.screen(input(Jurisdiction.NORWAY, Set.of("criterion:sensitive-data", "criterion:vulnerable-subjects")));
    assertTrue(no.nationalItems().isEmpty());
    assertEquals(DpiaOutcome.LIKELY_REQUIRED, no.outcome());
  }

  @Test
  void imysListTakesTwoCriteriaNotOne() {
    ScreeningResult two = SCREENER.screen(input(Jurisdiction.SWEDEN, Set.of("criterion:sensitive-data", "criterion:vulnerable-subjects")));
    assertEquals(DpiaOutcome.REQUIRED_BY_LIST, two.outcome());
    assertEquals("se-imy-two-criteria", two.nationalItems().get(0).item().id());
    assertTrue(two.nationalItems().get(0).because().get(0).en().startsWith("2 criteria met, the list asks for 2"));
    ScreeningResult one = SCREENER.screen(input(Jurisdiction.SWEDEN, Set.of("criterion:sensitive-data")));
    assertEquals(DpiaOutcome.CONSIDER, one.outcome());
    assertTrue(one.nationalItems().isEmpty());
  }

  @Test
  void aMalformedListFileIsRejectedWithLocations() {
    String yaml = """
        format: trygg-dpia-lists/1
        version: "2"
        criteria:
          - {id: large-scale, label: {sv: S, nb: S, en: L}, description: {sv: S, nb: S, en: L}}
        mandatoryCases:
          - id: case
            jurisdiction: sweden
            label: {sv: F, nb: F, en: C}
            when: [[criterion:large-scal, data:Health], [weather:rain]]
        nationalItems:
          - id: item
            jurisdiction: denmark
            label: {sv: P, nb: P, en: I}
        """;
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> DpiaLists.read("lists.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    List<String> found = e.problems().stream().map(p -> p.code() + " " + p.location().pointer()).toList();
    assertEquals(List.of(
        "unexpected-property /mandatoryCases/0/jurisdiction",
        "unknown-fact /mandatoryCases/0/when/0/0",
        "unknown-fact /mandatoryCases/0/when/0/1",
        "unknown-fact /mandatoryCases/0/when/1/0",
        "missing-reference /mandatoryCases/0",
        "unknown-value /nationalItems/0/jurisdiction",
        "missing-property /nationalItems/0",
        "missing-reference /nationalItems/0"), found);
    assertFalse(e.getMessage().isBlank());
  }
}
