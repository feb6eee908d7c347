package io.github.trygg.dsr.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.dsr.SampleRegister;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.consent.ConsentGiver;
import io.github.trygg.dsr.consent.ConsentPurpose;
import io.github.trygg.dsr.consent.ConsentSubject;
import io.github.trygg.dsr.consent.GuardianRule;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.JournalOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk across a rotation of its keys: what was recorded under the old versions is still found. */
class KeyRotationTest {
  static final ConsentPurpose CAMERA = new ConsentPurpose("nattillsyn-kamera", new LocalizedText("Kamera", "Kamera", "Camera"), "2026-1",
      GuardianRule.ANY_GUARDIAN, false, true, List.of("nattillsyn"));

  @TempDir Path dir;
  final AtomicInteger ids = new AtomicInteger();
  /** Generated here, so no real person's number is in the sources. */
  final String pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1947, 10, 2), 437).canonical();

  DsrCases desk(DsrStore store, KeyProvider keys) {
    return DsrCases.builder().store(store).register(SampleRegister.exempelkommun()).pseudonymiser(SubjectPseudonymiser.of(keys, "dsr-subjects"))
        .addPurpose(CAMERA).ids(() -> "id" + ids.incrementAndGet()).build();
  }

  Intake intake() {
    return new Intake(Set.of(RequestType.ACCESS), Requester.self(), "care-recipient", List.of(new SubjectIdentifier("se-personnummer", pnr)),
        Instant.now());
  }

  @Test
  void duplicatesAndConsentsRecordedBeforeARotationAreStillFound() {
    Path keyFile = dir.resolve("dsr-keys.json");
    KeyFileProvider.create(keyFile, "dsr-subjects");
    KeyFileProvider.rotate(keyFile, "dsr-identifiers");
    Path journal = dir.resolve("dsr.journal");
    SubjectIdentifier subject = new SubjectIdentifier("se-personnummer", pnr);
    DataSubjectRequest first;
    try (DsrStore store = DsrStores.fileJournal(journal, JournalOptions.defaults(), KeyFileProvider.open(keyFile), "dsr-identifiers")) {
      DsrCases before = desk(store, KeyFileProvider.open(keyFile));
      first = before.requests().receive(intake(), "officer-1");
      before.consents().give(subject, CAMERA, ConsentGiver.subject(), "officer-1");
      assertTrue(first.subjectRef().startsWith("dsr-subjects.1."), first.subjectRef());
    }
    KeyFileProvider.rotate(keyFile, "dsr-subjects");
    KeyFileProvider.rotate(keyFile, "dsr-identifiers");
    try (DsrStore store = DsrStores.fileJournal(journal, JournalOptions.defaults(), KeyFileProvider.open(keyFile), "dsr-identifiers")) {
      DsrCases after = desk(store, KeyFileProvider.open(keyFile));
      DataSubjectRequest again = after.requests().receive(intake(), "officer-1");
      assertTrue(again.subjectRef().startsWith("dsr-subjects.2."), again.subjectRef());
      assertEquals(RequestStatus.DUPLICATE, again.status(), "the open request made under version 1 is found");
      assertEquals(first.id(), again.duplicateOf().orElseThrow());
      assertTrue(after.consents().check(CAMERA, ConsentSubject.adult(subject)).valid(), "the consent given under version 1 still counts");
      assertEquals(first.identifiers(), after.requests().request(first.id()).identifiers(), "identifiers sealed under version 1 still read");
    }
  }
}
