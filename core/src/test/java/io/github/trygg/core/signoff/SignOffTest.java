package io.github.trygg.core.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.ProcessingActivity;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.Review;
import io.github.trygg.core.register.SampleRegisters;
import io.github.trygg.core.register.SystemFeature;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each kind of sign-off lapses when, and only when, what it approved changes. */
class SignOffTest {
  static final Register SAMPLE = SampleRegisters.exempelkommun();
  static final LocalDate SIGNED = LocalDate.of(2026, 3, 10);
  static final EntryRef POSITIONER = new EntryRef(EntryKind.ASSET, "positioner");
  static final EntryRef GPS_ACTIVITY = new EntryRef(EntryKind.ACTIVITY, "gps-larm-behandling");
  static final EntryRef GPS_SYSTEM = new EntryRef(EntryKind.SYSTEM, "gps-larm");

  static SignOff sign(SignOffKind kind, EntryRef subject) {
    return SignOffChecker.of(SAMPLE).sign("s-1", kind, subject, "Socialnämnden", "nämnd", SIGNED);
  }

  static SignOffReview checkAgainst(Register changed, SignOff signOff) {
    return SignOffChecker.of(changed).check(signOff);
  }

  static Register asset(String id, UnaryOperator<InformationAsset.Builder> change) {
    return Register.builder().from(SAMPLE).assets(SAMPLE.assets().stream()
        .map(a -> a.id().equals(id) ? change.apply(InformationAsset.builder().from(a)).build() : a).toList()).build();
  }

  static Register activity(String id, UnaryOperator<ProcessingActivity.Builder> change) {
    return Register.builder().from(SAMPLE).activities(SAMPLE.activities().stream()
        .map(a -> a.id().equals(id) ? change.apply(ProcessingActivity.builder().from(a)).build() : a).toList()).build();
  }

  static Register system(String id, UnaryOperator<InformationSystem.Builder> change) {
    return Register.builder().from(SAMPLE).systems(SAMPLE.systems().stream()
        .map(s -> s.id().equals(id) ? change.apply(InformationSystem.builder().from(s)).build() : s).toList()).build();
  }

  static UnaryOperator<InformationAsset.Builder> rating(InformationAsset a, SecurityAspect aspect, UnaryOperator<AspectRating.Builder> change) {
    AssetClassification c = a.classification().orElseThrow();
    return b -> b.classification(AssetClassification.builder().from(c)
        .putRatings(aspect, change.apply(AspectRating.builder().from(c.ratings().get(aspect))).build()).build());
  }

  @Test
  void aClassificationApprovalLapsesOnlyWhenALevelOrTheProfileChanges() {
    SignOff s = sign(SignOffKind.CLASSIFICATION, POSITIONER);
    InformationAsset positioner = SAMPLE.asset("positioner").orElseThrow();
    assertEquals(SignOffStatus.VALID, checkAgainst(SAMPLE, s).status());
    assertEquals(SignOffStatus.VALID, checkAgainst(asset("positioner", rating(positioner, SecurityAspect.CONFIDENTIALITY,
        r -> r.justification("Omformulerad motivering.").assessedBy("Ny bedömare").assessedOn(LocalDate.of(2026, 9, 1)))), s).status());
    assertEquals(SignOffStatus.VALID, checkAgainst(asset("positioner", b -> b.name("Positioner (GPS)").review(Review.of(SIGNED, Period.ofYears(2)))), s).status());
    assertEquals(SignOffStatus.VALID, checkAgainst(asset("brukaruppgifter", b -> b.name("Annat")), s).status(), "another asset changed");

    SignOffReview lapsed = checkAgainst(asset("positioner", rating(positioner, SecurityAspect.CONFIDENTIALITY, r -> r.level(ConsequenceLevel.SUBSTANTIAL))), s);
    assertEquals(SignOffStatus.NEEDS_RENEWAL, lapsed.status());
    assertEquals(List.of(new SignOffReview.FieldChange("confidentiality", Optional.of("3"), Optional.of("2"))), lapsed.changes());
    assertTrue(lapsed.explain(Language.SWEDISH).contains("behöver förnyas"), lapsed.explain(Language.SWEDISH));

    AssetClassification c = positioner.classification().orElseThrow();
    assertEquals(SignOffStatus.NEEDS_RENEWAL, checkAgainst(asset("positioner", b -> b.classification(AssetClassification.builder().from(c)
        .profileVersion("2").build())), s).status(), "another profile version");
  }

  @Test
  void aCommitteeDecisionOnAnActivityLapsesOnlyWhenWhatWasDecidedChanges() {
    SignOff s = sign(SignOffKind.ACTIVITY_DECISION, GPS_ACTIVITY);
    assertEquals(SignOffStatus.VALID, checkAgainst(activity("gps-larm-behandling", b -> b.review(Review.of(LocalDate.of(2026, 11, 1), Period.ofYears(1)))
        .dsrEndpoint(Optional.empty())), s).status());
    SignOffReview lapsed = checkAgainst(activity("gps-larm-behandling", b -> b.purpose("Hitta personen och föra statistik.")), s);
    assertEquals(SignOffStatus.NEEDS_RENEWAL, lapsed.status());
    assertEquals(List.of("purpose"), lapsed.changes().stream().map(SignOffReview.FieldChange::field).toList());
    assertEquals(SignOffStatus.NEEDS_RENEWAL, checkAgainst(activity("gps-larm-behandling", b -> b.addRecipients(io.github.trygg.core.register.Recipient.of("Polisen"))), s).status());
  }

