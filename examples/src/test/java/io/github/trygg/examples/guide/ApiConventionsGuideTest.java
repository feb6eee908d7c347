package io.github.trygg.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Sector;
import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.dpia.DpiaLists;
import io.github.trygg.core.dpia.DpiaOutcome;
import io.github.trygg.core.dpia.DpiaSuggestions;
import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.Purpose;
import io.github.trygg.core.message.RecipientKind;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.message.Verdict;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.seal.Pem;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.seal.UntrustedCertificateException;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.routing.RoutingQuery;
import io.github.trygg.examples.Docs;
import io.github.trygg.examples.Sample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/api-conventions.md's examples, run: {@link ApiConventions}. */
class ApiConventionsGuideTest {
  @TempDir Path dir;

  @Test
  void bundledDataIsReachedThroughBundled() {
    ApiConventions.Bundled b = ApiConventions.bundled();
    assertTrue(b.profiles().get(ClassificationProfiles.KLASSA).isPresent());
    assertTrue(b.grounds().find("se-arkivlagen").isPresent());
    assertFalse(b.rules().version().isEmpty());
  }

  @Test
  void aDataFileReadsTheSameFromAPathAndFromAStream() throws Exception {
    // The record policy docs/pseudonymisation.md shows.
    Files.writeString(dir.resolve("export.policy.yaml"), Docs.snippet("docs/pseudonymisation.md", "record-policy"));
    List<RecordPolicy> both = ApiConventions.read(dir);
    assertEquals(both.get(0), both.get(1));
    assertEquals("care-export", both.get(0).id());
  }

  @Test
  void enginesAreCalledThroughAVerb() {
    MessageContext sms = MessageContext.builder().jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.SMS).declaredContent(ContentClass.PERSONAL_DATA)
        .purpose(Purpose.REMINDER_OR_SUMMONS).build();
    ApiConventions.Engines e = ApiConventions.engines(sms, SensitiveContentDetector.bundled().scan("Påminnelse: besök torsdag kl 10."),
        Sample.REGISTER, DpiaLists.bundled(), DpiaSuggestions.forSystem(Sample.REGISTER, "gps-larm", Jurisdiction.SWEDEN),
        new RoutingQuery(Jurisdiction.SWEDEN, "care-recipient", Set.of("se-personnummer"), Set.of(RequestType.ACCESS), Set.of()));
    assertEquals(Verdict.DENY, e.decision().verdict());
    assertFalse(e.propagation().findings().isEmpty());
    assertTrue(Set.of(DpiaOutcome.REQUIRED, DpiaOutcome.REQUIRED_BY_LIST, DpiaOutcome.LIKELY_REQUIRED).contains(e.screening().outcome()),
        e.screening().outcome().toString());
    assertTrue(e.plan().fulfilment().stream().anyMatch(t -> t.systemId().equals("gps-larm")));
  }

  /** The builder's intermediate is what makes a certificate issued under it usable. */
  @Test
  void theBuildersIntermediateCompletesThePath() throws Exception {
    OpenSsl.require();
    OpenSsl.run("""
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 30 -subj /CN=Root \
            -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout sub.key -out sub.pem -days 30 -subj /CN=Sub \
            -CA ca.pem -CAkey ca.key -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout r.key -out r.pem -days 30 -subj /CN=Recipient \
            -CA sub.pem -CAkey sub.key -addext basicConstraints=critical,CA:FALSE -addext keyUsage=critical,keyAgreement
        """, dir);
    X509Certificate ca = Pem.certificate(Files.readString(dir.resolve("ca.pem")));
    X509Certificate sub = Pem.certificate(Files.readString(dir.resolve("sub.pem")));
    X509Certificate recipient = Pem.certificate(Files.readString(dir.resolve("r.pem")));
    byte[] content = "hej".getBytes(StandardCharsets.UTF_8);

    assertEquals(1, ApiConventions.builders(ca, sub).sealUnsigned(content, List.of(recipient)).recipientCount());
    UntrustedCertificateException e = assertThrows(UntrustedCertificateException.class,
        () -> SecureEnvelopes.builder().trustAnchors(List.of(ca)).build().sealUnsigned(content, List.of(recipient)));
    assertEquals(UntrustedCertificateException.Reason.UNTRUSTED_CHAIN, e.reason());
  }
}
