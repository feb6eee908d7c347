package io.github.trygg.examples.cli;

import static io.github.trygg.examples.cli.CliRun.PROFILE;
import static io.github.trygg.examples.cli.CliRun.REGISTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DsrCommandTest {
  @TempDir Path tmp;
  String pnr;

  @BeforeEach
  void makeUpASubject() {
    // Generated now, never a real person's number in the sources.
    SecureRandom random = new SecureRandom();
    pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1938, 4, 3), 2 + 2 * random.nextInt(400)).canonical();
  }

  CliRun dsr(String... extra) {
    List<String> args = new ArrayList<>(List.of("dsr", "--today", "2026-01-31", "--subject-category", "care-recipient",
        "--identifier", "se-personnummer=" + pnr, "--identifier", "device-id=NK-4471"));
    args.addAll(List.of(extra));
    args.add(PROFILE);
    args.add(REGISTER);
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void withoutIdentityTheRequestIsReceivedAndItsTasksPlanned() {
    CliRun run = dsr("--right", "access");
    assertEquals(0, run.exitCode(), run.toString());
    // 31 January: one month ends on the last day of February (Reg. 1182/71), a Saturday in 2026,
    // so the period runs to the next working day.
    assertTrue(run.out().contains("Received 2026-01-31; due 2026-03-02"), run.out());
    assertTrue(run.out().contains("ends on 2026-02-28, the last day of that month"), run.out());
    assertTrue(run.out().contains("2026-02-28 is not a working day (Saturday); the period ends on 2026-03-02"), run.out());
    assertTrue(run.out().contains("(received)"), run.out());
    assertTrue(run.out().contains("Planned tasks (created once identity is verified"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("larmcentral") && l.contains("ticket") && l.contains("vakta") && l.contains("planned")), run.out());
    assertFalse(run.out().contains(pnr) || run.err().contains(pnr), "the identity number is never printed");
    assertFalse(run.out().contains(pnr.substring(2)), "not even without the century");
  }

  @Test
  void withIdentityTheRequestIsApprovedAndErasureInPublicRecordsIsRefusedUnderArchiveLaw() {
    CliRun run = dsr("--right", "access", "--right", "erasure", "--identity", "bankid-se");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("(approved)"), run.out());
    // Sweden: public records not yet due for disposal are not erased; the refusal cites arkivlagen.
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("journal") && l.contains("Erasure") && l.contains("pending")
        && l.contains("refused on a legal ground")), run.out());
    assertFalse(run.out().contains("restricted instead"), run.out());
    assertTrue(run.out().contains("Controller: Socialnämnden"), run.out());
    assertTrue(run.out().contains("Secrecy review before anything is released:"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("→ Region (hälso- och sjukvård)") && l.contains("Erasure")), "Art. 19 notice: " + run.out());
    assertTrue(run.out().lines().noneMatch(l -> l.startsWith("→ Inspektionen för vård och omsorg")), "supervision is not a recipient: " + run.out());
    assertFalse(run.out().contains(pnr));
  }

  @Test
  void aLevelAboveWhatTheLoginMethodGivesIsBadInput() {
    CliRun run = dsr("--right", "access", "--identity", "bankid-se:high");
    assertEquals(Trygg.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("bankid-se gives substantial, not high"), run.err());
  }

  @Test
  void identityTooWeakForHealthDataIsRefused() {
    CliRun run = dsr("--right", "access", "--identity", "email-code:low");
    assertEquals(Trygg.FINDINGS, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Refused: identity was established at low but the data call for substantial [dsr.identity.assurance]"), run.out());
  }

  @Test
  void aJournalKeepsRequestsSoASecondOneForTheSameSubjectIsADuplicate() {
    String journal = tmp.resolve("dsr.journal").toString();
    String keys = tmp.resolve("dsr-keys.json").toString();
    CliRun first = dsr("--right", "access", "--journal", journal, "--keys", keys, "--new-keys", "--format", "json");
    assertEquals(0, first.exitCode(), first.toString());
    JsonNode req = first.json().get("request");
    assertEquals("received", req.get("status").asString());
    assertTrue(req.get("subjectRef").asString().startsWith("dsr-subjects.1."), "a keyed pseudonym in Trygg's one form, not the number");
    assertEquals("2026-03-02", first.json().get("deadline").get("due").asString());
    assertEquals("2026-04-30", first.json().get("deadline").get("extendedDue").asString(), "three months from 31 January");
    assertEquals("substantial", first.json().get("minimumAssurance").asString());

    CliRun second = dsr("--right", "access", "--journal", journal, "--keys", keys, "--format", "json");
    assertEquals(Trygg.FINDINGS, second.exitCode(), second.toString());
    assertEquals("duplicate", second.json().get("request").get("status").asString());
    assertEquals(req.get("id").asString(), second.json().get("request").get("duplicateOf").asString());
  }

  @Test
  void aKeptJournalHoldsNoIdentifierInClearAndIsTheUsersAlone() throws Exception {
    Path journal = tmp.resolve("kept/dsr.journal");
    Path keys = tmp.resolve("dsr-keys.json");
    CliRun first = dsr("--right", "access", "--journal", journal.toString(), "--keys", keys.toString(), "--new-keys");
    assertEquals(0, first.exitCode(), first.toString());
    assertTrue(first.err().contains("created key file") && first.err().contains("dsr-subjects and dsr-identifiers"), first.err());
    String disk = new String(Files.readAllBytes(journal), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertFalse(disk.contains(pnr) || disk.contains(pnr.substring(2)) || disk.contains("NK-4471"), "no identifier in clear on disk");
    assertTrue(disk.contains("dsr-identifiers.1."), "sealed under the key file's identifier key, version 1");
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(journal)));
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
    // Another key file is named as such; the journal is not read without its own.
    Path other = tmp.resolve("other-keys.json");
    CliRun wrong = dsr("--right", "access", "--journal", journal.toString(), "--keys", other.toString(), "--new-keys");
    assertEquals(Trygg.BAD_INPUT, wrong.exitCode(), wrong.toString());
    assertTrue(wrong.err().contains("does not open under key dsr-identifiers v1"), wrong.err());
    CliRun none = dsr("--right", "access", "--journal", journal.toString());
    assertEquals(Trygg.BAD_INPUT, none.exitCode());
    assertTrue(none.err().contains("--journal needs --keys"), none.err());
    CliRun absent = dsr("--right", "access", "--journal", journal.toString(), "--keys", tmp.resolve("absent.json").toString());
    assertEquals(Trygg.BAD_INPUT, absent.exitCode());
    assertTrue(absent.err().contains("no such key file; create one with --new-keys"), absent.err());
  }

  @Test
  void aRotatedKeyFileReadsTheJournalAndSealsNewRequestsUnderTheNewVersion() throws Exception {
    String journal = tmp.resolve("dsr.journal").toString();
    Path keys = tmp.resolve("dsr-keys.json");
    assertEquals(0, dsr("--right", "access", "--journal", journal, "--keys", keys.toString(), "--new-keys").exitCode());
    io.github.trygg.crypto.pseudonym.KeyFileProvider.rotate(keys, "dsr-identifiers");
    io.github.trygg.crypto.pseudonym.KeyFileProvider.rotate(keys, "dsr-subjects");
    // The same subject again: the request made under the old versions is still found.
    CliRun again = dsr("--right", "access", "--journal", journal, "--keys", keys.toString(), "--format", "json");
    assertEquals(Trygg.FINDINGS, again.exitCode(), again.toString());
    assertEquals("duplicate", again.json().get("request").get("status").asString());
    assertTrue(again.json().get("request").get("subjectRef").asString().startsWith("dsr-subjects.2."));
    String disk = new String(Files.readAllBytes(Path.of(journal)), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(disk.contains("dsr-identifiers.1.") && disk.contains("dsr-identifiers.2."), "old requests stay, new ones use version 2");
  }

  @Test
  void anIdentifierThatBeginsWithEncIsKeptAndTheJournalOpensAgain() {
    String journal = tmp.resolve("dsr.journal").toString();
    String keys = tmp.resolve("dsr-keys.json").toString();
    List<String> args = List.of("dsr", "--today", "2026-01-31", "--subject-category", "care-recipient", "--right", "access",
        "--identifier", "device-id=enc:k1:AAAA", "--journal", journal, "--keys", keys, "--new-keys", "--format", "json", PROFILE, REGISTER);
    CliRun first = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, first.exitCode(), first.toString());
    CliRun second = CliRun.of(args.toArray(String[]::new));
    assertEquals(Trygg.FINDINGS, second.exitCode(), second.toString());
    assertEquals("duplicate", second.json().get("request").get("status").asString());
  }

  @Test
  void badInputIsNamedInPlainWords() {
    CliRun noKey = dsr("--right", "access", "--journal", tmp.resolve("j").toString());
    assertEquals(Trygg.BAD_INPUT, noKey.exitCode());
    assertTrue(noKey.err().contains("--journal needs --keys"), noKey.err());
    CliRun right = dsr("--right", "forgetting");
    assertEquals(Trygg.BAD_INPUT, right.exitCode());
    assertTrue(right.err().contains("--right: not a known value; expected one of access, rectification, erasure"), right.err());
    assertFalse(right.err().contains("forgetting"), "what was typed is not repeated");
    CliRun guardian = dsr("--right", "access", "--requester", "guardian:vh-1");
    assertEquals(Trygg.BAD_INPUT, guardian.exitCode());
    assertTrue(guardian.err().contains("a guardian needs --evidence"), guardian.err());
    CliRun wrongNumber = CliRun.of("dsr", "--right", "access", "--subject-category", "care-recipient", "--identifier", "se-personnummer=19380403-0001",
        PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, wrongNumber.exitCode(), wrongNumber.toString());
    assertFalse(wrongNumber.err().contains("0403"), "an invalid number is not repeated either: " + wrongNumber.err());
    assertFalse(wrongNumber.err().contains("\tat "));
  }
}
