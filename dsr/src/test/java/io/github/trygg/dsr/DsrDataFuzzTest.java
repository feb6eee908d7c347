package io.github.trygg.dsr;

import io.github.trygg.core.DataFormat;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.dsr.connector.WebhookReceiver;
import io.github.trygg.dsr.connector.WebhookSignature;
import io.github.trygg.dsr.consent.ConsentRules;
import io.github.trygg.dsr.deadline.WorkingDayCalendar;
import io.github.trygg.dsr.routing.LegalGrounds;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Whatever bytes a legal-grounds file, a working-day calendar, the consent age rules or a signed
 * webhook body holds, each reader either returns a value or throws an {@link InvalidInputException}
 * whose problems all have a code, a source and a message and show nothing shaped like an identity
 * number — never another exception. Every build replays the inputs under {@code
 * DsrDataFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class DsrDataFuzzTest {
  private static final Pattern SHAPE = Pattern.compile("(?<![0-9])(?:[0-9]{10,12}|[0-9]{6}(?:[0-9]{2})?(?: ?[-+] ?| )[0-9]{4,5})(?![0-9])");
  private static final WebhookSignature SIGNATURE = WebhookSignature.of(TestKeys.provider(), TestKeys.WEBHOOK);

  /** Each reader, given a source name whose extension tells the format. */
  private static final List<BiConsumer<String, byte[]>> READERS = List.of(
      (name, b) -> LegalGrounds.read(name, new ByteArrayInputStream(b), DataFormat.ofFileName(name)),
      (name, b) -> WorkingDayCalendar.read(name, new ByteArrayInputStream(b), DataFormat.ofFileName(name)),
      (name, b) -> ConsentRules.read(name, new ByteArrayInputStream(b), DataFormat.ofFileName(name)),
      (name, b) -> {
        long now = Instant.now().getEpochSecond();
        Map<String, String> headers = new HashMap<>();
        headers.put(WebhookSignature.ID, "msg_fuzz");
        headers.put(WebhookSignature.TIMESTAMP, Long.toString(now));
        headers.put(WebhookSignature.SIGNATURE, SIGNATURE.sign("msg_fuzz", now, b));
        WebhookReceiver.of(TestKeys.provider(), TestKeys.WEBHOOK).receive(headers, b);
      });

  @FuzzTest(maxDuration = "2m")
  void anyDsrDataFileReadsOrFailsWithLocatedProblems(FuzzedDataProvider data) {
    String name = data.consumeBoolean() ? "fuzz.yaml" : "fuzz.json";
    byte[] bytes = data.consumeRemainingAsBytes();
    for (BiConsumer<String, byte[]> reader : READERS) {
      try {
        reader.accept(name, bytes);
      } catch (InvalidInputException e) {
        for (Problem p : e.problems()) {
          if (p.code().isEmpty() || p.location().source().isEmpty() || p.message().isEmpty()) {
            throw new AssertionError("problem without code, source or message: " + p);
          }
        }
        if (SHAPE.matcher(e.getMessage()).find()) {
          throw new AssertionError("a problem shows something shaped like an identity number");
        }
      }
    }
  }
}
