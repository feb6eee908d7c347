package io.github.trygg.core.register;

import io.github.trygg.core.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where each entry and field of a register came from: which file, line and JSON Pointer. A field
 * that several files contribute to (a list extended by a municipality's usage file, say) has one
 * location per file. A register built in code has no provenance.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Provenance {
  private static final Provenance NONE = new Provenance(List.of(), Map.of(), Map.of(), Map.of());

  private final List<String> sources;
  private final Map<String, List<Location>> locations;
  /** The field names of each kind; a recorded field is an index into these. */
  private final Map<EntryKind, String[]> fieldNames;
  /**
   * Where each entry read from a file was, as numbers only: one {@link Places} array per file that
   * describes the entry, in load order. A {@link Location} and its pointer are built when asked for,
   * so a register of many thousand entries does not hold a string for every field it read.
   */
  private final Map<EntryRef, int[][]> places;

  private Provenance(List<String> sources, Map<String, List<Location>> locations, Map<EntryKind, String[]> fieldNames,
      Map<EntryRef, int[][]> places) {
    this.sources = List.copyOf(sources);
    this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
    this.fieldNames = fieldNames;
    this.places = places;
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
    return new Provenance(sources, copy, Map.of(), Map.of());
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
    int[][] found = places.get(entry);
    if (found != null) {
      return Optional.of(Places.entry(found[0], sources, entry.kind()));
    }
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
    int[][] found = places.get(entry);
    if (found != null) {
      int f = fieldIndex(entry.kind(), field);
      for (int[] place : found) {
        Location at = Places.field(place, f, field, sources, entry.kind());
        if (at != null) {
          return Optional.of(at);
        }
      }
    }
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
    int[][] found = places.get(entry);
    if (found != null) {
      int f = fieldIndex(entry.kind(), field);
      List<Location> all = new ArrayList<>(found.length);
      for (int[] place : found) {
        Location at = Places.field(place, f, field, sources, entry.kind());
        if (at != null) {
          all.add(at);
        }
      }
      if (!all.isEmpty()) {
        return List.copyOf(all);
      }
    }
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

  private int fieldIndex(EntryKind kind, String field) {
    String[] names = fieldNames.get(kind);
    if (names != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(field)) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Collects provenance while files are read. An entry read from a file is recorded as numbers
   * (file, array index, line and column of the entry and of each known field); anything else, such
   * as the register-level fields, as locations.
   */
  static final class Recorder {
    private final Map<String, List<Location>> locations = new LinkedHashMap<>();
    private final Map<EntryKind, String[]> fieldNames;
    private final Map<EntryRef, int[][]> places = new HashMap<>();

    Recorder(Map<EntryKind, String[]> fieldNames) {
      this.fieldNames = new EnumMap<>(fieldNames);
    }

    void add(String key, Location location) {
      locations.computeIfAbsent(key, k -> new ArrayList<>(1)).add(location);
    }

    /** Field {@code field} of {@code kind}, or -1 for a name the kind does not have. */
    int field(EntryKind kind, String field) {
      String[] names = fieldNames.get(kind);
      if (names == null) {
        return -1;
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(field)) {
          return i;
        }
      }
      return -1;
    }

    /** Records one file's description of an entry; {@code place} is laid out as {@link Places} says. */
    void entry(EntryRef ref, int[] place) {
      places.merge(ref, new int[][] {place}, (a, b) -> {
        int[][] joined = Arrays.copyOf(a, a.length + 1);
        joined[a.length] = b[0];
        return joined;
      });
    }

    Provenance build(List<String> sources) {
      return new Provenance(sources, locations, fieldNames, places);
    }
  }

  /**
   * One file's description of one entry, as an int array: file index, index in its section's
   * array, line, column, then for each field set: the field's index among its kind's names, line,
   * column. The JSON Pointer follows from these: {@code /section/index/field}.
   */
  static final class Places {
    static final int HEADER = 4;

    private Places() {}

    static Location entry(int[] place, List<String> sources, EntryKind kind) {
      return new Location(sources.get(place[0]), place[2], place[3], "/" + kind.section() + "/" + place[1]);
    }

    static @Nullable Location field(int[] place, int field, String name, List<String> sources, EntryKind kind) {
      if (field < 0) {
        return null;
      }
      for (int i = HEADER; i + 2 < place.length; i += 3) {
        if (place[i] == field) {
          return new Location(sources.get(place[0]), place[i + 1], place[i + 2], "/" + kind.section() + "/" + place[1] + "/" + name);
        }
      }
      return null;
    }
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
