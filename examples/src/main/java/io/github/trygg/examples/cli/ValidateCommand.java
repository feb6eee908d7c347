package io.github.trygg.examples.cli;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.core.register.OverdueReview;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads and checks register files; every problem is listed with its file, line and JSON Pointer. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Check register files and list every problem with its location.",
    description = {"Check one or more register files (JSON or YAML) together. Files are merged in order, e.g. a vendor's "
        + "product profile, then the municipality's usage file.",
        "With --product-profile, check a vendor's product profile on its own: what only the municipality's usage file "
            + "can say (volumes, processing agreements, legal bases, reviews) is listed as left to it, not as a problem.",
        "Exit 0 when valid, 2 with every problem listed when not."})
final class ValidateCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--product-profile", paramLabel = "FILE", description = "Check this product profile on its own, as its vendor would.")
  @Nullable Path productProfile;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Register files, merged in this order.")
  List<Path> files = List.of();

  /**
   * Problems a product profile cannot solve: each is about the controller's own use of the product,
   * which the municipality's usage file states.
   */
  static final Set<String> LEFT_TO_THE_USAGE_FILE = Set.of(
      "missing-volume", "processor-without-agreement", "missing-special-category-basis", "unknown-reference");

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    if (productProfile != null) {
      if (!files.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--product-profile checks one file on its own; give the register files without it");
      }
      return productProfile(productProfile, out);
    }
    if (files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give one or more register files, or --product-profile FILE");
    }
    Register register = RegisterReader.read(files);
    io.github.trygg.core.Language lang = common.language;
    out.println(String.format(java.util.Locale.ROOT, Words.VALID.in(lang),
        register.assets().size(), register.systems().size(), register.vendors().size(), register.integrations().size(), register.activities().size()));
    List<OverdueReview> overdue = register.overdueReviews(common.today);
    if (!overdue.isEmpty()) {
      out.println(String.format(java.util.Locale.ROOT, Words.DUE_FOR_REVIEW.in(lang), overdue.size(), common.today));
      for (OverdueReview o : overdue) {
        out.println("  " + o.entry().label(lang) + " (" + (o.neverReviewed() ? Words.NEVER_REVIEWED.in(lang)
            : String.format(java.util.Locale.ROOT, Words.REVIEW_DUE.in(lang), o.dueOn().orElseThrow())) + ")");
      }
    }
    return Trygg.OK;
  }

  private int productProfile(Path file, java.io.PrintWriter out) {
    Register profile = RegisterReader.readUnchecked(List.of(file));
    List<Problem> own = new ArrayList<>();
    Map<String, Integer> left = new TreeMap<>();
    for (Problem p : profile.problems()) {
      if (LEFT_TO_THE_USAGE_FILE.contains(p.code())) {
        left.merge(p.code(), 1, Integer::sum);
      } else {
        own.add(p);
      }
    }
    if (!own.isEmpty()) {
      throw new InvalidInputException(own);
    }
    io.github.trygg.core.Language lang = common.language;
    out.println(String.format(java.util.Locale.ROOT, Words.VALID_PROFILE.in(lang),
        profile.assets().size(), profile.systems().size(), profile.vendors().size(), profile.integrations().size()));
    if (!left.isEmpty()) {
      out.println(Words.LEFT_TO_USAGE.in(lang));
      left.forEach((code, n) -> out.println("  " + Words.LEFT.getOrDefault(code, new io.github.trygg.core.LocalizedText(code, code, code)).in(lang) + ": " + n));
    }
    return Trygg.OK;
  }
}
