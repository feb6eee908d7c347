package io.github.trygg.examples.cli;

import io.github.trygg.core.Problem;
import io.github.trygg.crypto.pseudonym.FileTokenVault;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.FieldCounts;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Pseudonymises a CSV or JSON file by a record policy and a key file, streaming. */
@Command(name = "pseudonymise", aliases = "pseudonymize", mixinStandardHelpOptions = true,
    header = "Pseudonymise a CSV or JSON file by a record policy and a key file.",
    description = {"Apply a record policy (format trygg-record-policy) to a CSV file or a JSON document, array or JSON Lines, field by "
        + "field: keep, drop, generalise, or pseudonymise with keyed techniques (HMAC, AES-SIV, tokens, format-valid identity "
        + "numbers). Keys come from a key file (format trygg-keyset); no unkeyed hash is ever used. The file is streamed, so "
        + "memory stays small however large it is, and the output appears only when the whole run succeeded. A progress bar "
        + "is drawn on standard error when it is a terminal and the file is large, or when asked with --progress. The report "
        + "names no value.",
        "Exit 0 when done; 1 when values the policy could not take were made opaque; 2 on bad input (the first value the "
        + "policy rejects, with its line and field)."})
final class PseudonymiseCommand implements Callable<Integer> {
  private static final long LARGE = 16L * 1024 * 1024;

  @Mixin Common common;
  @Mixin OutputFormat format;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The record policy (JSON or YAML).")
  Path policyFile = Path.of("");

  @Option(names = "--keys", required = true, paramLabel = "FILE", description = "The key file (format trygg-keyset).")
  Path keyFile = Path.of("");

  @Option(names = "--new-keys", description = "Create the key file, with a primary key for every key id the policy uses, if it does not exist.")
  boolean newKeys;

  @Option(names = "--vault", paramLabel = "FILE", description = "The token vault, for document-token and random-token rules (created if absent).")
  @Nullable Path vault;

  @Option(names = "--input", paramLabel = "csv|json", description = "The input's format (default: from the file name: .csv, .tsv, .json, .jsonl, .ndjson).")
  @Nullable String input;

  @Option(names = "--delimiter", paramLabel = "CHAR", description = "The CSV delimiter (default: ',' or a tab for .tsv).")
  @Nullable Character delimiter;

  @Option(names = "--progress", description = "Always draw the progress bar on standard error.")
  boolean progress;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the pseudonymised file.")
  Path out = Path.of("");

  @Parameters(paramLabel = "FILE", description = "The CSV or JSON file to pseudonymise.")
  Path in = Path.of("");

  @Override
  public Integer call() throws IOException {
    RecordPolicy policy = RecordPolicy.read(policyFile);
    boolean csv = csv();
    if (!Files.isRegularFile(in)) {
      throw new IllegalArgumentException(in + ": no such file");
    }
    if (newKeys && !Files.exists(keyFile)) {
      createKeys(policy);
    }
    if (!Files.exists(keyFile)) {
      throw new IllegalArgumentException(keyFile + ": no such key file; create one with --new-keys");
    }
    Pseudonymisation.Builder p = Pseudonymisation.builder().keys(KeyFileProvider.open(keyFile));
    FileTokenVault tokens = vault == null ? null : FileTokenVault.open(vault);
    try {
      if (tokens != null) {
        p.vault(tokens);
      }
      RecordPseudonymiser records;
      try {
        records = RecordPseudonymiser.builder().policy(policy).pseudonymisation(p.build()).build();
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(policyFile + ": " + e.getMessage());
      }
      RecordReport report = run(records, csv);
      print(report);
      return report.invalid() > 0 ? Trygg.FINDINGS : Trygg.OK;
    } finally {
      if (tokens != null) {
        tokens.close();
      }
    }
  }

