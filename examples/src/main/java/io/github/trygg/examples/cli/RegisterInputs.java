package io.github.trygg.examples.cli;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.core.requirements.RequirementAssessmentFiles;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskMatrix;
import io.github.trygg.core.risk.RiskRegisterFiles;
import io.github.trygg.examples.analysis.Inputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The register files and the organisation's own files beside them. */
final class RegisterInputs {
  @Option(names = "--risks", paramLabel = "FILE", description = "The organisation's risk register (format trygg-risk-register/1).")
  @Nullable Path risks;

  @Option(names = "--matrix", paramLabel = "ID|FILE", defaultValue = "iso27005-5x5",
      description = "The risk matrix the risks were assessed on: iso27005-5x5, se-4x4, no-dsb-ros or a matrix file (default: ${DEFAULT-VALUE}).")
  String matrix = "iso27005-5x5";

  @Option(names = "--assessments", paramLabel = "FILE",
      description = "The organisation's measures per requirement and system (format trygg-requirement-assessments/1).")
  @Nullable Path assessments;

  @Option(names = "--jurisdiction", paramLabel = "sweden|norway", description = "Override the jurisdiction the register's organisation gives.")
  @Nullable Jurisdiction jurisdiction;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Register files (JSON or YAML), merged in this order.")
  List<Path> files = List.of();

  Register register() {
    return RegisterReader.read(files);
  }

  Inputs load(LocalDate today) {
    Inputs inputs = Inputs.of(register(), today);
    if (risks != null) {
      inputs = inputs.withRisks(RiskRegisterFiles.read(risks), matrix());
    }
    if (assessments != null) {
      inputs = inputs.withAssessments(RequirementAssessmentFiles.read(assessments, RequirementCatalogues.bundled()), assessments.toString());
    }
    if (jurisdiction != null) {
      inputs = inputs.withJurisdiction(jurisdiction);
    }
    return inputs;
  }

  private RiskMatrix matrix() {
    for (RiskMatrix m : RiskMatrices.bundled()) {
      if (m.id().equals(matrix)) {
        return m;
      }
    }
    Path file = Path.of(matrix);
    if (!Files.exists(file) && !matrix.contains(".")) {
      throw new IllegalArgumentException("--matrix: no built-in matrix '" + matrix + "'; expected one of "
          + String.join(", ", RiskMatrices.bundled().stream().map(RiskMatrix::id).toList()) + " or a matrix file");
    }
    return RiskMatrices.read(file);
  }

  /** picocli converter: {@code sweden}, {@code norway} or their country codes. */
  static Jurisdiction jurisdiction(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    for (Jurisdiction j : Jurisdiction.values()) {
      if (j.name().toLowerCase(Locale.ROOT).equals(v) || j.countryCode().equalsIgnoreCase(v)) {
        return j;
      }
    }
    throw new IllegalArgumentException("unknown jurisdiction '" + value + "'; expected sweden or norway");
  }
}
