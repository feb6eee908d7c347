package io.github.trygg.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.trygg.core.message.Decision;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.send.MessageDeniedException;
import io.github.trygg.crypto.send.SealedDispatch;
import io.github.trygg.dsr.cases.Requests;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Micrometer meters, bound by Spring Boot's own metrics auto-configuration to its registry. */
class TryggMetricsTest {
  private static final String TEXT = "Hej! Ditt provsvar är klart: blodsocker 6,1 mmol/l.";
  private static final String DENIED_TEXT = "Epikrise: innlagt for hjerteinfarkt.";

  @TempDir Path dir;

  private ApplicationContextRunner everything(Fixtures.Pki pki) {
    // The desk's key file holds the record policy's key too.
    List<String> p = new ArrayList<>(Fixtures.journalDesk(dir));
    p.add("trygg.pseudonymisation.policy=" + Fixtures.POLICY);
    p.add("trygg.sealing.trust-anchors=" + pki.caPem(dir));
    p.add("trygg.dsr.count-interval=0s");
    return Starter.runner().withConfiguration(Starter.metrics()).withPropertyValues(p.toArray(String[]::new));
  }

  @Test
  void decisionsDenialsSealsAndOpensAreCountedByVerdictRuleAndOutcome() {
    Fixtures.Pki pki = new Fixtures.Pki();
    everything(pki).run(context -> {
      assertThat(context).hasNotFailed();
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      TryggMessages messages = context.getBean(TryggMessages.class);

      Decision checked = messages.check(Fixtures.email(), TEXT);
      SealedDispatch sent = messages.send(Fixtures.email(), TEXT, pki.unitCredential, List.of(pki.patient));
      String allowed = sent.decision().verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      assertThat(registry.get("trygg.messages.decisions").tag("verdict", allowed).tag("rule", checked.ruleId()).counter().count()).isEqualTo(2.0);
      assertThat(registry.get("trygg.envelopes.seals").tag("outcome", "ok").counter().count()).isEqualTo(1.0);

      MessageDeniedException denied = (MessageDeniedException) org.assertj.core.api.Assertions.catchThrowable(
          () -> messages.send(Fixtures.portalAtLevel3(), DENIED_TEXT, pki.unitCredential, List.of(pki.patient)));
      String rule = denied.decision().ruleId();
      assertThat(registry.get("trygg.messages.denied").tag("rule", rule).counter().count()).isEqualTo(1.0);
      assertThat(registry.get("trygg.messages.decisions").tag("verdict", "deny").tag("rule", rule).counter().count()).isEqualTo(1.0);
      assertThat(registry.get("trygg.envelopes.seals").counters()).hasSize(1);

      messages.openAndVerify(sent.message().encoded(), pki.patientCredential);
      byte[] tampered = sent.message().encoded().clone();
      tampered[tampered.length - 20] ^= 1;
      assertThatThrownBy(() -> messages.open(tampered, pki.patientCredential)).isInstanceOf(RuntimeException.class);
      assertThat(registry.get("trygg.envelopes.opens").tag("outcome", "ok").counter().count()).isEqualTo(1.0);
      assertThat(registry.get("trygg.envelopes.opens").counters()).hasSize(2)
          .anySatisfy(c -> assertThat(c.getId().getTag("outcome")).isIn("tampered", "malformed"));

      assertNoContentInTags(registry, List.of(TEXT, DENIED_TEXT, "provsvar", "hjerteinfarkt"));
    });
  }

  @Test
  void pseudonymisedValuesAreCountedByPolicyAndAction() {
    everything(new Fixtures.Pki()).run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      List<String> numbers = new ArrayList<>();
      byte[] csv = Fixtures.visitsCsv(numbers).getBytes(StandardCharsets.UTF_8);
      context.getBean(TryggRecords.class).csv(new ByteArrayInputStream(csv), new ByteArrayOutputStream(), "visits.csv", CsvFormat.rfc4180());
      assertThat(registry.get("trygg.pseudonymisation.records").tag("policy", "host-export").counter().count()).isEqualTo(3.0);
      for (String action : List.of("pseudonymised", "generalised", "kept", "dropped")) {
        assertThat(registry.get("trygg.pseudonymisation.values").tag("policy", "host-export").tag("action", action).counter().count())
            .as(action).isEqualTo(3.0);
      }
      assertNoContentInTags(registry, numbers);
    });
  }

  @Test
  void openAndOverdueDsrRequestsAreGauges() {
    everything(new Fixtures.Pki()).run(context -> {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      assertThat(registry.get("trygg.dsr.requests.open").gauge().value()).isZero();
      context.getBean(Requests.class).receive(Fixtures.accessRequest(Fixtures.childNumber(), Instant.now()), "starter-test");
      context.getBean(Requests.class).receive(Fixtures.accessRequest(Fixtures.childNumber(), Instant.now().minusSeconds(90L * 24 * 3600)), "starter-test");
      assertThat(registry.get("trygg.dsr.requests.open").gauge().value()).isEqualTo(2.0);
      assertThat(registry.get("trygg.dsr.requests.overdue").gauge().value()).isEqualTo(1.0);
      assertThat(registry.get("trygg.dsr.tasks.open").gauge().value()).isNotNegative();
      assertThat(registry.get("trygg.dsr.tasks.overdue").gauge().value()).isNotNegative();
    });
  }

  @Test
  void withoutMicrometerThereAreNoMetersAndTheEntryPointsStillWork() {
    Fixtures.Pki pki = new Fixtures.Pki();
    Starter.runner().withClassLoader(new FilteredClassLoader("io.micrometer"))
        .withPropertyValues("trygg.sealing.trust-anchors=" + pki.caPem(dir)).run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean("tryggMeters");
          assertThat(context.getBean(TryggMessages.class).send(Fixtures.email(), TEXT, pki.unitCredential, List.of(pki.patient))).isNotNull();
        });
    Starter.runner().run(context -> assertThat(context).hasBean("tryggMeters"));
  }

  private static void assertNoContentInTags(MeterRegistry registry, List<String> contents) {
    for (Meter m : registry.getMeters()) {
      for (Tag t : m.getId().getTags()) {
        for (String content : contents) {
          assertThat(t.getValue()).as(m.getId().toString()).doesNotContain(content);
        }
      }
    }
  }
}
