package io.github.trygg.crypto.record;

import io.github.trygg.core.internal.value.TryggStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One rule of a {@link RecordPolicy}: which field, by name or by JSON Pointer, and what to do.
 *
 * <p>A name matches a CSV column of that name, and every JSON property of that name at any depth
 * (and the elements of an array held by it). A pointer (RFC 6901), counted from the start of the
 * record — each element of a root array, each root value — matches one place; {@code *} as a segment
 * matches any name or array index, so {@code /visits/*}{@code /staff} names the staff of every
 * visit. Pointers are tried first, in policy order, then names. In CSV a pointer {@code /x}
 * names column x.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class FieldRule {
  /** {@return the field name the rule matches at any depth; empty when it names a pointer} */
  public abstract Optional<String> field();

  /** {@return the JSON Pointer of the place the rule matches; empty when it names a field} */
  public abstract Optional<String> pointer();

  /** {@return what the rule does with the value} */
  public abstract FieldAction action();

  /** {@return the field name or the pointer, for reports} */
  public final String label() {
    return field().orElseGet(() -> pointer().orElseThrow());
  }

  /**
   * Checks that the rule names a field or a pointer.
   *
   * @throws IllegalArgumentException if it names both or neither, or the pointer does not start with '/'
   */
  @Value.Check
  protected void check() {
    if (field().isPresent() == pointer().isPresent()) {
      throw new IllegalArgumentException("a field rule names a field or a pointer, not both or neither");
    }
    if (pointer().isPresent() && !pointer().get().startsWith("/")) {
      throw new IllegalArgumentException("a JSON Pointer starts with '/'");
    }
  }

  /**
   * A rule for every field of this name.
   *
   * @param name the CSV column or JSON property name
   * @param action what to do with its values
   * @return the rule
   */
  public static FieldRule field(String name, FieldAction action) {
    return builder().field(name).action(action).build();
  }

  /**
   * A rule for one place in each record.
   *
   * @param pointer a JSON Pointer, {@code *} matching any name or index
   * @param action what to do with the value there
   * @return the rule
   * @throws IllegalArgumentException if the pointer does not start with '/'
   */
  public static FieldRule pointer(String pointer, FieldAction action) {
    return builder().pointer(pointer).action(action).build();
  }

  /**
   * Starts a rule; a field or a pointer, and the action, are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FieldRule}. */
  public static final class Builder extends ImmutableFieldRule.Builder {}
}
