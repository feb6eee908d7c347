package io.github.trygg.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.pseudonym.Authorisation;
import io.github.trygg.crypto.pseudonym.FileTokenVault;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.ReidentificationDeniedException;
import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import io.github.trygg.crypto.pseudonym.Technique;
import io.github.trygg.examples.Docs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/pseudonymisation.md's first snippet and its record policy, run: {@link Pseudonymising} with
 * a key file whose primary version is 2, the policy exactly as the guide prints it, and generated
 * visits.
 */
class PseudonymisingTest {
  private static final int ROWS = 40;
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  @TempDir Path dir;

  @Test
  void theGuidesPolicyPseudonymisesAFileOfVisits() throws Exception {
    Path keyFile = dir.resolve("keys.json");
    KeyFileProvider.create(keyFile, "export");
    KeyFileProvider.rotate(keyFile, "export");
    Path policy = Files.writeString(dir.resolve("care-export.policy.yaml"), Docs.snippet("docs/pseudonymisation.md", "record-policy"));
    List<String[]> rows = new ArrayList<>();
    Path visits = Files.writeString(dir.resolve("visits.csv"), visits(rows));
    AuditLog auditLog = new AuditLog();

    Pseudonymising.Outcome o = Pseudonymising.run(keyFile, dir.resolve("tokens.tsv"), auditLog, policy, visits);
    try {
      assertTrue(o.id().startsWith("export.2."), "made with the primary version, 2: " + o.id().substring(0, 9));
      assertEquals(o.id(), o.pseudonymisation().identityHmac(o.domain()).pseudonymise("196408233234"), "one pseudonym for both forms of the number");

      assertEquals(ROWS, o.report().records());
      assertEquals(0, o.report().invalid());
      assertEquals(List.of("/visits/*/note"), o.report().unmatchedRules().stream().filter(r -> r.contains("/visits/")).toList(),
          "the pointer rule matches only JSON");
      List<String> out = Files.readAllLines(o.out());
      assertEquals("personnummer,guardian,visitId,birthDate,postcode,responseMinutes,alarmType", out.get(0), "name is dropped");
      for (int i = 0; i < ROWS; i++) {
        String[] in = rows.get(i);
        String[] pseudonymised = out.get(i + 1).split(",");
        IdentityNumber original = IdentityNumbers.parse(in[0], TODAY);
        IdentityNumber pseudonym = IdentityNumbers.parse(pseudonymised[0], TODAY);
        assertNotEquals(original.canonical(), pseudonym.canonical());
        assertEquals(original.birthDate().getYear() / 10, pseudonym.birthDate().getYear() / 10, "the same decade");
        assertTrue(pseudonymised[1].startsWith("export.2."), "guardian as an identity HMAC");
        assertTrue(pseudonymised[2].startsWith("export.2."), "visit id as a document token");
        assertEquals(in[3].substring(0, 4), pseudonymised[3]);
        assertEquals(in[4].substring(0, 3), pseudonymised[4]);
        assertTrue(pseudonymised[5].matches("\\d+-\\d+"), pseudonymised[5]);
        assertEquals(in[7], pseudonymised[6]);
        String line = out.get(i + 1);
        assertFalse(line.contains(in[0]) || line.contains(in[1]) || line.contains(in[6].split(" ")[0]), "nothing of the person is left");
      }

      // The audit log the snippet wired in gets every attempt to go back, granted or denied.
      String sealed = o.pseudonymisation().siv(o.domain()).pseudonymise("V-1");
      assertEquals("V-1", o.pseudonymisation().reidentifier(o.domain(), Technique.AES_SIV)
          .reidentify(sealed, new Authorisation("a.berg", "dpo", "Access request", "DSR-2026-17")));
      assertThrows(ReidentificationDeniedException.class, () -> o.pseudonymisation().reidentifier(o.domain(), Technique.AES_SIV)
          .reidentify(sealed, new Authorisation("b.ek", "analyst", "Curiosity", "-")));
      assertEquals(List.of(ReidentificationEvent.Outcome.GRANTED, ReidentificationEvent.Outcome.DENIED),
          auditLog.events().stream().map(ReidentificationEvent::outcome).toList());
    } finally {
      ((FileTokenVault) o.pseudonymisation().vault().orElseThrow()).close();
    }
    assertTrue(Files.size(dir.resolve("tokens.tsv")) > 0, "the document tokens are in the vault");
  }

  /** Generated visits: valid Swedish personnummer of people born 1925–2015, made up here. */
  private static String visits(List<String[]> rows) {
    SplittableRandom random = new SplittableRandom(20260601L);
    StringBuilder csv = new StringBuilder("personnummer,guardian,visitId,birthDate,postcode,responseMinutes,name,alarmType\n");
    for (int i = 0; i < ROWS; i++) {
      LocalDate born = LocalDate.of(1925 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String person = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, born, 1 + random.nextInt(998)).canonical();
      String guardian = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1960, 5, 5), 1 + random.nextInt(998)).canonical();
      String[] row = {person, guardian, "V-" + i, born.toString(), String.valueOf(10000 + random.nextInt(90000)),
          String.valueOf(random.nextInt(120)), "Testperson" + i + " Efternamn", i % 2 == 0 ? "fall" : "button"};
      rows.add(row);
      csv.append(String.join(",", row)).append('\n');
    }
    return csv.toString();
  }
}