  private RecordReport run(RecordPseudonymiser records, boolean csv) throws IOException {
    long size = Files.size(in);
    boolean bar = progress || (System.console() != null && size >= LARGE);
    Path target = out.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".trygg-pseudonymise", ".tmp");
    ProgressBar drawing = bar ? new ProgressBar(spec.commandLine().getErr(), String.valueOf(in.getFileName()), size) : null;
    try {
      RecordReport report;
      try (InputStream raw = new BufferedInputStream(Files.newInputStream(in), 1 << 16);
          OutputStream o = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        InputStream i = drawing == null ? raw : drawing.wrap(raw);
        String source = String.valueOf(in.getFileName());
        report = csv ? records.csv(i, o, source, csvFormat()) : records.json(i, o, source);
      } finally {
        if (drawing != null) {
          drawing.close();
        }
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      return report;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private boolean csv() {
    String kind = input != null ? input.toLowerCase(Locale.ROOT) : extension(in);
    return switch (kind) {
      case "csv", "tsv" -> true;
      case "json", "jsonl", "ndjson" -> false;
      default -> throw new IllegalArgumentException(input != null ? "--input must be csv or json, not '" + input + "'"
          : in + ": cannot tell CSV from JSON by the name; give --input csv or --input json");
    };
  }

  private CsvFormat csvFormat() {
    if (delimiter != null) {
      return CsvFormat.delimitedBy(delimiter);
    }
    return extension(in).equals("tsv") ? CsvFormat.delimitedBy('\t') : CsvFormat.rfc4180();
  }

  private static String extension(Path p) {
    String name = String.valueOf(p.getFileName());
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private void createKeys(RecordPolicy policy) {
    Set<String> ids = new LinkedHashSet<>();
    policy.domains().forEach(d -> ids.add(d.keyId()));
    if (ids.isEmpty()) {
      throw new IllegalArgumentException(policyFile + ": the policy pseudonymises nothing, so it needs no keys");
    }
    List<String> list = new ArrayList<>(ids);
    KeyFileProvider.create(keyFile, list.get(0));
    for (String id : list.subList(1, list.size())) {
      KeyFileProvider.rotate(keyFile, id);
    }
    io.github.trygg.core.Language lang = common.language;
    spec.commandLine().getErr().println(String.format(Locale.ROOT, Words.KEY_FILE_CREATED.in(lang), keyFile, String.join(", ", list), Words.THE_DATA.in(lang)));
  }

  private void print(RecordReport r) {
    PrintWriter o = spec.commandLine().getOut();
    if (format.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", r.source());
      m.put("policy", r.policyId() + " r" + r.policyRevision());
      m.put("records", r.records());
      m.put("bytesRead", r.bytesRead());
      m.put("bytesWritten", r.bytesWritten());
      Map<String, Object> fields = new LinkedHashMap<>();
      r.fields().forEach((name, c) -> fields.put(name, counts(c)));
      m.put("fields", fields);
      Map<String, Object> keys = new LinkedHashMap<>();
      r.keys().forEach((domain, ref) -> keys.put(domain, ref.toString()));
      m.put("keys", keys);
      m.put("invalid", r.invalid());
      m.put("invalidValues", r.invalidValues().stream().map(p -> common.language == io.github.trygg.core.Language.ENGLISH ? p.toString() : invalid(p, common.language))
          .toList());
      m.put("unmatchedRules", r.unmatchedRules());
      m.put("out", out.toString());
      OutputFormat.print(o, m);
      return;
    }
    io.github.trygg.core.Language lang = common.language;
    o.println(String.format(Locale.ROOT, Words.PSEUDONYMISED.in(lang), r.source(), out, r.records(), ProgressBar.size(r.bytesRead()),
        ProgressBar.size(r.bytesWritten()), r.policyId(), r.policyRevision()));
    Table t = new Table(Words.FIELD.in(lang), Words.COUNTED_PSEUDONYMISED.in(lang), Words.COUNTED_GENERALISED.in(lang), Words.COUNTED_KEPT.in(lang),
        Words.COUNTED_DROPPED.in(lang), Words.COUNTED_EMPTY.in(lang), Words.COUNTED_INVALID.in(lang));
    r.fields().forEach((name, c) -> t.row(name, n(c.pseudonymised()), n(c.generalised()), n(c.kept()), n(c.dropped()), n(c.empty()), n(c.invalid())));
    t.print(o);
    r.keys().forEach((domain, ref) -> o.println(String.format(Locale.ROOT, Words.DOMAIN_KEY.in(lang), domain, ref)));
    if (r.invalid() > 0) {
      o.println(String.format(Locale.ROOT, Words.MADE_OPAQUE.in(lang), r.invalid()));
      r.invalidValues().stream().limit(10).forEach(p -> o.println("  " + (lang == io.github.trygg.core.Language.ENGLISH ? p.toString() : invalid(p, lang))));
    }
    if (!r.unmatchedRules().isEmpty()) {
      o.println(String.format(Locale.ROOT, Words.UNMATCHED.in(lang), String.join(", ", r.unmatchedRules())));
    }
  }

  /** Where a value was refused and why, in words: the identity-number checks by their reasons. */
  static String invalid(Problem p, io.github.trygg.core.Language lang) {
    io.github.trygg.core.Location at = p.location();
    String where = at.source() + at.lineNumber().stream().mapToObj(n -> ":" + n).findFirst().orElse("") + at.jsonPointer().map(x -> " " + x).orElse("");
    String why = Words.VALUE_NOT_TAKEN.in(lang);
    if (p.code().startsWith("identity-number-")) {
      java.util.Optional<io.github.trygg.core.identity.InvalidIdentityNumberException.Reason> reason = java.util.Arrays.stream(
          io.github.trygg.core.identity.InvalidIdentityNumberException.Reason.values()).filter(x -> p.code().equals("identity-number-" + Cells.wire(x))).findFirst();
      if (reason.isPresent()) {
        why = String.format(Locale.ROOT, Words.NOT_AN_IDENTITY_NUMBER.in(lang), reason.get().label(lang));
      }
    }
    return where + ": " + why;
  }

  private static Map<String, Object> counts(FieldCounts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pseudonymised", c.pseudonymised());
    m.put("generalised", c.generalised());
    m.put("kept", c.kept());
    m.put("dropped", c.dropped());
    m.put("empty", c.empty());
    m.put("invalid", c.invalid());
    m.put("invalidByCode", c.invalidByCode());
    return m;
  }

  private static String n(long value) {
    return value == 0 ? "" : Long.toString(value);
  }
}
