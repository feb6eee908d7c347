package io.github.trygg.core.internal.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.propagation.PropagationRules;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Whatever bytes a secure-message rule table, a content term list or a propagation rule pack holds,
 * each reader either returns a value or throws an {@link InvalidInputException} whose problems all
 * have a code, a source and a message and show nothing shaped like an identity number — never
 * another exception. Every build replays the inputs under {@code RuleFilesFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes for new ones.
 */
class RuleFilesFuzzTest {
  private static final List<BiConsumer<InputStream, DataFormat>> READERS = List.of(
      (in, f) -> SecureMessageRules.read("fuzz", in, f),
      (in, f) -> SensitiveContentDetector.read("fuzz", in, f),
      (in, f) -> PropagationRules.read("fuzz", in, f));

  @FuzzTest(maxDuration = "2m")
  void anyRuleFileReadsOrFailsWithLocatedProblems(FuzzedDataProvider data) {
    DataFormat format = data.consumeBoolean() ? DataFormat.YAML : DataFormat.JSON;
    byte[] bytes = data.consumeRemainingAsBytes();
    for (BiConsumer<InputStream, DataFormat> reader : READERS) {
      try {
        reader.accept(new ByteArrayInputStream(bytes), format);
      } catch (InvalidInputException e) {
        FuzzChecks.located(e);
      }
    }
  }
}
