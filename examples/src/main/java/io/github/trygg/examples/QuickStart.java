package io.github.trygg.examples;

import io.github.trygg.core.Problem;
import io.github.trygg.core.register.OverdueReview;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The code the README shows, kept compiling and running here. Regions between {@code snippet:start}
 * and {@code snippet:end} appear verbatim in README.md; a test checks that they still match.
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/registers/exempelkommun");
    register(dir);
  }

  static Register register(Path dir) {
    // snippet:start register
    Register register = RegisterReader.read(            // throws with every problem and its line
        dir.resolve("product-larmkraft.yaml"),          // the vendor's product profile
        dir.resolve("register.yaml"));                  // the municipality's own usage
    List<Problem> problems = register.problems();       // empty: validated on read
    for (OverdueReview due : register.overdueReviews(LocalDate.of(2026, 11, 24))) {
      System.out.println(due.entry() + " review was due " + due.dueOn().orElseThrow());
    }
    // snippet:end
    System.out.println(problems.size() + " problems, " + register.systems().size() + " systems");
    return register;
  }
}
