package io.github.trygg.examples.dsr;

import io.github.trygg.core.register.Register;
import io.github.trygg.crypto.pseudonym.KeyExport;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.dsr.connector.ManualConnector;
import io.github.trygg.dsr.connector.WebhookConnector;
import io.github.trygg.dsr.connector.WebhookSignature;
import io.github.trygg.dsr.store.DsrStore;
import java.nio.file.Path;

/**
 * docs/dsr.md: a desk that sends the medication robot's tasks as signed webhooks, and the Standard
 * Webhooks secret the robot's vendor is given to check them.
 */
public final class WebhookSetup {
  private WebhookSetup() {}

  /** The desk and the secret handed to the receiving system. */
  public record Setup(DsrCases desk, WebhookSignature signature, String whsec) {}

  public static Setup desk(Path keyFile, DsrStore store, Register register) {
    // snippet:start dsr-webhook
    KeyProvider keys = KeyFileProvider.open(keyFile);
    WebhookSignature robot = WebhookSignature.of(keys, "webhook-lakemedelsrobot");
    String whsec = robot.secret(new KeyRef("webhook-lakemedelsrobot", 1),   // for the robot's vendor
        KeyExport.permit("set up the medication robot's DSR webhook"));
    DsrCases desk = DsrCases.builder()
        .store(store).register(register).pseudonymiser(SubjectPseudonymiser.of(keys, "dsr-subjects"))
        .addConnector(ManualConnector.forPeople())
        .addConnector(WebhookConnector.builder().keys(keys).systemKey("lakemedelsrobot", "webhook-lakemedelsrobot").build())
        .build();
    // snippet:end
    return new Setup(desk, robot, whsec);
  }
}
