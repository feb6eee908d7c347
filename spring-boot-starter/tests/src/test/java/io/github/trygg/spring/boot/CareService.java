package io.github.trygg.spring.boot;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.RecipientKind;
import io.github.trygg.core.Sector;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.crypto.send.SealedDispatch;
import io.github.trygg.dsr.cases.Intake;
import io.github.trygg.dsr.cases.Requests;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The example of docs/spring-boot.md, compiled and run by {@link SpringBootDocTest}. */
// snippet:start spring-boot-service
@Service
public class CareService {
  private final TryggMessages messages;
  private final TryggRecords records;
  private final Requests requests;

  public CareService(TryggMessages messages, TryggRecords records, Requests requests) {
    this.messages = messages;
    this.records = records;
    this.requests = requests;
  }

  /** Signs and seals a test result to the patient; throws MessageDeniedException if the rules deny it. */
  public SealedDispatch sendResult(String text, SenderCredential unit, X509Certificate patient) {
    MessageContext email = MessageContext.builder()
        .jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.EMAIL)
        .declaredContent(ContentClass.PERSONAL_DATA).build();
    return messages.send(email, text, unit, List.of(patient));
  }

  /** Pseudonymises a CSV export by the record policy in trygg.pseudonymisation.policy. */
  public RecordReport exportVisits(Path visits, Path out) {
    return records.csv(visits, out, CsvFormat.rfc4180());
  }

  /** Registers a subject access request; its due date follows the jurisdiction's rules. */
  public DataSubjectRequest accessRequest(String personnummer, Instant received) {
    Intake intake = new Intake(Set.of(RequestType.ACCESS), Requester.self(), "care-recipient",
        List.of(new SubjectIdentifier("se-personnummer", personnummer)), received);
    return requests.receive(intake, "reception");
  }
}
// snippet:end
