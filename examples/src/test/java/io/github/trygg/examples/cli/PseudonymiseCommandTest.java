package io.github.trygg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class PseudonymiseCommandTest {
  static final String POLICY = """
      format: trygg-record-policy
      version: 1
      id: larm-export
      revision: 2
      unlisted: drop
      invalidValues: opaque
      domains:
        - {name: larm-statistik-2026, purpose: Svarstider i trygghetslarmet, keyId: export, reidentifierRoles: [dataskyddsombud]}
      fields:
        - {field: personnummer, action: pseudonymise, technique: identity-hmac, domain: larm-statistik-2026}
        - {field: fodd, action: generalise, to: year}
        - {field: svarstid, action: generalise, to: range, width: 10}
        - {field: larmtyp, action: keep}
        - {field: namn, action: drop}
      """;

  @TempDir Path tmp;

  /** Rows with identity numbers generated now, seeded so a failure can be replayed. */
  List<String> numbers(long seed, int n) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(1925 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
          1 + random.nextInt(999)).canonical());
    }
    return out;
  }

  Path csv(List<String> pnrs, boolean withBadRow) throws IOException {
    StringBuilder sb = new StringBuilder("personnummer,namn,fodd,larmtyp,svarstid\n");
    for (int i = 0; i < pnrs.size(); i++) {
      sb.append(pnrs.get(i)).append(",Namn ").append(i).append(',').append(pnrs.get(i), 0, 4).append("-01-01,fall,").append(i % 90).append('\n');
    }
    if (withBadRow) {
      sb.append("not-a-number,X,1950-01-01,fall,5\n");
    }
    Path file = tmp.resolve("larm.csv");
    Files.writeString(file, sb);
    return file;
  }

  @Test
  void aCsvIsPseudonymisedByThePolicyWithKeysCreatedOnFirstUse() throws IOException {
    Files.writeString(tmp.resolve("policy.yaml"), POLICY);
    long seed = System.nanoTime();
    List<String> pnrs = numbers(seed, 500);
    Path in = csv(pnrs, false);
    Path out = tmp.resolve("larm.pseud.csv");
    Path keys = tmp.resolve("keys.json");
    CliRun run = CliRun.of("pseudonymise", "--policy", tmp.resolve("policy.yaml").toString(), "--keys", keys.toString(), "--new-keys",
        "--out", out.toString(), in.toString());
    assertEquals(0, run.exitCode(), "seed " + seed + "\n" + run);
    assertTrue(run.err().contains("created key file"), run.err());
    assertTrue(Files.readString(keys).contains("\"format\" : \"trygg-keyset\""));
    String result = Files.readString(out);
    assertTrue(result.startsWith("personnummer,fodd,larmtyp,svarstid\r\n"), "namn dropped, RFC 4180 line ends: " + result.substring(0, 80));
    for (String pnr : pnrs) {
      assertFalse(result.contains(pnr.substring(2, 10)), "seed " + seed + ": an identity number left the file");
    }
    assertTrue(result.lines().skip(1).allMatch(l -> l.startsWith("export.1.")), "keyed pseudonyms with key id and version");
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("personnummer") && l.contains("500")), run.out());
    assertFalse(run.out().contains(pnrs.get(0)), "the report names no value");

    // The same key gives the same pseudonyms: a second export links to the first.
    Path again = tmp.resolve("again.csv");
    assertEquals(0, CliRun.of("pseudonymise", "--policy", tmp.resolve("policy.yaml").toString(), "--keys", keys.toString(),
        "--out", again.toString(), in.toString()).exitCode());
    assertEquals(result, Files.readString(again));
  }

  @Test
  void theProgressBarIsDrawnWhenAskedAndInvalidValuesAreCountedNotShown() throws IOException {
    Files.writeString(tmp.resolve("policy.yaml"), POLICY);
    Path in = csv(numbers(42, 20_000), true);
    CliRun run = CliRun.of("pseudonymise", "--policy", tmp.resolve("policy.yaml").toString(), "--keys", tmp.resolve("k.json").toString(), "--new-keys",
        "--progress", "--format", "json", "--out", tmp.resolve("o.csv").toString(), in.toString());
    assertEquals(Trygg.FINDINGS, run.exitCode(), run.toString());
    assertTrue(run.err().contains("larm.csv [") && run.err().contains("100%"), "progress on stderr: " + run.err());
    JsonNode report = run.json();
    assertEquals(20_001, report.get("records").asLong());
    assertEquals(1, report.get("invalid").asLong());
    assertTrue(report.get("invalidValues").get(0).asString().startsWith("larm.csv:20002 at /personnummer"), report.toString());
    assertTrue(report.get("keys").get("larm-statistik-2026").asString().startsWith("export"), report.get("keys").toString());
  }

  @Test
  void jsonLinesWorkAndMistakesAreBadInputWithTheirPlace() throws IOException {
    Files.writeString(tmp.resolve("policy.yaml"), POLICY.replace("invalidValues: opaque", "invalidValues: reject"));
    Path in = tmp.resolve("larm.jsonl");
    String pnr = numbers(7, 1).get(0);
    Files.writeString(in, "{\"personnummer\": \"" + pnr + "\", \"namn\": \"A\", \"larmtyp\": \"fall\"}\n{\"personnummer\": \"000000-0000\", \"larmtyp\": \"fall\"}\n");
    Path out = tmp.resolve("out.jsonl");
    CliRun run = CliRun.of("pseudonymise", "--policy", tmp.resolve("policy.yaml").toString(), "--keys", tmp.resolve("k.json").toString(), "--new-keys",
        "--out", out.toString(), in.toString());
    assertEquals(Trygg.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("larm.jsonl:2"), run.err());
    assertFalse(run.err().contains("000000-0000") || run.err().contains(pnr), "values are not repeated: " + run.err());
    assertFalse(Files.exists(out), "no output unless the whole run succeeds");

    Files.writeString(tmp.resolve("bad.yaml"), "format: trygg-record-policy\nversion: 1\nid: x\nfields:\n  - {field: a, action: shred}\n");
    CliRun policy = CliRun.of("pseudonymise", "--policy", tmp.resolve("bad.yaml").toString(), "--keys", tmp.resolve("k.json").toString(),
        "--out", out.toString(), in.toString());
    assertEquals(Trygg.BAD_INPUT, policy.exitCode(), policy.toString());
    assertTrue(policy.err().contains("bad.yaml:5"), policy.err());
    CliRun noKeys = CliRun.of("pseudonymise", "--policy", tmp.resolve("policy.yaml").toString(), "--keys", tmp.resolve("none.json").toString(),
        "--out", out.toString(), in.toString());
    assertEquals(Trygg.BAD_INPUT, noKeys.exitCode());
    assertTrue(noKeys.err().contains("none.json: no such key file; create one with --new-keys"), noKeys.err());
  }
}
