package io.github.trygg.core.register;

import io.github.trygg.core.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where each entry and field of a register came from: which file, line and JSON Pointer. A field
 * that several files contribute to (a list extended by a municipality's usage file, say) has one
 * location per file. A register built in code has no provenance.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Provenance {
  private static final Provenance NONE = new Provenance(List.of(), Map.of());

  private final List<String> sources;
  private final Map<String, List<Location>> locations;

  private Provenance(List<String> sources, Map<String, List<Location>> locations) {
    this.sources = List.copyOf(sources);
    this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
  }

  /** {@return the provenance of a register built in code: no sources, no locations} */
  public static Provenance none() {
    return NONE;
  }

  /**
   * Builds provenance; used by the register reader.
   *
   * @param sources the names of the files read
   * @param locations locations by key
   * @return the provenance
   */
  public static Provenance of(List<String> sources, Map<String, List<Location>> locations) {
    Map<String, List<Location>> copy = new LinkedHashMap<>();
    locations.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return new Provenance(sources, copy);
  }

  /** {@return the files the register was assembled from, in load order} */
  public List<String> sources() {
    return sources;
  }

  /**
   * Where the entry was declared; the first file if several declare it.
   *
   * @param entry the register entry
   * @return the first location the value was read from; empty if not recorded
   */
  public Optional<Location> of(EntryRef entry) {
    return first(key(entry, ""));
  }

  /**
   * Where a field of an entry was set; the first file if several set it.
   *
   * @param entry the register entry
   * @param field the field's property name
   * @return the first location; empty if not recorded
   */
  public Optional<Location> of(EntryRef entry, String field) {
    return first(key(entry, field));
  }

  /**
   * Every place a field was set, in load order.
   *
   * @param entry the register entry
   * @param field the field's property name
   * @return every location the value was read from
   */
  public List<Location> all(EntryRef entry, String field) {
    return locations.getOrDefault(key(entry, field), List.of());
  }

  /**
   * Where a top-level register property ({@code name}, {@code organisation}) was set.
   *
   * @param field the field's property name
   * @return where the register-level field was read; empty if it was not
   */
  public Optional<Location> ofRegister(String field) {
    return first("register//" + field);
  }

  /**
   * The key under which the reader records a field; {@code field} is empty for the entry itself.
   *
   * @param entry the register entry
   * @param field the field's property name
   * @return the key locations are kept under
   */
  public static String key(EntryRef entry, String field) {
    return entry.kind().section() + "/" + entry.id() + "/" + field;
  }

  private Optional<Location> first(String key) {
    List<Location> found = locations.get(key);
    return found == null || found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public String toString() {
    return "Provenance" + sources;
  }
}
