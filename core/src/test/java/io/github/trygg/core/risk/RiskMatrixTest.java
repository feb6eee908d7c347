package io.github.trygg.core.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.ConsequenceLevel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The matrix profiles: every cell against the published grid, and the lookup's properties. */
class RiskMatrixTest {
  /**
   * The 5×5 grid as CISO Assistant publishes it (risk-matrix-5x5-iso-27005.yaml): rows probability
   * 1–5, columns impact 1–5, values risk-level index. Kept here independently of the data file.
   */
  static final int[][] PUBLISHED = {
    {0, 0, 1, 1, 1},
    {0, 1, 1, 2, 2},
    {1, 1, 2, 3, 3},
    {1, 2, 3, 3, 4},
    {2, 3, 3, 4, 4}};

  /** Two-step likelihood and consequence scales for the malformed-file tests. */
  static final String TWO_BY_TWO_SCALES = """
      likelihood:
        - {code: "1", label: {sv: L, nb: L, en: L}, description: {sv: L, nb: L, en: L}}
        - {code: "2", label: {sv: H, nb: H, en: H}, description: {sv: H, nb: H, en: H}}
      consequence:
        - {code: "1", label: {sv: L, nb: L, en: L}, description: {sv: L, nb: L, en: L}}
        - {code: "2", label: {sv: H, nb: H, en: H}, description: {sv: H, nb: H, en: H}}""";

  static Stream<Arguments> isoCells() {
    List<Arguments> cells = new ArrayList<>();
    for (int l = 1; l <= 5; l++) {
      for (int c = 1; c <= 5; c++) {
        cells.add(Arguments.of(l, c, PUBLISHED[l - 1][c - 1]));
      }
    }
    return cells.stream();
  }

  static Stream<Arguments> allCells() {
    List<Arguments> cells = new ArrayList<>();
    for (RiskMatrix m : RiskMatrices.bundled()) {
      for (int l = 1; l <= m.likelihoods().size(); l++) {
        for (int c = 1; c <= m.consequences().size(); c++) {
          cells.add(Arguments.of(m.id(), l, c));
        }
      }
    }
    return cells.stream();
  }

  static RiskMatrix matrix(String id) {
    return RiskMatrices.bundled().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "ISO 5×5 cell {0}×{1} is level {2}")
  @MethodSource("isoCells")
  void theDefaultGridIsThePublishedOne(int likelihood, int consequence, int rank) {
    assertEquals(rank, RiskMatrices.iso27005().level(likelihood, consequence).rank());
    assertEquals(rank, RiskMatrices.dsb().level(likelihood, consequence).rank(), "the DSB profile uses the same grid");
  }

  @ParameterizedTest(name = "{0} cell {1}×{2}: neighbours order, thresholds move only its level")
  @MethodSource("allCells")
  void aCellIsNeverAboveAMoreSevereOrLikelierOneAndItsAcceptanceFollowsTheThresholds(String id, int l, int c) {
    RiskMatrix m = matrix(id);
    RiskLevel level = m.level(l, c);
    if (c < m.consequences().size()) {
      assertTrue(m.level(l, c + 1).rank() >= level.rank());
    }
    if (l < m.likelihoods().size()) {
      assertTrue(m.level(l + 1, c).rank() >= level.rank());
    }
    Acceptance other = level.acceptance() == Acceptance.ACCEPTABLE ? Acceptance.UNACCEPTABLE : Acceptance.ACCEPTABLE;
    RiskMatrix appetite = m.withAcceptance(Map.of(level.id(), other));
    assertEquals(other, appetite.level(l, c).acceptance());
    assertEquals(level.id(), appetite.level(l, c).id(), "the grid itself does not move");
    for (RiskLevel unchanged : appetite.levels()) {
      if (!unchanged.id().equals(level.id())) {
        assertEquals(m.levels().get(unchanged.rank()).acceptance(), unchanged.acceptance());
      }
    }
  }

  @Test
  void theProductOnlySortsItNeverDecides() {
    RiskMatrix m = RiskMatrices.iso27005();
    assertEquals(m.cell(5, 1).score(), m.cell(1, 5).score());
    assertNotEquals(m.level(5, 1), m.level(1, 5), "same product, different level: almost certain but minor is not rare but catastrophic");
    assertEquals(4, m.cell(2, 2).score());
    assertEquals(m.level(4, 1), m.level(2, 2), "different products, same level");
  }

