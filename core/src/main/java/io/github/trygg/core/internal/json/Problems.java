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
  /** More than this many are not collected: a hostile file could otherwise fill memory with them. */
  public static final int MAX = 1000;

  private final List<Problem> problems = new ArrayList<>();

  public void add(String code, Location location, String message, String expected) {
    if (problems.size() < MAX) {
      problems.add(new Problem(code, location, message, expected));
    } else if (problems.size() == MAX) {
      problems.add(new Problem("too-many-problems", Location.of(location.source(), ""), "more than " + MAX + " problems; the rest are not listed",
          "fewer problems"));
    }
  }

  public void add(String code, Location location, String message) {
    add(code, location, message, "");
  }

  public void addAll(List<Problem> more) {
    for (Problem p : more) {
      add(p.code(), p.location(), p.message(), p.expected());
    }
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
