package io.github.trygg.core.internal.json;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Collects every problem found while reading, so a file with five mistakes reports five, and throws
 * them together at the end.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  public void add(String code, Location location, String message, String expected) {
    problems.add(new Problem(code, location, message, expected));
  }

  public void add(String code, Location location, String message) {
    add(code, location, message, "");
  }

  public void addAll(List<Problem> more) {
    problems.addAll(more);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public int size() {
    return problems.size();
  }

  public List<Problem> list() {
    return List.copyOf(problems);
  }

  /** Throws an {@link InvalidInputException} with everything collected, if anything was. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
