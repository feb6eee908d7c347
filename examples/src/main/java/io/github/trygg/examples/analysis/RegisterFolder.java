package io.github.trygg.examples.analysis;

import io.github.trygg.core.changes.ReviewSnapshot;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.core.risk.RiskRegisterFiles;
import io.github.trygg.core.signoff.SignOffs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A register folder as a municipality keeps it in version control: the register files and, beside
 * them, the risk register, the requirement assessments, the action plan and the sign-offs. Each
 * JSON or YAML file directly in the folder is recognised by its {@code format:} line; register files
 * are merged in name order; sub-folders (an earlier version, say) are not read.
 */
public record RegisterFolder(Path directory, List<Path> registerFiles, Optional<Path> risks, Optional<Path> assessments, Optional<Path> actionPlan,
    Optional<Path> signOffs) {

  public static RegisterFolder scan(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("not a register folder: " + directory);
    }
    List<Path> registers = new ArrayList<>();
    Path risks = null;
    Path assessments = null;
    Path plan = null;
    Path signOffs = null;
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file) || !(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
          continue;
        }
        String format = format(file);
        if (format.startsWith("trygg-register/")) {
          registers.add(file);
        } else if (format.startsWith("trygg-risk-register/")) {
          risks = file;
        } else if (format.startsWith("trygg-requirement-assessments/")) {
          assessments = file;
        } else if (format.startsWith("trygg-action-plan/")) {
          plan = file;
        } else if (format.startsWith("trygg-sign-offs/")) {
          signOffs = file;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (registers.isEmpty()) {
      throw new IllegalArgumentException("no register file (format: trygg-register/1) in " + directory);
    }
    return new RegisterFolder(directory, registers, Optional.ofNullable(risks), Optional.ofNullable(assessments), Optional.ofNullable(plan),
        Optional.ofNullable(signOffs));
  }

  /** The value of the first {@code format} property, from its line; empty when there is none. */
  private static String format(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.map(String::strip).filter(l -> l.startsWith("format:") || l.startsWith("\"format\"")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).replace("\"", "").replace(",", "").strip()).orElse("");
    }
  }

  public Register register() {
    return RegisterReader.read(registerFiles);
  }

  /** Everything in the folder, as one version to compare with another. */
  public ReviewSnapshot snapshot(LocalDate on) {
    ReviewSnapshot.Builder b = ReviewSnapshot.builder().register(register()).evaluatedOn(on);
    risks.ifPresent(r -> b.risks(RiskRegisterFiles.read(r)));
    actionPlan.ifPresent(p -> b.actionPlan(ActionPlan.read(p)));
    signOffs.ifPresent(s -> b.signOffs(SignOffs.read(s)));
    return b.build();
  }
}
