package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.message.Verdict;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationRules;
import io.github.trygg.core.register.Register;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyStoreProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.send.MessageDeniedException;
import io.github.trygg.crypto.send.SealedDispatch;
import io.github.trygg.crypto.send.SecureSender;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.dsr.store.DsrStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/** Which beans the {@code trygg.*} properties make, and that each one works. */
class TryggAutoConfigurationTest {
  @TempDir Path dir;

  @Test
  void runsOnTheSpringBootVersionThisModuleIsFor() {
    assertThat(SpringBootVersion.getVersion()).isEqualTo(System.getProperty("trygg.expectedSpringBoot"));
  }

  @Test
  void theFourAutoConfigurationsAreRegisteredForSpringBoot() {
    List<String> registered = new ArrayList<>();
    ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(registered::add);
    assertThat(registered).filteredOn(n -> n.startsWith("io.github.trygg.")).containsExactlyInAnyOrder(
        TryggAutoConfiguration.class.getName(), TryggDsrAutoConfiguration.class.getName(),
        TryggHealthAutoConfiguration.class.getName(), TryggMetricsAutoConfiguration.class.getName());
  }

  @Test
  void withoutPropertiesTheBundledRulesAreBeansAndNothingElse() {
    Starter.runner().run(context -> {
      assertThat(context).hasNotFailed()
          .hasSingleBean(SecureMessageRules.class).hasSingleBean(SensitiveContentDetector.class)
          .hasSingleBean(PropagationRules.class).hasSingleBean(Propagation.class)
          .doesNotHaveBean(Register.class).doesNotHaveBean(KeyProvider.class).doesNotHaveBean(Pseudonymisation.class)
          .doesNotHaveBean(RecordPolicy.class).doesNotHaveBean(RecordPseudonymiser.class).doesNotHaveBean(TryggRecords.class)
          .doesNotHaveBean(SecureEnvelopes.class).doesNotHaveBean(SecureSender.class).doesNotHaveBean(TryggMessages.class)
          .doesNotHaveBean(DsrStore.class).doesNotHaveBean(DsrCases.class);
      SecureMessageRules bundled = SecureMessageRules.bundled();
      assertThat(context.getBean(SecureMessageRules.class).id()).isEqualTo(bundled.id());
      assertThat(context.getBean(SensitiveContentDetector.class).listIds()).isEqualTo(SensitiveContentDetector.bundled().listIds());
    });
  }

