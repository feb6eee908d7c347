package io.github.trygg.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.propagation.Severity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SampleRegisters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionPlanFileTest {
  static ActionPlan yaml(String text) {
    return ActionPlan.read("plan.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML);
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsLocation() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> yaml("""
        format: trygg-action-plan/1
        items:
          - id: a
            title: Kryptera
            priority: high
            status: done
          - id: b
            title: Lämna
            priority: low
            status: accepted-as-is
            dependsOn: [a, c]
          - id: a
            title: Igen
            priority: urgent
            owner: IT
            statsu: open
        """));
    List<String> codes = e.problems().stream().map(Problem::code).toList();
    assertEquals(List.of("duplicate-id", "done-without-evidence", "dangling-reference", "accepted-without-approver", "accepted-without-reason",
        "unknown-property"), codes, e.getMessage());
    Problem done = e.problems().get(1);
    assertEquals("plan.yaml", done.location().source());
    assertEquals(6, done.location().line());
    assertEquals("/items/0/status", done.location().pointer());
    Problem dangling = e.problems().get(2);
    assertEquals("/items/1/dependsOn/1", dangling.location().pointer());
    assertTrue(e.problems().get(5).message().contains("did you mean 'status'"), e.getMessage());
  }

  @Test
  void aPlanOfAnotherFormatOrWithBadValuesIsRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> yaml("""
        format: trygg-risk-register/1
        language: fi
        items:
          - {id: a, title: T, priority: soon, due: 31.1.2026, evidence: [{reference: x, fingerprint: md5:1}]}
        """));
    assertEquals(List.of("wrong-format", "unknown-value", "unknown-value", "bad-date", "bad-fingerprint"),
        e.problems().stream().map(Problem::code).toList(), e.getMessage());
  }

  @Test
  void itemsAboutEntriesTheRegisterDoesNotHoldAreReportedAtTheItem() {
    ActionPlan plan = yaml("""
        format: trygg-action-plan/1
        items:
          - {id: gap:larmcentral:au-03, title: T, priority: high, origin: {kind: requirement-gap, rule: au-03, subject: "system:larmcentral"}}
          - {id: gap:borta:au-03, title: T, priority: high, origin: {kind: requirement-gap, rule: au-03, subject: "system:borta"}}
          - {id: egen, title: Egen åtgärd, priority: low}
        """);
    Register register = SampleRegisters.exempelkommun();
    List<Problem> problems = plan.problems(register);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("unknown-entry", problems.get(0).code());
    assertEquals("/items/1/origin/subject", problems.get(0).location().pointer());
    assertEquals(4, problems.get(0).location().line());
  }

  @Test
  void writesThroughATemporaryFileAndReadsBackEqual(@TempDir Path dir) throws Exception {
    ActionPlan plan = ActionPlan.empty(io.github.trygg.core.Language.SWEDISH)
        .merge(List.of(PlanSources.finding("clearance-exceeded", Severity.HIGH, new io.github.trygg.core.register.EntryRef(
            io.github.trygg.core.register.EntryKind.SYSTEM, "gps-larm"), Optional.empty(), Optional.of(ConsequenceLevel.SERIOUS),
            new io.github.trygg.core.LocalizedText("sv", "nb", "en"))), java.time.LocalDate.of(2026, 1, 1)).plan();
    for (String name : List.of("plan.yaml", "plan.json")) {
      plan.write(dir.resolve(name));
      assertEquals(plan, ActionPlan.read(dir.resolve(name)));
    }
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "a temporary file was left behind");
    }
    assertThrows(InvalidInputException.class, () -> plan.write(dir.resolve("plan.txt")));
  }

  @Test
  void evidenceFilesCarryTheirFingerprintAndAChangeIsNoticed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("loggkontroll.pdf"), "protokoll v1");
    Evidence e = Evidence.file(dir, "loggkontroll.pdf");
    assertTrue(e.fingerprint().orElseThrow().startsWith("sha256:"));
    assertEquals(Optional.empty(), e.verify(dir));
    Files.writeString(dir.resolve("loggkontroll.pdf"), "protokoll v2");
    assertEquals(Optional.of("changed"), e.verify(dir));
    Files.delete(dir.resolve("loggkontroll.pdf"));
    assertEquals(Optional.of("missing"), e.verify(dir));
    assertEquals(Optional.empty(), Evidence.link("https://intranet.example/x").verify(dir));
  }

  @Test
  void priorityComesFromSeverityAndLevelWithItsReason() {
    Priority.Derived p = Priority.derive(Severity.HIGH, Optional.of(ConsequenceLevel.SERIOUS));
    assertEquals(Priority.URGENT, p.priority());
    assertEquals("Severity high gives high; level 3 raises it one step → urgent.", p.explanation().en());
    assertEquals(Priority.MEDIUM, Priority.derive(Severity.HIGH, Optional.of(ConsequenceLevel.MODERATE)).priority());
    assertEquals(Priority.HIGH, Priority.derive(Severity.HIGH, Optional.of(ConsequenceLevel.SUBSTANTIAL)).priority());
    assertEquals(Priority.URGENT, Priority.derive(Severity.CRITICAL, Optional.of(ConsequenceLevel.VERY_SERIOUS)).priority());
    assertEquals(Priority.LOW, Priority.derive(Severity.LOW, Optional.of(ConsequenceLevel.NONE)).priority());
    assertEquals(Priority.MEDIUM, Priority.derive(Severity.MEDIUM, Optional.empty()).priority());
    assertTrue(p.explanation().sv().contains("brådskande"), p.explanation().sv());
    assertEquals(java.time.LocalDate.of(2026, 1, 31), Priority.URGENT.dueFrom(java.time.LocalDate.of(2026, 1, 1)));
  }

  @Test
  void overdueAndDueItemsAreOpenItemsByDate() {
    ActionPlan plan = yaml("""
        format: trygg-action-plan/1
        items:
          - {id: late, title: T, priority: high, due: 2026-01-10}
          - {id: later, title: T, priority: high, due: 2026-01-05, status: in-progress}
          - {id: done-late, title: T, priority: high, due: 2026-01-01, status: done, evidence: [{reference: "https://x.example"}]}
          - {id: resolved, title: T, priority: high, due: 2026-01-01, resolvedOn: 2026-01-15, origin: {kind: finding, rule: r, subject: "system:x"}}
          - {id: this-month, title: T, priority: low, due: 2026-02-20}
        """);
    java.time.LocalDate today = java.time.LocalDate.of(2026, 2, 1);
    assertEquals(List.of("later", "late"), plan.overdue(today).stream().map(ActionItem::id).toList());
    assertEquals(List.of("this-month"), plan.dueBetween(today, today.withDayOfMonth(28)).stream().map(ActionItem::id).toList());
    assertEquals(3, plan.open().size());
  }
}
