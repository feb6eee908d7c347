package io.github.trygg.examples.dsr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.request.TaskOutcome;
import io.github.trygg.dsr.request.TaskStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.examples.Docs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CareRecipientRequestTest {
  @TempDir Path work;

  @Test
  void aCareRecipientsRequestRunsToCompletion() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CareRecipientRequest.Outcome o = CareRecipientRequest.run(Path.of("registers/exempelkommun"), work,
        new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertEquals(RequestStatus.CLOSED, o.request().status());
    assertTrue(o.request().identifiers().isEmpty(), "identifiers are forgotten on closing");

    // Guardian consent: valid with both guardians, not once one withdrew.
    assertTrue(o.consentBefore().valid());
    assertFalse(o.consentAfter().valid());

    // Seven systems store the child's data.
    assertEquals(List.of("larmplattform", "larmcentral", "gps-larm", "lakemedelsrobot", "hemtjanstplanering", "journal", "arende-arkiv"),
        o.plan().fulfilment().stream().filter(t -> t.right() == RequestType.ACCESS).map(t -> t.systemId()).toList());
    // The withdrawn consent covered night supervision: the camera, which stores nothing, and the
    // planning app that shows its images stop; every other system carries on under its own basis.
    assertEquals(List.of("nattkamera", "hemtjanstplanering"), o.plan().fulfilment().stream()
        .filter(t -> t.right() == RequestType.CONSENT_WITHDRAWAL && t.notApplicable().isEmpty()).map(t -> t.systemId()).toList());
    SystemTask camera = find(o.tasks(), "nattkamera", RequestType.CONSENT_WITHDRAWAL);
    assertEquals(Optional.of(TaskOutcome.PROCESSING_STOPPED), camera.outcome());

    // Archive law, Swedish style: erasure in the case and archive system is refused under
    // Art. 17(3)(b) with arkivlagen cited, as the plan expected; no Norwegian sperring.
    SystemTask archive = find(o.tasks(), "arende-arkiv", RequestType.ERASURE);
    assertEquals(Optional.of(TaskOutcome.REFUSED), archive.outcome());
    assertEquals(Optional.of("se-arkivlagen"), archive.legalGround());
    assertEquals(Optional.of(TaskOutcome.REFUSED), o.plan().fulfilment().stream()
        .filter(t -> t.systemId().equals("arende-arkiv") && t.right() == RequestType.ERASURE).findFirst().orElseThrow().expectedOutcome());
    assertTrue(o.tasks().stream().noneMatch(t -> t.outcome().equals(Optional.of(TaskOutcome.RESTRICTED_INSTEAD_ARCHIVE_LAW))));
    // The social-services committee answers as controller; the file was reviewed for secrecy.
    assertEquals(List.of("socialnamnden"), o.plan().controllers().stream().map(u -> u.id()).toList());
    assertFalse(o.plan().secrecyReview().isEmpty());
    // Larmkraft's platform was reached through the processor, with its sub-processor named.
    SystemTask alarm = find(o.tasks(), "larmplattform", RequestType.ACCESS);
    assertEquals(Optional.of("larmkraft"), alarm.viaProcessor());
    assertEquals(List.of("nordmoln"), alarm.subProcessors());

    // Every task is finished; the Art. 19 notice went to the one recipient under Art. 4(9) — the
    // region — not to IVO or the administrative court, which receive files in an inquiry.
    assertTrue(o.tasks().stream().allMatch(t -> t.status().isTerminal()));
    assertEquals(List.of("Region (hälso- och sjukvård) vid överrapportering"), o.tasks().stream()
        .filter(t -> t.kind() == TaskKind.NOTIFY_RECIPIENT && t.status() == TaskStatus.DONE).map(t -> t.recipient().orElseThrow()).toList());

    // The access package carries the Art. 15 information and no identity number.
    assertTrue(o.accessPackageJson().contains("\"article15\""));
    assertTrue(o.accessPackageJson().contains("Ta emot och åtgärda larm"), "purposes from the register");
    assertTrue(Files.exists(work.resolve("access-package.json")));
    assertTrue(o.audit().intact(), o.audit().findings().toString());
    assertTrue(o.auditEntries() > 50);
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Request closed"), out);
  }

  /** The parts docs/dsr.md calls required are those build() asks for, each in the guide's table. */
  @Test
  void theGuideListsEveryPartTheDeskBuilderRequires() {
    Set<String> parts = new TreeSet<>();
    parts.addAll(missing(() -> DsrCases.builder().build()));
    // A product profile alone has no organisation, so no jurisdiction either.
    Register profileOnly = RegisterReader.readUnchecked(List.of(Path.of("registers/exempelkommun/product-larmkraft.yaml")));
    assertTrue(profileOnly.organisation().isEmpty());
    parts.addAll(missing(() -> DsrCases.builder().register(profileOnly).build()));
    assertEquals(Set.of("jurisdiction(Jurisdiction)", "pseudonymiser(SubjectPseudonymiser)", "register(Register)", "store(DsrStore)"), parts);
    String guide = Docs.read(Docs.ROOT.resolve("docs/dsr.md"));
    for (String part : parts) {
      assertTrue(guide.contains("| `" + part + "` |"), "docs/dsr.md's table of required parts lacks " + part);
    }
  }

  private static Set<String> missing(Runnable build) {
    IllegalStateException e = assertThrows(IllegalStateException.class, build::run);
    Matcher m = Pattern.compile("(\\w+\\(\\w+\\))").matcher(e.getMessage());
    Set<String> parts = new TreeSet<>();
    while (m.find()) {
      parts.add(m.group(1));
    }
    assertFalse(parts.isEmpty(), e.getMessage());
    return parts;
  }

  private static SystemTask find(List<SystemTask> tasks, String system, RequestType right) {
    return tasks.stream().filter(t -> t.systemId().equals(system) && t.right() == right && t.kind() == TaskKind.FULFIL)
        .findFirst().orElseThrow(() -> new AssertionError("no task " + system + " " + right));
  }
}
