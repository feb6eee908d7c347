package io.github.trygg.examples.guide;

import io.github.trygg.crypto.pseudonym.FileTokenVault;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import java.nio.file.Path;

/**
 * docs/pseudonymisation.md: pseudonymisation from a key file, with a token vault and an audit log;
 * one identity number pseudonymised, then a CSV file of records through a record policy.
 */
public final class Pseudonymising {
  private Pseudonymising() {}

  /** What the snippets made, for the caller to inspect and close. */
  public record Outcome(Pseudonymisation pseudonymisation, PseudonymisationDomain domain, String id, RecordReport report, Path out) {}

  public static Outcome run(Path keyFile, Path vaultFile, AuditLog auditLog, Path policyFile, Path visits) {
    // snippet:start pseudonymisation
    Pseudonymisation p = Pseudonymisation.builder()
        .keys(KeyFileProvider.open(keyFile))                     // the additional information, kept apart
        .vault(FileTokenVault.open(vaultFile))
        .audit(event -> auditLog.append(event))                  // re-identification events
        .build();
    PseudonymisationDomain export = PseudonymisationDomain.builder()
        .name("care-export-2026").purpose("Response-time statistics").keyId("export")
        .addReidentifierRoles("dpo").build();
    String id = p.identityHmac(export).pseudonymise("19640823-3234");    // "export.2.Xq…"
    // snippet:end

    // snippet:start records
    RecordPseudonymiser records = RecordPseudonymiser.builder()
        .policy(RecordPolicy.read(policyFile))          // the policy above
        .pseudonymisation(p)                            // its keys, vault and audit log
        .build();
    Path out = visits.resolveSibling("visits.pseudonymised.csv");
    RecordReport report = records.csv(visits, out, CsvFormat.rfc4180());
    System.out.println(report.records() + " records, " + report.invalid() + " invalid values; rules that matched nothing: "
        + report.unmatchedRules());
    // snippet:end
    return new Outcome(p, export, id, report, out);
  }
}