  @Test
  void cellsOffTheScaleAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> RiskMatrices.iso27005().cell(0, 3));
    assertThrows(IllegalArgumentException.class, () -> RiskMatrices.fourByFour().cell(3, 5));
    assertThrows(IllegalArgumentException.class, () -> RiskMatrices.iso27005().withAcceptance(Map.of("extreme", Acceptance.ACCEPTABLE)));
  }

  @Test
  void theShippedProfilesHaveTheirShapesAndScales() {
    assertEquals(4, RiskMatrices.fourByFour().likelihoods().size());
    assertEquals(4, RiskMatrices.fourByFour().consequences().size());
    assertEquals(List.of("A", "B", "C", "D", "E"), RiskMatrices.dsb().likelihoods().stream().map(ScaleStep::code).toList());
    assertTrue(RiskMatrices.dsb().likelihood(1).description().nb().contains("0,1 %"));
    assertTrue(RiskMatrices.dsb().likelihood(5).description().en().contains("above 10 %"));
    assertEquals(5, RiskMatrices.iso27005().floor(ConsequenceLevel.VERY_SERIOUS));
    assertEquals(4, RiskMatrices.iso27005().floor(ConsequenceLevel.SERIOUS));
    assertEquals(1, RiskMatrices.iso27005().floor(ConsequenceLevel.NONE));
    assertEquals(4, RiskMatrices.fourByFour().floor(ConsequenceLevel.VERY_SERIOUS));
    for (RiskMatrix m : RiskMatrices.bundled()) {
      assertTrue(m.levels().stream().anyMatch(l -> l.acceptance() == Acceptance.UNACCEPTABLE), m.id());
      assertTrue(m.sources().size() >= 2, m.id() + " names its sources and its own choices");
    }
  }

  @Test
  void theNorwegianInformationSecurityProfileCountsIncidentsInYearsAndMonthsNotMillennia() {
    RiskMatrix m = RiskMatrices.norwegianInformationSecurity();
    assertEquals("no-infosec-5x5", m.id());
    assertTrue(m.likelihood(1).description().nb().contains("tiende år"), "the rarest class is a decade, not 1000 years");
    assertTrue(m.likelihood(5).description().nb().contains("måned"));
    for (ScaleStep s : m.likelihoods()) {
      assertFalse(s.description().nb().contains("1000"), s.code());
    }
    assertTrue(m.sources().stream().anyMatch(r -> r.url().contains("digdir.no") && r.kind() == io.github.trygg.core.CitationKind.GUIDANCE),
        "Digdir's Internkontroll i praksis is the cited basis");
    assertTrue(m.sources().stream().allMatch(r -> r.scope().jurisdictions().equals(java.util.Set.of(io.github.trygg.core.Jurisdiction.NORWAY))));
    assertEquals(Acceptance.UNACCEPTABLE, m.level(5, 5).acceptance());
    assertTrue(RiskMatrices.dsb().sources().stream().anyMatch(r -> r.url().contains("statsforvalteren")),
        "DSB's societal-risk classes stay available for municipal ROS");
  }

  @Test
  void aMalformedMatrixIsRejectedWithLocations() {
    String yaml = """
        format: trygg-risk-matrix/1
        id: bad
        version: "1"
        name: {sv: D, nb: D, en: B}
        %s
        levels:
          - {id: low, label: {sv: L, nb: L, en: L}, acceptance: acceptable, colour: green}
          - {id: high, label: {sv: H, nb: H, en: H}, acceptance: unacceptable, colour: "#ff0000"}
        grid:
          - [0, 1, 1]
          - [0, 2]
        classificationFloor: {"0": 1, "1": 1, "2": 2, "3": 2, "5": 2}
        """.formatted(TWO_BY_TWO_SCALES);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RiskMatrices.read("bad.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    List<String> found = e.problems().stream().map(p -> p.code() + " " + p.location().pointer()).toList();
    assertEquals(List.of("bad-colour /levels/0/colour", "grid-shape /grid/0", "out-of-range /grid/1/1", "unknown-property /classificationFloor/5"), found);
    assertTrue(e.problems().stream().allMatch(p -> p.location().line() > 0));
  }

  @Test
  void aGridThatFallsWhereItShouldRiseIsRejected() {
    String yaml = """
        format: trygg-risk-matrix/1
        id: falling
        version: "1"
        name: {sv: F, nb: F, en: F}
        %s
        levels:
          - {id: low, label: {sv: L, nb: L, en: L}, acceptance: acceptable, colour: "#00ff00"}
          - {id: high, label: {sv: H, nb: H, en: H}, acceptance: unacceptable, colour: "#ff0000"}
        grid:
          - [1, 0]
          - [1, 1]
        classificationFloor: {"0": 1, "1": 1, "2": 2, "3": 2, "4": 2}
        """.formatted(TWO_BY_TWO_SCALES);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RiskMatrices.read("falling.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    Problem p = e.problems().get(0);
    assertEquals("inconsistent", p.code());
    assertTrue(p.message().contains("lower than a cell less likely or less severe"), p.message());
  }
}
