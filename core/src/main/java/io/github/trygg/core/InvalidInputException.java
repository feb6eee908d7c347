package io.github.trygg.core;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Input that cannot be accepted, with every problem found in it — not only the first. Nothing was
 * built or written when this is thrown.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class InvalidInputException extends TryggException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Input with these problems.
   *
   * @param problems every problem found, at least one
   */
  public InvalidInputException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Input with one problem.
   *
   * @param problem the problem
   */
  public InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  /** {@return every problem, in the order found} Never empty. */
  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    String head = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return problems.stream()
        .limit(20)
        .map(Problem::toString)
        .collect(Collectors.joining("\n  ", head + ":\n  ", problems.size() > 20 ? "\n  …" : ""));
  }
}
