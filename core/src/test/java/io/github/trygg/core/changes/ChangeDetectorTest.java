package io.github.trygg.core.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.plan.ActionItem;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.plan.ActionStatus;
import io.github.trygg.core.plan.Evidence;
import io.github.trygg.core.plan.PlanSources;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SampleRegisters;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import io.github.trygg.core.risk.RiskRegisterFiles;
import io.github.trygg.core.signoff.SignOffChecker;
import io.github.trygg.core.signoff.SignOffKind;
import io.github.trygg.core.signoff.SignOffs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeDetectorTest {
  static final Register OLD = SampleRegisters.exempelkommun();
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  /** Positions rated very serious for confidentiality, SMS positions now over TLS, a vendor added. */
  static Register changed() {
    InformationAsset positioner = OLD.asset("positioner").orElseThrow();
    AssetClassification c = positioner.classification().orElseThrow();
    InformationAsset raised = InformationAsset.builder().from(positioner).classification(AssetClassification.builder().from(c)
        .putRatings(SecurityAspect.CONFIDENTIALITY, AspectRating.builder().from(c.ratings().get(SecurityAspect.CONFIDENTIALITY))
            .level(ConsequenceLevel.VERY_SERIOUS).justification("Skyddade personuppgifter förekommer.").assessedBy("Informationsägare").build())
        .build()).build();
    return Register.builder().from(OLD)
        .assets(OLD.assets().stream().map(a -> a.id().equals("positioner") ? raised : a).toList())
        .integrations(OLD.integrations().stream().map(i -> i.id().equals("gps-position")
            ? Integration.builder().from(i).transport(TransportProtection.TLS).build() : i).toList())
        .addVendors(Vendor.builder().id("tolkar").name("Tolkförmedlingen AB").country("SE").role(VendorRole.SUPPLIER).build())
        .build();
  }

  @Test
  void everyChangeIsListedAndDerivedValuesSayWhyTheyMoved() {
    Register now = changed();
    SignOffs signOffs = SignOffs.empty().with(SignOffChecker.of(OLD).sign("klass-positioner", SignOffKind.CLASSIFICATION,
        new EntryRef(EntryKind.ASSET, "positioner"), "Socialnämnden", "informationsägare", LocalDate.of(2026, 3, 2)));
    ActionPlan planBefore = ActionPlan.empty(Language.SWEDISH).merge(PlanSources.findings(Propagation.bundled().run(OLD).findings()), TODAY).plan();
    ActionPlan planAfter = planBefore.merge(PlanSources.findings(Propagation.bundled().run(now).findings()), TODAY).plan();
    String first = planAfter.items().get(0).id();
    planAfter = ActionPlan.builder().from(planAfter).items(planAfter.items().stream().map(i -> i.id().equals(first)
        ? ActionItem.builder().from(i).status(ActionStatus.DONE).addEvidence(Evidence.link("https://intranet.example/1")).build() : i).toList()).build();
    var risks = RiskRegisterFiles.read(SampleRegisters.directory().resolve("risks.yaml"));
    ChangeList changes = ChangeDetector.bundled().compare(
        ReviewSnapshot.builder().register(OLD).risks(risks).signOffs(signOffs).actionPlan(planBefore).evaluatedOn(TODAY).build(),
        ReviewSnapshot.builder().register(now).risks(risks).signOffs(signOffs).actionPlan(planAfter).evaluatedOn(TODAY).build());

    Change classification = changes.in(ChangeArea.CLASSIFICATION).get(0);
    assertEquals("asset:positioner", classification.subject());
    assertEquals("confidentiality", classification.field());
    assertEquals("3", classification.before().orElseThrow().en());
    assertEquals("4", classification.after().orElseThrow().en());
    assertTrue(classification.reason().orElseThrow().sv().contains("Skyddade personuppgifter"));
    assertEquals("konfidentialitet", classification.fieldLabel(Language.SWEDISH));

    Change level = changes.in(ChangeArea.REQUIRED_LEVEL).stream().filter(c -> c.subject().equals("system:gps-larm")).findFirst().orElseThrow();
    assertEquals("4", level.after().orElseThrow().en());
    assertTrue(level.reason().orElseThrow().en().contains("the classification of information asset positioner changed (confidentiality 3 → 4)"), level.reason().toString());
    assertTrue(level.reason().orElseThrow().sv().startsWith("klassningen av informationstillgång positioner ändrades (konfidentialitet 3 → 4)"), level.reason().toString());

    assertTrue(changes.in(ChangeArea.FLOW).stream().anyMatch(c -> c.subject().equals("integration:gps-position") && c.field().equals("transport")
        && c.before().orElseThrow().sv().equals("okrypterat") && c.after().orElseThrow().sv().equals("krypterat per förbindelse (TLS)")), changes.in(ChangeArea.FLOW).toString());
    assertTrue(changes.in(ChangeArea.FINDING).stream().anyMatch(c -> c.kind() == ChangeKind.REMOVED && c.subject().equals("integration:gps-position")
        && c.before().orElseThrow().equals(io.github.trygg.core.propagation.FindingKind.UNENCRYPTED_OPEN_NETWORK.label())), changes.in(ChangeArea.FINDING).toString());
    assertTrue(changes.in(ChangeArea.FINDING).stream().anyMatch(c -> c.kind() == ChangeKind.ADDED && c.subject().equals("system:gps-larm")
        && c.after().orElseThrow().equals(io.github.trygg.core.propagation.FindingKind.LEVEL_4_PRESENT.label())));
    assertEquals(List.of(new Change(ChangeArea.VENDOR, ChangeKind.ADDED, "vendor:tolkar", "", Optional.empty(),
        Optional.of(new io.github.trygg.core.LocalizedText("Tolkförmedlingen AB", "Tolkförmedlingen AB", "Tolkförmedlingen AB")), Optional.empty())),
        changes.in(ChangeArea.VENDOR));
    Change signOff = changes.in(ChangeArea.SIGN_OFF).get(0);
    assertEquals("behöver förnyas", signOff.after().orElseThrow().sv());
    assertTrue(signOff.reason().orElseThrow().en().contains("confidentiality 3 → 4"));
    assertTrue(changes.in(ChangeArea.ACTION_ITEM).stream().anyMatch(c -> c.subject().equals("item:" + first) && c.field().equals("status")));
    assertTrue(changes.in(ChangeArea.ACTION_ITEM).stream().anyMatch(c -> c.field().equals("resolved")), "the fixed finding's item is resolved");
    Change risk = changes.in(ChangeArea.RISK).get(0);
    assertEquals("risk:rsa-02", risk.subject());
    assertEquals("inherent", risk.field());
    assertTrue(risk.reason().orElseThrow().en().startsWith("cell 4×4 → 4×5; Consequence floor"), risk.toString());
  }

  @Test
  void theSameVersionTwiceHasNoChanges() {
    assertTrue(ChangeDetector.bundled().compare(ReviewSnapshot.of(OLD, TODAY), ReviewSnapshot.of(SampleRegisters.exempelkommun(), TODAY)).isEmpty());
  }
}
