package io.github.trygg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.message.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's snippets, run: {@link QuickStart} holds them. */
class QuickStartTest {
  @Test
  void theRegisterSnippetReadsTheSampleRegister() {
    assertFalse(QuickStart.register(Path.of("registers/exempelkommun")).systems().isEmpty());
  }

  @Test
  void theChainSnippetExplainsTheWarehouseByAPathIntoIt() {
    var chain = QuickStart.chain(QuickStart.register(Path.of("registers/exempelkommun")));
    var path = chain.system("datalager").orElseThrow().level(SecurityAspect.TRACEABILITY).trace().path();
    assertTrue(path.size() > 1, path.toString());
    assertEquals("datalager", path.get(path.size() - 1).id());
    assertFalse(chain.findings().isEmpty());
  }

  @Test
  void theMessageSnippetDeniesAnSmsWithoutTheExceptionsConditions() {
    assertEquals(Verdict.DENY, QuickStart.message("Påminnelse: besök torsdag kl 10.").verdict());
  }
}
