package io.github.trygg.dsr.consent;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Scope;
import io.github.trygg.core.internal.data.Citations;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.dsr.internal.data.DataFiles;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code format: trygg-consent-ages/1}; every problem located, nothing half-loaded. */
final class AgeRulesFile {
  static final String FORMAT = "trygg-consent-ages/1";
  static final Set<String> KINDS = Set.of("information-society", "health", "general", "special-category");

  private AgeRulesFile() {}

  static List<AgeRule> read(String name, InputStream in, DataFormat format) {
    return read(SourceReader.readObject(name, in, Format.of(format)));
  }

  static List<AgeRule> read(Path file) {
    return read(SourceReader.readObject(file));
  }

  private static List<AgeRule> read(SourceObject root) {
    Problems problems = new Problems();
    root.allowOnly(problems, "format", "version", "rules");
    DataFiles.checkFormat(root, FORMAT, problems);
    root.requireString("version", problems);
    List<AgeRule> rules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SourceObject r : root.objects("rules", problems)) {
      r.allowOnly(problems, "jurisdiction", "scope", "kind", "age", "reference");
      Optional<Jurisdiction> j = r.requireEnum("jurisdiction", Jurisdiction.class, problems);
      String kind = r.requireString("kind", problems);
      if (!kind.isEmpty() && !KINDS.contains(kind)) {
        problems.add("unknown-value", r.keyLocation("kind"), "unknown kind '" + kind + "'", "one of: " + String.join(", ", KINDS));
      }
      Optional<Long> age = r.optionalLong("age", 0, 25, problems);
      if (!r.has("age")) {
        problems.add("missing-property", r.location(), "missing required property 'age'", "a whole number from 0 to 25");
      }
      LegalReference reference = DataFiles.reference(r.requireObject("reference", problems), problems);
      Scope scope = Citations.requireScope(r, "scope", problems);
      if (j.isPresent() && !scope.jurisdictions().equals(Set.of(j.get()))) {
        problems.add("scope-mismatch", r.has("scope") ? r.keyLocation("scope") : r.location(),
            "the scope does not name the rule's jurisdiction alone", "scope: {jurisdictions: [" + j.get().name().toLowerCase(java.util.Locale.ROOT) + "], …}");
      }
      if (j.isPresent() && !seen.add(j.get() + "/" + kind)) {
        problems.add("duplicate-rule", r.location(), "a second rule for " + j.get() + " / " + kind, "one rule per jurisdiction and kind");
      }
      if (j.isPresent() && age.isPresent() && KINDS.contains(kind)) {
        rules.add(new AgeRule(j.get(), kind, age.get().intValue(), reference, scope));
      }
    }
    problems.throwIfAny();
    return rules;
  }
}
