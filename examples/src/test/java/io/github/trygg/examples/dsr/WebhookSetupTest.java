package io.github.trygg.examples.dsr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.dsr.connector.WebhookSignature;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.examples.Sample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/dsr.md's webhook set-up, run: {@link WebhookSetup} on the sample register. */
class WebhookSetupTest {
  @TempDir Path dir;

  @Test
  void theSecretHandedToTheVendorChecksTheDesksSignatures() throws Exception {
    Path keyFile = dir.resolve("dsr-keys.json");
    KeyFileProvider.create(keyFile, "dsr-subjects");
    KeyFileProvider.rotate(keyFile, "webhook-lakemedelsrobot");
    try (DsrStore store = DsrStores.fileJournal(dir.resolve("dsr.journal"))) {
      WebhookSetup.Setup setup = WebhookSetup.desk(keyFile, store, Sample.REGISTER);
      assertEquals(DsrChannel.WEBHOOK, Sample.REGISTER.system("lakemedelsrobot").orElseThrow().dsrEndpoint().orElseThrow().channel());
      assertTrue(setup.whsec().startsWith("whsec_"));

      // A delivery as the connector signs it, checked the way the Standard Webhooks specification
      // writes it out: HMAC-SHA256 over "id.timestamp.body" under the base64-decoded secret.
      byte[] body = "{\"format\":\"trygg-dsr-task/1\"}".getBytes(StandardCharsets.UTF_8);
      long timestamp = Instant.now().getEpochSecond();
      String header = setup.signature().sign("msg_1", timestamp, body);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(Base64.getDecoder().decode(setup.whsec().substring("whsec_".length())), "HmacSHA256"));
      byte[] expected = mac.doFinal(("msg_1." + timestamp + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
      assertEquals("v1," + Base64.getEncoder().encodeToString(expected), header);

      // A receiving system that runs Trygg checks it with the same key file.
      assertEquals("msg_1", WebhookSignature.of(KeyFileProvider.open(keyFile), "webhook-lakemedelsrobot")
          .verify(Map.of(WebhookSignature.ID, "msg_1", WebhookSignature.TIMESTAMP, String.valueOf(timestamp), WebhookSignature.SIGNATURE, header),
              body, Instant.now()));
      assertEquals(Jurisdiction.SWEDEN, setup.desk().jurisdiction(), "from the register's organisation");
    }
  }
}
