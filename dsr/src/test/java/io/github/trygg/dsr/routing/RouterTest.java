package io.github.trygg.dsr.routing;

import io.github.trygg.core.DataFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.dsr.SampleRegister;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.request.TaskOutcome;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {
  static final Router ROUTER = Router.of(SampleRegister.exempelkommun());

  static RoutingPlan careRecipient(Set<RequestType> rights) {
    return ROUTER.route(new RoutingQuery(Jurisdiction.SWEDEN, "care-recipient", Set.of("se-personnummer", "device-id"), rights, Set.of()));
  }

  static PlannedTask task(RoutingPlan plan, String system, RequestType right) {
    return plan.tasks().stream().filter(t -> t.systemId().equals(system) && t.right() == right && t.kind() == TaskKind.FULFIL)
        .findFirst().orElseThrow(() -> new AssertionError("no task for " + system + " " + right));
  }

  @Test
  void aCareRecipientsDataAreInTheseSystems() {
    RoutingPlan plan = careRecipient(Set.of(RequestType.ACCESS));
    assertEquals(List.of("larmplattform", "larmcentral", "gps-larm", "lakemedelsrobot", "hemtjanstplanering", "journal", "arende-arkiv"),
        plan.fulfilment().stream().map(PlannedTask::systemId).toList());
    assertEquals(AssuranceLevel.SUBSTANTIAL, plan.minimumAssurance());
    assertTrue(plan.recipientNotices().isEmpty(), "access sends no Art. 19 notices");
    // The camera system passes images through but stores nothing.
    assertTrue(plan.trace().stream().anyMatch(r -> r.ruleId().equals("dsr.routing.processes-only") && r.text().en().startsWith("nattkamera")));
  }

  @Test
  void channelsProcessorsAndSubProcessors() {
    RoutingPlan plan = careRecipient(Set.of(RequestType.ACCESS));
    PlannedTask alarm = task(plan, "larmplattform", RequestType.ACCESS);
    assertEquals(DsrChannel.API, alarm.channel());
    assertEquals("https://api.larmkraft.example/dsr/v1", alarm.address());
    assertEquals(Optional.of("larmkraft"), alarm.viaProcessor());
    assertEquals(List.of("nordmoln"), alarm.subProcessors());
    assertEquals(DsrChannel.TICKET, task(plan, "larmcentral", RequestType.ACCESS).channel());
    assertEquals(DsrChannel.EMAIL, task(plan, "gps-larm", RequestType.ACCESS).channel());
    assertEquals(DsrChannel.WEBHOOK, task(plan, "lakemedelsrobot", RequestType.ACCESS).channel());
    assertEquals(DsrChannel.MANUAL, task(plan, "journal", RequestType.ACCESS).channel());
    assertTrue(alarm.reasons().stream().anyMatch(r -> r.ruleId().equals("dsr.routing.sub-processors")));
  }

  @Test
  void erasureInPublicRecordsIsRefusedInSwedenAndBlockedInNorway() {
    RoutingPlan plan = careRecipient(Set.of(RequestType.ERASURE));
    PlannedTask archive = task(plan, "arende-arkiv", RequestType.ERASURE);
    assertEquals(ArchiveStatus.PRESERVE, archive.archiveStatus());
    assertEquals(Optional.of("se-arkivlagen"), archive.archiveGround());
    assertEquals(Optional.of(TaskOutcome.REFUSED), archive.expectedOutcome(), "Art. 17(3)(b) with the archive rules cited");
    assertTrue(archive.reasons().stream().anyMatch(r -> r.ruleId().equals("dsr.routing.archive-law-refusal:se-arkivlagen")
        && r.reference().citation().startsWith("GDPR Art. 17(3)(b); arkivlagen") && r.text().sv().contains("avslås enligt artikel 17.3 b")),
        archive.reasons().toString());
    // The journal serves both a preserved and a disposable activity: preservation wins.
    assertEquals(ArchiveStatus.PRESERVE, task(plan, "journal", RequestType.ERASURE).archiveStatus());
    assertEquals(ArchiveStatus.DISPOSE_BY_RULE, task(plan, "hemtjanstplanering", RequestType.ERASURE).archiveStatus());
    RoutingPlan norway = ROUTER.route(new RoutingQuery(Jurisdiction.NORWAY, "care-recipient", Set.of("se-personnummer"), Set.of(RequestType.ERASURE), Set.of()));
    assertEquals(Optional.of("no-arkivlova"), task(norway, "journal", RequestType.ERASURE).archiveGround());
    assertEquals(Optional.of(TaskOutcome.RESTRICTED_INSTEAD_ARCHIVE_LAW), task(norway, "journal", RequestType.ERASURE).expectedOutcome(), "sperring");
    // Archive law binds authorities: a private provider's register erases as GDPR says.
    io.github.trygg.core.register.Register sample = SampleRegister.exempelkommun();
    io.github.trygg.core.register.Register privateProvider = io.github.trygg.core.register.Register.builder().from(sample)
        .organisation(io.github.trygg.core.register.Organisation.builder().from(sample.organisation().orElseThrow())
            .kind(io.github.trygg.core.OrganisationKind.PRIVATE).build()).build();
    RoutingPlan company = Router.of(privateProvider).route(new RoutingQuery(Jurisdiction.SWEDEN, "care-recipient", Set.of("se-personnummer"),
        Set.of(RequestType.ERASURE), Set.of()));
    assertEquals(Optional.empty(), task(company, "arende-arkiv", RequestType.ERASURE).archiveGround());
  }

  @Test
  void theCommitteesAnswerForTheirProcessing() {
    RoutingPlan plan = careRecipient(Set.of(RequestType.ACCESS));
    assertEquals(List.of("Socialnämnden"), task(plan, "larmplattform", RequestType.ACCESS).controllers());
    assertEquals(List.of("Socialnämnden"), plan.controllers().stream().map(u -> u.name()).toList());
    RoutingPlan statistics = ROUTER.route(new RoutingQuery(Jurisdiction.SWEDEN, "care-recipient", Set.of("pseudonym"), Set.of(RequestType.ACCESS), Set.of()));
    assertEquals(List.of("Kommunstyrelsen"), task(statistics, "datalager", RequestType.ACCESS).controllers());
    assertTrue(task(statistics, "datalager", RequestType.ACCESS).reasons().stream().anyMatch(r -> r.ruleId().equals("dsr.routing.controller")
        && r.text().sv().equals("Personuppgiftsansvarig: Kommunstyrelsen.")));
  }

  @Test
  void anAccessRequestPassesASecrecyReviewWithItsBasisInTheJurisdiction() {
    RoutingPlan plan = careRecipient(Set.of(RequestType.ACCESS));
    List<String> review = plan.secrecyReview().stream().map(r -> r.ruleId()).toList();
    assertTrue(review.contains("dsr.access.secrecy-review:se-review-dataskyddslagen"), review.toString());
    assertTrue(review.contains("dsr.access.secrecy-review:se-review-osl-26"), "social services: OSL 26 kap.");
    assertTrue(review.contains("dsr.access.secrecy-review:se-review-osl-25"), "the medication dispenser is health care: OSL 25 kap.");
    RoutingPlan norway = ROUTER.route(new RoutingQuery(Jurisdiction.NORWAY, "care-recipient", Set.of("se-personnummer"), Set.of(RequestType.ACCESS), Set.of()));
    assertTrue(norway.secrecyReview().stream().anyMatch(r -> r.reference().citation().equals("personopplysningsloven § 16")));
    assertTrue(norway.secrecyReview().stream().noneMatch(r -> r.reference().citation().contains("offentlighets- och sekretesslagen")));
    assertTrue(careRecipient(Set.of(RequestType.ERASURE)).secrecyReview().isEmpty(), "erasure releases nothing");
  }

  @Test
  void erasureNotifiesTheActivitiesRecipients() {
    RoutingPlan plan = careRecipient(Set.of(RequestType.ERASURE));
    assertEquals(List.of("Region (hälso- och sjukvård) vid överrapportering"),
        plan.recipientNotices().stream().map(t -> t.recipient().orElseThrow()).toList(),
        "IVO and the administrative court receive files in a particular inquiry: not recipients under Art. 4(9)");
    assertTrue(plan.trace().stream().anyMatch(r -> r.ruleId().equals("dsr.routing.not-a-recipient")
        && r.text().sv().startsWith("Inspektionen för vård och omsorg får uppgifter i ett enskilt ärende")), plan.trace().toString());
  }

  @Test
  void rightsThatDoNotApplyArePlannedWithTheirGround() {
    RoutingPlan plan = careRecipient(Set.of(RequestType.PORTABILITY, RequestType.AUTOMATED_DECISION_REVIEW, RequestType.CONSENT_WITHDRAWAL, RequestType.OBJECTION));
    assertEquals(Optional.of("gdpr-20-1"), task(plan, "journal", RequestType.PORTABILITY).notApplicable());
    assertEquals(Optional.of("gdpr-22-none"), task(plan, "journal", RequestType.AUTOMATED_DECISION_REVIEW).notApplicable());
    assertEquals(Optional.of("consent-not-basis"), task(plan, "journal", RequestType.CONSENT_WITHDRAWAL).notApplicable());
    assertEquals(Optional.empty(), task(plan, "journal", RequestType.OBJECTION).notApplicable());
    // A withdrawn consent that covered an activity makes its systems act.
    RoutingPlan withdrawal = ROUTER.route(new RoutingQuery(Jurisdiction.SWEDEN, "care-recipient", Set.of("se-personnummer"),
        Set.of(RequestType.CONSENT_WITHDRAWAL), Set.of("hemtjanst")));
    assertEquals(Optional.empty(), task(withdrawal, "hemtjanstplanering", RequestType.CONSENT_WITHDRAWAL).notApplicable());
    assertEquals(Optional.of("consent-not-basis"), task(withdrawal, "gps-larm", RequestType.CONSENT_WITHDRAWAL).notApplicable());
    // Camera images are never stored, but withdrawing the consent behind night supervision stops the camera.
    RoutingPlan camera = ROUTER.route(new RoutingQuery(Jurisdiction.SWEDEN, "care-recipient", Set.of("se-personnummer", "device-id"),
        Set.of(RequestType.CONSENT_WITHDRAWAL, RequestType.ACCESS), Set.of("nattillsyn")));
    assertEquals(Optional.empty(), task(camera, "nattkamera", RequestType.CONSENT_WITHDRAWAL).notApplicable());
    assertTrue(camera.fulfilment().stream().noneMatch(t -> t.systemId().equals("nattkamera") && t.right() == RequestType.ACCESS),
        "nothing stored, nothing to give access to");
  }

  @Test
  void otherSubjectsAndIdentifiersRouteElsewhere() {
    RoutingPlan employee = ROUTER.route(new RoutingQuery(Jurisdiction.SWEDEN, "employee", Set.of("employee-number"), Set.of(RequestType.ACCESS), Set.of()));
    assertEquals(List.of("hemtjanstplanering"), employee.fulfilment().stream().map(PlannedTask::systemId).toList());
    RoutingPlan phone = ROUTER.route(new RoutingQuery(Jurisdiction.SWEDEN, "relative", Set.of("phone-number"), Set.of(RequestType.ACCESS), Set.of()));
    assertTrue(phone.fulfilment().isEmpty(), "SMS reminders are only processed by the gateway, stored nowhere");
    RoutingPlan nobody = ROUTER.route(new RoutingQuery(Jurisdiction.SWEDEN, "visitor", Set.of("email"), Set.of(RequestType.ACCESS), Set.of()));
    assertTrue(nobody.tasks().isEmpty());
    assertTrue(nobody.trace().stream().anyMatch(r -> r.ruleId().equals("dsr.routing.no-assets")));
    assertEquals(AssuranceLevel.LOW, nobody.minimumAssurance());
  }

  @Test
  void groundsCatalogue() {
    LegalGrounds g = LegalGrounds.bundled();
    assertEquals("se-arkivlagen", g.require("se-arkivlagen", RequestType.ERASURE, Jurisdiction.SWEDEN).id());
    assertThrows(InvalidInputException.class, () -> g.require("se-arkivlagen", RequestType.ACCESS, Jurisdiction.SWEDEN));
    assertThrows(InvalidInputException.class, () -> g.require("no-arkivlova", RequestType.ERASURE, Jurisdiction.SWEDEN));
    assertThrows(InvalidInputException.class, () -> g.require("made-up", RequestType.ERASURE, Jurisdiction.SWEDEN));
    String bad = "format: trygg-legal-grounds/2\nversion: x\ngrounds:\n  - {id: a, scope: {jurisdictions: [denmark]}, rights: [erasure], reference: {citation: c, kind: statute, status: verified, scope: general}, text: {sv: a, nb: a}}\n";
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> LegalGrounds.read("grounds.yaml", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    assertEquals(List.of("unknown-value", "missing-property"), e.problems().stream().map(p -> p.code()).toList());
  }
}
