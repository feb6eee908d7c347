package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationRules;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.KeyStatus;
import io.github.trygg.crypto.pseudonym.MasterKey;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.send.SecureSender;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.dsr.cases.Requests;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.spring.boot.internal.TryggEvents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bean steps aside for the application's own of its type, even where the properties would
 * make one; and a bean of the application's is what the starter builds the next beans from.
 */
class BackOffTest {
  @TempDir static Path dir;

  /**
   * The properties that would make the starter's bean of the type: each names a file or a key id
   * that is not there ("nonexistent"), so only backing off can succeed.
   */
  static Stream<Arguments> beans() {
    Path missing = Path.of("/nonexistent/trygg");
    KeyProvider keys = KeyProvider.of(List.of(MasterKey.generate(new KeyRef(Fixtures.KEY_ID, 1), KeyStatus.PRIMARY, Fixtures.RANDOM)));
    Pseudonymisation pseudonymisation = Pseudonymisation.builder().keys(keys).build();
    RecordPolicy policy = RecordPolicy.read(Path.of("../src/test/resources/trygg/export.policy.yaml"));
    SecureEnvelopes envelopes = SecureEnvelopes.builder().addTrustAnchor(new Fixtures.Pki().ca).build();
    String keyFile = "trygg.keys.key-file=" + Fixtures.keyFile(dir);
    String trustAnchor = "trygg.sealing.trust-anchors=" + new Fixtures.Pki().caPem(dir);
    String[] register = Fixtures.register();
    String subjectKey = "trygg.dsr.subject-key-id=" + Fixtures.SUBJECT_KEY_ID;
    KeyProvider own = KeyProvider.of(List.of(MasterKey.generate(new KeyRef("own-subjects", 1), KeyStatus.PRIMARY, Fixtures.RANDOM)));
    return Stream.of(
        backOff(SecureMessageRules.class, x -> SecureMessageRules.bundled(), "trygg.rules.secure-messages=" + missing),
        backOff(SensitiveContentDetector.class, x -> SensitiveContentDetector.identityNumbersOnly(), "trygg.rules.term-lists=" + missing),
        backOff(PropagationRules.class, x -> PropagationRules.bundled(), "trygg.rules.propagation=" + missing),
        backOff(Propagation.class, x -> Propagation.bundled()),
        backOff(Register.class, x -> register(), "trygg.register.files=" + missing),
        backOff(KeyProvider.class, x -> keys, "trygg.keys.key-file=" + missing),
        backOff(Pseudonymisation.class, x -> pseudonymisation, keyFile),
        backOff(RecordPolicy.class, x -> policy, "trygg.pseudonymisation.policy=" + missing + ".yaml", keyFile),
        backOff(RecordPseudonymiser.class, x -> RecordPseudonymiser.builder().policy(policy).pseudonymisation(pseudonymisation).build(),
            "trygg.pseudonymisation.policy=" + Fixtures.POLICY),
        backOff(SecureEnvelopes.class, x -> envelopes, "trygg.sealing.trust-anchors=" + missing),
        backOff(SecureSender.class, x -> SecureSender.builder().envelopes(envelopes).build(), trustAnchor),
        backOff(TryggMessages.class, x -> new TryggMessages(SecureSender.builder().envelopes(envelopes).build(), envelopes, new TryggEvents() {}),
            trustAnchor),
        // The identifier key id is the store's: with the application's store it is not looked up.
        backOff(DsrStore.class, d -> DsrStores.fileJournal(d.resolve("own.journal")), "trygg.dsr.journal=" + missing.resolve("dsr.journal"),
            register[0], register[1], keyFile, subjectKey, "trygg.dsr.identifier-key-id=nonexistent"),
        // Without a key source and with a key id no provider has: only backing off can succeed.
        backOff(SubjectPseudonymiser.class, x -> SubjectPseudonymiser.of(own, "own-subjects"), "trygg.dsr.journal=" + dir.resolve("subject.journal"),
            "trygg.dsr.subject-key-id=nonexistent", register[0], register[1]));
  }

  private static Register register() {
    return RegisterReader.read(Fixtures.samples().resolve("product-larmkraft.yaml"), Fixtures.samples().resolve("register.yaml"));
  }