  @Test
  void aDpiaDecisionLapsesWhenTheScreeningOrTheDataBehindItChangesAndNotOtherwise() {
    SignOff s = sign(SignOffKind.DPIA_DECISION, GPS_SYSTEM);
    assertTrue(s.approved().containsKey("asset.positioner"), s.approved().toString());
    assertEquals(SignOffStatus.VALID, checkAgainst(system("gps-larm", b -> b.description("Ny beskrivning").owner("Ny ägare")), s).status());
    SignOffReview feature = checkAgainst(system("gps-larm", b -> b.addFeatures(SystemFeature.CAMERA)), s);
    assertEquals(SignOffStatus.NEEDS_RENEWAL, feature.status());
    assertTrue(feature.changes().stream().anyMatch(c -> c.field().equals("features")), feature.changes().toString());
    InformationAsset positioner = SAMPLE.asset("positioner").orElseThrow();
    SignOffReview classified = checkAgainst(asset("positioner", rating(positioner, SecurityAspect.INTEGRITY, r -> r.level(ConsequenceLevel.VERY_SERIOUS))), s);
    assertEquals(SignOffStatus.NEEDS_RENEWAL, classified.status());
    assertEquals("asset.positioner", classified.changes().get(0).field());
  }

  @Test
  void aDpoOpinionFollowsWhatItIsAbout() {
    SignOff onActivity = sign(SignOffKind.DPO_OPINION, GPS_ACTIVITY);
    assertEquals(SignOffStatus.VALID, checkAgainst(system("gps-larm", b -> b.addFeatures(SystemFeature.CAMERA)), onActivity).status());
    assertEquals(SignOffStatus.NEEDS_RENEWAL, checkAgainst(activity("gps-larm-behandling", b -> b.addAssets("kamerabilder")), onActivity).status());
    SignOff onDpia = sign(SignOffKind.DPO_OPINION, GPS_SYSTEM);
    assertEquals(SignOffStatus.VALID, checkAgainst(activity("gps-larm-behandling", b -> b.purpose("Annat ändamål")), onDpia).status());
    assertEquals(SignOffStatus.NEEDS_RENEWAL, checkAgainst(system("gps-larm", b -> b.dataLocations(List.of("US"))), onDpia).status());
  }

  @Test
  void aSignOffWhoseSubjectIsGoneSaysSo() {
    SignOff s = sign(SignOffKind.CLASSIFICATION, POSITIONER);
    Register without = Register.builder().from(SAMPLE).assets(SAMPLE.assets().stream().filter(a -> !a.id().equals("positioner")).toList()).build();
    assertEquals(SignOffStatus.SUBJECT_MISSING, SignOffChecker.of(without).check(s).status());
    assertThrows(IllegalArgumentException.class, () -> sign(SignOffKind.CLASSIFICATION, GPS_SYSTEM));
    assertThrows(IllegalArgumentException.class, () -> sign(SignOffKind.CLASSIFICATION, new EntryRef(EntryKind.ASSET, "finns-inte")));
  }

  @Test
  void aRegisterWithoutOrganisationNeedsItsJurisdictionSaid() {
    Register anonymous = Register.builder().from(SAMPLE).organisation(java.util.Optional.empty()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SignOffChecker.of(anonymous));
    assertTrue(e.getMessage().contains("no jurisdiction"), e.getMessage());
    SignOff s = SignOffChecker.of(anonymous, io.github.trygg.core.dpia.DpiaScreener.bundled(), io.github.trygg.core.Jurisdiction.NORWAY)
        .sign("s-no", SignOffKind.CLASSIFICATION, POSITIONER, "Helse- og omsorgsutvalget", "utvalg", SIGNED);
    assertEquals(SignOffStatus.VALID, SignOffChecker.of(anonymous, io.github.trygg.core.dpia.DpiaScreener.bundled(),
        io.github.trygg.core.Jurisdiction.NORWAY).check(s).status());
  }

  @Test
  void signOffsRoundTripAndAHandEditedApprovalIsRejected() {
    SignOffs all = SignOffs.empty().with(sign(SignOffKind.CLASSIFICATION, POSITIONER))
        .with(SignOff.builder().from(sign(SignOffKind.ACTIVITY_DECISION, GPS_ACTIVITY)).id("s-2").statement("Beslut enligt förslag").reference("SN § 42").build());
    for (DataFormat format : DataFormat.values()) {
      String text = all.write(format);
      assertEquals(all, SignOffs.read("s." + format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format));
    }
    String edited = all.write(DataFormat.YAML).replaceFirst("confidentiality: \"?3\"?", "confidentiality: \"2\"");
    assertTrue(!edited.equals(all.write(DataFormat.YAML)), "the edit must hit");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SignOffs.read("s.yaml", new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    assertEquals(List.of("fingerprint-mismatch"), e.problems().stream().map(Problem::code).toList());
    assertTrue(e.problems().get(0).location().line() > 0);
    InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> SignOffs.read("s.yaml", new ByteArrayInputStream("""
        format: trygg-sign-offs/1
        signOffs:
          - {id: x, kind: classification, subject: "system:gps-larm", signedBy: A, role: B, signedOn: 2026-01-01, approved: {}, fingerprint: f}
        """.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    assertEquals(List.of("wrong-subject", "fingerprint-mismatch"), wrong.problems().stream().map(Problem::code).toList());
  }
}
