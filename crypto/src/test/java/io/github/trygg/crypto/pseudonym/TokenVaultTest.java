package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.crypto.testkit.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenVaultTest {
  @TempDir static Path dir;
  static int files;

  final List<ReidentificationEvent> events = new ArrayList<>();
  final PseudonymisationDomain perDocument = TestKeys.domain("visits", PseudonymPolicy.DOCUMENT_RANDOMISED, "dpo");
  final PseudonymisationDomain random = TestKeys.domain("alarms", PseudonymPolicy.FULLY_RANDOMISED, "dpo");
  final Authorisation dpo = Authorisation.of("anna", "dpo", "erasure request");

  static Stream<Arguments> vaults() {
    Supplier<TokenVault> memory = InMemoryTokenVault::create;
    Supplier<TokenVault> file = () -> FileTokenVault.open(dir.resolve("vault-" + (files++) + ".tsv"));
    Supplier<TokenVault> batched = () -> FileTokenVault.open(dir.resolve("vault-" + (files++) + ".tsv"), FileTokenVault.Durability.ON_FLUSH);
    return Stream.of(Arguments.of("memory", memory), Arguments.of("file", file), Arguments.of("file, batched", batched));
  }

  Pseudonymisation with(TokenVault vault) {
    return Pseudonymisation.builder().keys(TestKeys.provider()).vault(vault).audit(events::add).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vaults")
  void documentTokensLinkWithinADocumentOnly(String name, Supplier<TokenVault> vaults) {
    TokenVault vault = vaults.get();
    Pseudonymisation p = with(vault);
    Pseudonymiser january = p.documentTokens(perDocument, "export-2026-01");
    Pseudonymiser february = p.documentTokens(perDocument, "export-2026-02");
    String a = january.pseudonymise("kund-4711");
    assertTrue(a.startsWith("export.2."), a);
    assertEquals(a, january.pseudonymise("kund-4711"));
    assertEquals(a, p.documentTokens(perDocument, "export-2026-01").pseudonymise("kund-4711"));
    String b = february.pseudonymise("kund-4711");
    assertNotEquals(a, b);
    assertNotEquals(a, january.pseudonymise("kund-4712"));
    Reidentifier back = p.reidentifier(perDocument, Technique.DOCUMENT_TOKEN);
    assertEquals("kund-4711", back.reidentify(a, dpo));
    assertEquals("kund-4711", back.reidentify(b, dpo));
    close(vault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vaults")
  void randomTokensNeverRepeat(String name, Supplier<TokenVault> vaults) {
    TokenVault vault = vaults.get();
    Pseudonymisation p = with(vault);
    Pseudonymiser tokens = p.randomTokens(random);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      assertTrue(seen.add(tokens.pseudonymise("kund-4711")));
    }
    Reidentifier back = p.reidentifier(random, Technique.RANDOM_TOKEN);
    seen.forEach(t -> assertEquals("kund-4711", back.reidentify(t, dpo)));
    close(vault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vaults")
  void deletingMakesATokenUnlinkable(String name, Supplier<TokenVault> vaults) {
    TokenVault vault = vaults.get();
    Pseudonymisation p = with(vault);
    Pseudonymiser january = p.documentTokens(perDocument, "export-2026-01");
    String token = january.pseudonymise("kund-4711");
    assertTrue(vault.delete(perDocument.name(), token));
    assertFalse(vault.delete(perDocument.name(), token));
    assertThrows(InvalidPseudonymException.class, () -> p.reidentifier(perDocument, Technique.DOCUMENT_TOKEN).reidentify(token, dpo));
    assertEquals(ReidentificationEvent.Outcome.FAILED, events.get(events.size() - 1).outcome());
    assertNotEquals(token, january.pseudonymise("kund-4711"), "the value gets a new token");
    close(vault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vaults")
  void forgettingAValueErasesAllItsTokens(String name, Supplier<TokenVault> vaults) {
    TokenVault vault = vaults.get();
    Pseudonymisation p = with(vault);
    List<String> tokens = new ArrayList<>();
    for (String doc : List.of("a", "b", "c")) {
      tokens.add(p.documentTokens(perDocument, doc).pseudonymise("kund-4711"));
    }
    String other = p.documentTokens(perDocument, "a").pseudonymise("kund-4712");
    // Made under the old key version 1 while it was primary: erased too.
    KeyProvider v1 = KeyProvider.of(List.of(TestKeys.key("export", 1, KeyStatus.PRIMARY, 0x11)));
    tokens.add(Pseudonymisation.builder().keys(v1).vault(vault).build().documentTokens(perDocument, "old").pseudonymise("kund-4711"));
    assertEquals(4, p.forgetTokens(perDocument, "kund-4711"));
    Reidentifier back = p.reidentifier(perDocument, Technique.DOCUMENT_TOKEN);
    tokens.forEach(t -> assertThrows(InvalidPseudonymException.class, () -> back.reidentify(t, dpo)));
    assertEquals("kund-4712", back.reidentify(other, dpo));
    assertEquals(0, p.forgetTokens(perDocument, "kund-4711"));
    close(vault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vaults")
  void aSealedValueCannotBeMovedToAnotherToken(String name, Supplier<TokenVault> vaults) {
    TokenVault vault = vaults.get();
    Pseudonymisation p = with(vault);
    Pseudonymiser tokens = p.randomTokens(random);
    String a = tokens.pseudonymise("kund-4711");
    String b = tokens.pseudonymise("kund-4712");
    VaultEntry ea = vault.find(random.name(), a).orElseThrow();
    VaultEntry eb = vault.find(random.name(), b).orElseThrow();
    vault.delete(random.name(), b);
    vault.putIfAbsent(new VaultEntry(random.name(), b, eb.created(), eb.subject(), null, ea.sealed()));
    assertThrows(InvalidPseudonymException.class, () -> p.reidentifier(random, Technique.RANDOM_TOKEN).reidentify(b, dpo));
    close(vault);
  }

  @Test
  void theFileHoldsNeitherTheValueNorAnErasedEntry() throws IOException {
    Path file = dir.resolve("plain.tsv");
    String erased;
    try (FileTokenVault vault = FileTokenVault.open(file)) {
      Pseudonymisation p = with(vault);
      erased = p.randomTokens(random).pseudonymise("Åsa Öberg 19640823");
      p.randomTokens(random).pseudonymise("Bo Ek");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith(FileTokenVault.HEADER + "\n"));
    assertFalse(text.contains("Åsa") || text.contains("Bo Ek") || text.contains("19640823"));
    assertTrue(text.contains(erased));
    try (FileTokenVault vault = FileTokenVault.open(file)) {
      assertEquals(2, vault.size());
      assertEquals("Åsa Öberg 19640823", with(vault).reidentifier(random, Technique.RANDOM_TOKEN).reidentify(erased, dpo));
      String sealed = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(vault.find(random.name(), erased).orElseThrow().sealed());
      assertTrue(Files.readString(file).contains(sealed));
      vault.delete(random.name(), erased);
      assertFalse(Files.readString(file).contains(sealed), "the sealed value is gone from the file");
      assertFalse(Files.readString(file).contains(erased));
    }
    try (FileTokenVault vault = FileTokenVault.open(file)) {
      assertEquals(1, vault.size());
    }
  }

  @Test
  void aTornLastLineIsDroppedAndAMalformedOneRejected() throws IOException {
    Path file = dir.resolve("torn.tsv");
    String kept;
    try (FileTokenVault vault = FileTokenVault.open(file)) {
      kept = with(vault).randomTokens(random).pseudonymise("kund-1");
    }
    Files.writeString(file, "alarms\texport.2.half-written", java.nio.file.StandardOpenOption.APPEND);
    try (FileTokenVault vault = FileTokenVault.open(file)) {
      assertEquals(1, vault.size());
      assertTrue(vault.find(random.name(), kept).isPresent());
      with(vault).randomTokens(random).pseudonymise("kund-2");
    }
    try (FileTokenVault vault = FileTokenVault.open(file)) {
      assertEquals(2, vault.size());
    }
    Files.writeString(file, "alarms\tbroken\n", java.nio.file.StandardOpenOption.APPEND);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> FileTokenVault.open(file));
    assertEquals(4, e.problems().get(0).location().line());
    Files.writeString(dir.resolve("other.tsv"), "name,value\n");
    assertThrows(InvalidInputException.class, () -> FileTokenVault.open(dir.resolve("other.tsv")));
  }

  @Test
  void oneProcessAtATime() {
    Path file = dir.resolve("locked.tsv");
    try (FileTokenVault vault = FileTokenVault.open(file)) {
      assertThrows(IllegalStateException.class, () -> FileTokenVault.open(file));
      vault.flush();
    }
    FileTokenVault again = FileTokenVault.open(file);
    again.close();
    assertThrows(IllegalStateException.class, () -> again.find("alarms", "x"));
  }

  @Test
  void tokensNeedAVaultAndTheMatchingPolicy() {
    Pseudonymisation noVault = Pseudonymisation.builder().keys(TestKeys.provider()).build();
    assertThrows(IllegalStateException.class, () -> noVault.randomTokens(random));
    Pseudonymisation p = with(InMemoryTokenVault.create());
    assertThrows(IllegalArgumentException.class, () -> p.randomTokens(perDocument));
    assertThrows(IllegalArgumentException.class, () -> p.documentTokens(random, "doc"));
    assertThrows(IllegalArgumentException.class, () -> p.hmac(perDocument));
  }

  @Test
  void thousandsOfValuesRoundTripThroughTheVault() {
    long seed = Seeds.seed();
    SplittableRandom r = new SplittableRandom(seed);
    InMemoryTokenVault vault = InMemoryTokenVault.create();
    Pseudonymisation p = with(vault);
    Pseudonymiser doc = p.documentTokens(perDocument, "doc-" + seed);
    Reidentifier back = p.reidentifier(perDocument, Technique.DOCUMENT_TOKEN);
    Set<String> values = new HashSet<>();
    for (int i = 0; i < 3000; i++) {
      String value = HmacPseudonymTest.randomValue(r);
      values.add(value);
      String token = doc.pseudonymise(value);
      assertEquals(token, doc.pseudonymise(value), "seed " + seed);
      assertEquals(value, back.reidentify(token, dpo), "seed " + seed);
    }
    assertEquals(values.size(), vault.size(), "one token per distinct value and document");
    assertTrue(vault.entries().get(0).toString().contains("per document"));
  }

  static void close(TokenVault vault) {
    vault.flush();
    if (vault instanceof FileTokenVault f) {
      f.close();
    }
  }
}