  static Arguments backOff(Class<?> type, Function<Path, Object> own, String... properties) {
    return Arguments.of(type.getSimpleName(), type, own, properties);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beans")
  <T> void theApplicationsBeanReplacesTheStartersAndItsPropertiesAreNotRead(String name, Class<T> type, Function<Path, Object> own, String[] properties) {
    Object mine = own.apply(dir);
    Starter.runner().withBean("applications" + name, type, () -> type.cast(mine)).withPropertyValues(properties).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(type);
      assertThat(context.getBean(type)).isSameAs(mine);
    });
  }

  @Test
  void withoutTheApplicationsBeanTheSamePropertiesFail() {
    // The counterpart of the test above: the files named there are read when nothing backs off.
    beans().forEach(a -> {
      String[] properties = (String[]) a.get()[3];
      if (!String.join(",", properties).contains("nonexistent")) {
        return;
      }
      Starter.runner().withPropertyValues(properties).run(context -> assertThat(context).as(String.join(", ", properties)).hasFailed());
    });
  }

  @Test
  void theApplicationsKeyProviderIsWhatPseudonymisationAndTheRecordPolicyUse() {
    KeyProvider keys = KeyProvider.of(List.of(MasterKey.generate(new KeyRef(Fixtures.KEY_ID, 1), KeyStatus.PRIMARY, Fixtures.RANDOM)));
    Starter.runner().withBean(KeyProvider.class, () -> keys).withPropertyValues("trygg.pseudonymisation.policy=" + Fixtures.POLICY).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(RecordPseudonymiser.class).hasSingleBean(TryggRecords.class);
      assertThat(context.getBean(Pseudonymisation.class).keys()).isSameAs(keys);
    });
  }

  @Test
  void theApplicationsKeyProviderIsWhatTheDeskAndTheStoreUse() throws Exception {
    KeyProvider keys = KeyProvider.of(List.of(
        MasterKey.generate(new KeyRef(Fixtures.SUBJECT_KEY_ID, 1), KeyStatus.PRIMARY, Fixtures.RANDOM),
        MasterKey.generate(new KeyRef(Fixtures.IDENTIFIER_KEY_ID, 1), KeyStatus.ENABLED, Fixtures.RANDOM),
        MasterKey.generate(new KeyRef(Fixtures.IDENTIFIER_KEY_ID, 2), KeyStatus.PRIMARY, Fixtures.RANDOM)));
    Path journal = dir.resolve("application-keys.journal");
    String child = Fixtures.childNumber();
    Starter.runner().withBean(KeyProvider.class, () -> keys)
        .withPropertyValues(Fixtures.register())
        .withPropertyValues("trygg.dsr.journal=" + journal, "trygg.dsr.subject-key-id=" + Fixtures.SUBJECT_KEY_ID,
            "trygg.dsr.identifier-key-id=" + Fixtures.IDENTIFIER_KEY_ID)
        .run(context -> {
          assertThat(context).hasNotFailed();
          DataSubjectRequest request = context.getBean(Requests.class).receive(Fixtures.accessRequest(child, Instant.now()), "starter-test");
          // The same reference as a pseudonymiser over the application's keys makes, so those are the keys.
          SubjectIdentifier subject = request.identifiers().get(0);
          assertThat(request.subjectRef()).isEqualTo(SubjectPseudonymiser.of(keys, Fixtures.SUBJECT_KEY_ID).pseudonym(subject.type(), subject.value()));
        });
    // Sealed under the primary version of the application's identifier key.
    assertThat(new String(Files.readAllBytes(journal), StandardCharsets.ISO_8859_1)).doesNotContain(child)
        .contains(Fixtures.IDENTIFIER_KEY_ID + ".2.");
  }

  @Test
  void theApplicationsEnvelopesAreWhatTheSenderSealsWith() {
    SecureEnvelopes envelopes = SecureEnvelopes.builder().addTrustAnchor(new Fixtures.Pki().ca).build();
    Starter.runner().withBean(SecureEnvelopes.class, () -> envelopes).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(SecureSender.class);
      assertThat(context.getBean(TryggMessages.class).envelopes()).isSameAs(envelopes);
    });
  }

  @Test
  void theApplicationsStoreMakesTheDeskAndItsCustomizersAreApplied() {
    DsrStore store = DsrStores.fileJournal(dir.resolve("application.journal"));
    AtomicInteger customized = new AtomicInteger();
    Starter.runner().withBean(DsrStore.class, () -> store)
        .withBean(DsrCasesCustomizer.class, () -> desk -> customized.incrementAndGet())
        .withPropertyValues(Fixtures.register())
        .withPropertyValues("trygg.keys.key-file=" + Fixtures.keyFile(dir), "trygg.dsr.subject-key-id=" + Fixtures.SUBJECT_KEY_ID)
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(DsrCases.class).hasSingleBean(Requests.class);
          assertThat(context.getBean(DsrCases.class).store()).isSameAs(store);
          assertThat(customized).hasValue(1);
        });
  }
}