  @Test
  void aRulesTableNamedByLocationIsReadInsteadOfTheBundledOne() throws Exception {
    // The bundled table under another id, as a host's own file.
    String bundled;
    try (InputStream in = SecureMessageRules.class.getResourceAsStream("/io/github/trygg/core/message/secure-messaging-se-no.yaml")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path own = Files.writeString(dir.resolve("secure-messaging.yaml"),
        bundled.replace("table: trygg-secure-messaging-se-no", "table: starter-test-copy"));
    Starter.runner().withPropertyValues("trygg.rules.secure-messages=" + own.toUri()).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(SecureMessageRules.class).id()).isEqualTo("starter-test-copy");
    });
  }

  @Test
  void termListsAddToTheBundledListsOrReplaceThem() {
    String text = "Välkommen till avdelning Lönnen på torsdag.";
    Starter.runner().withPropertyValues("trygg.rules.term-lists=classpath:rules/host-terms.yaml").run(context -> {
      SensitiveContentDetector detector = context.getBean(SensitiveContentDetector.class);
      assertThat(detector.listIds()).contains("host-units").containsAll(SensitiveContentDetector.bundled().listIds());
      assertThat(detector.scan(text).suggested()).isEqualTo(ContentClass.SENSITIVE);
    });
    Starter.runner().withPropertyValues("trygg.rules.bundled-term-lists=false").run(context ->
        assertThat(context.getBean(SensitiveContentDetector.class).listIds()).isEqualTo(SensitiveContentDetector.identityNumbersOnly().listIds()));
    Starter.runner().run(context -> assertThat(context.getBean(SensitiveContentDetector.class).scan(text).isEmpty()).isTrue());
  }

  @Test
  void registerFilesAreReadTogetherAndValidatedAtStartUp() {
    Starter.runner().withPropertyValues(Fixtures.register()).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(Register.class);
      Register register = context.getBean(Register.class);
      assertThat(register.problems()).isEmpty();
      assertThat(register.systems()).hasSizeGreaterThan(1);
      // Systems of the vendor's profile and of the municipality's usage file: both were read.
      assertThat(register.system("larmplattform")).isPresent();
    });
  }

  @Test
  void registerFilesMayBeGivenCommaSeparated() {
    Starter.runner().withPropertyValues("trygg.register.files=" + Fixtures.samples().resolve("product-larmkraft.yaml") + ","
        + Fixtures.samples().resolve("register.yaml")).run(context -> assertThat(context.getBean(Register.class).systems()).hasSizeGreaterThan(1));
  }

  @Test
  void aKeyFileMakesTheKeyProviderAndPseudonymisation() {
    Path keys = Fixtures.keyFile(dir);
    Starter.runner().withPropertyValues("trygg.keys.key-file=" + keys).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(Pseudonymisation.class);
      assertThat(context.getBean(KeyProvider.class)).isInstanceOf(KeyFileProvider.class);
      assertThat(((KeyFileProvider) context.getBean(KeyProvider.class)).file()).isEqualTo(keys);
      assertThat(context.getBean(Pseudonymisation.class).keys()).isSameAs(context.getBean(KeyProvider.class));
      assertThat(context).doesNotHaveBean(RecordPseudonymiser.class);
    });
  }

  @Test
  void aPkcs12StoreMakesAKeyStoreProvider() {
    Path store = Fixtures.pkcs12(dir);
    Starter.runner().withPropertyValues("trygg.keys.pkcs12=" + store, "trygg.keys.password=" + Fixtures.PASSWORD).run(context -> {
      assertThat(context).hasNotFailed();
      KeyProvider keys = context.getBean(KeyProvider.class);
      assertThat(keys).isInstanceOf(KeyStoreProvider.class);
      assertThat(keys.primary(Fixtures.KEY_ID).ref().version()).isEqualTo(1);
    });
  }

  @Test
  void aRecordPolicyWithKeysMakesThePseudonymiserWhoseOutputEqualsOneBuiltByHand() throws Exception {
    Path keys = Fixtures.keyFile(dir);
    List<String> numbers = new ArrayList<>();
    byte[] csv = Fixtures.visitsCsv(numbers).getBytes(StandardCharsets.UTF_8);
    RecordPseudonymiser byHand = RecordPseudonymiser.builder()
        .policy(RecordPolicy.read(Path.of(getClass().getResource("/trygg/export.policy.yaml").toURI())))
        .pseudonymisation(Pseudonymisation.builder().keys(KeyFileProvider.open(keys)).build()).build();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    byHand.csv(new ByteArrayInputStream(csv), expected, "visits.csv", CsvFormat.rfc4180());

    Starter.runner().withPropertyValues("trygg.keys.key-file=" + keys, "trygg.pseudonymisation.policy=" + Fixtures.POLICY).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(RecordPseudonymiser.class).hasSingleBean(TryggRecords.class);
      assertThat(context.getBean(RecordPolicy.class).id()).isEqualTo("host-export");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RecordReport report = context.getBean(TryggRecords.class).csv(new ByteArrayInputStream(csv), out, "visits.csv", CsvFormat.rfc4180());
      assertThat(report.records()).isEqualTo(3);
      String result = out.toString(StandardCharsets.UTF_8);
      assertThat(result).isEqualTo(expected.toString(StandardCharsets.UTF_8)).doesNotContain("Namn");
      numbers.forEach(n -> assertThat(result).doesNotContain(n));
    });
  }

  @Test
  void trustAnchorsMakeTheEnvelopesThePolicyEnforcingSenderAndTryggMessages() {
    Fixtures.Pki pki = new Fixtures.Pki();
    Starter.runner().withPropertyValues("trygg.sealing.trust-anchors=" + pki.caPem(dir)).run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(SecureEnvelopes.class).hasSingleBean(SecureSender.class);
      TryggMessages messages = context.getBean(TryggMessages.class);
      assertThat(messages.envelopes()).isSameAs(context.getBean(SecureEnvelopes.class));

      String text = "Hej! Ditt provsvar är klart: blodsocker 6,1 mmol/l.";
      SealedDispatch sent = messages.send(Fixtures.email(), text, pki.unitCredential, List.of(pki.patient));
      assertThat(sent.decision().verdict()).isNotEqualTo(Verdict.DENY);
      byte[] opened = messages.openAndVerify(sent.message().encoded(), pki.patientCredential).content();
      assertThat(new String(opened, StandardCharsets.UTF_8)).isEqualTo(text);

      // The sender applies the rules it was built with: this one is denied and nothing is sealed.
      assertThatThrownBy(() -> messages.send(Fixtures.portalAtLevel3(), "Epikrise: innlagt for hjerteinfarkt.", pki.unitCredential, List.of(pki.patient)))
          .isInstanceOf(MessageDeniedException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hjerteinfarkt"));
      Decision checked = messages.check(Fixtures.portalAtLevel3(), "Epikrise: innlagt for hjerteinfarkt.");
      assertThat(checked.verdict()).isEqualTo(Verdict.DENY);
    });
  }

  @Test
  void theBeansAreImmutableEnginesThatOneContextSharesAndASecondContextRebuilds() {
    Starter.runner().run(first -> Starter.runner().run(second -> {
      assertThat(first.getBean(SecureMessageRules.class)).isSameAs(first.getBean(SecureMessageRules.class));
      assertThat(first.getBean(Propagation.class)).isNotSameAs(second.getBean(Propagation.class));
    }));
  }
}
