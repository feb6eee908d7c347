package io.github.trygg.core.register;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whatever bytes a register file holds, reading it either gives a register or an
 * {@link InvalidInputException} whose problems all have a location — never another exception.
 * Every build replays the inputs under {@code RegisterReaderFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes for new ones.
 */
class RegisterReaderFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void readingAnyDocumentFailsOnlyWithLocatedProblems(FuzzedDataProvider data) {
    DataFormat format = data.consumeBoolean() ? DataFormat.YAML : DataFormat.JSON;
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      Register register = RegisterReader.readSources(List.of(new RegisterReader.Source("fuzz", new ByteArrayInputStream(bytes), format)));
      // Whatever was read must write and read back to the same register.
      String written = RegisterWriter.write(register, format);
      Register again = RegisterReader.readSources(List.of(new RegisterReader.Source("again",
          new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), format)));
      if (!again.equals(register)) {
        throw new AssertionError("round trip changed the register");
      }
    } catch (InvalidInputException e) {
      io.github.trygg.core.internal.data.FuzzChecks.located(e);
    }
  }
}
