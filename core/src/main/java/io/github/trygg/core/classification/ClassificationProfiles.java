package io.github.trygg.core.classification;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A set of classification profiles by id and version: the shipped ones ({@code klassa-se},
 * {@code bsi-200-2}, {@code no-1-4}) and any a host reads from its own files. A malformed file is
 * rejected with file, line, column and JSON Pointer of every problem, and nothing is added.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ClassificationProfiles {
  /** KLASSA-style Swedish profile, levels 0–4 as the national value list numbers them. */
  public static final String KLASSA = "klassa-se";
  /** BSI-Standard 200-2: normal, hoch, sehr hoch. */
  public static final String BSI = "bsi-200-2";
  /** A Norwegian 1–4 scale per aspect. */
  public static final String NORWEGIAN = "no-1-4";

  private static final ClassificationProfiles BUILT_IN = new ClassificationProfiles(List.of(
      bundled("klassa-se.yaml"), bundled("bsi-200-2.yaml"), bundled("no-1-4.yaml")));

  private final Map<String, ClassificationProfile> byKey;

  private ClassificationProfiles(Collection<ClassificationProfile> profiles) {
    Map<String, ClassificationProfile> map = new LinkedHashMap<>();
    for (ClassificationProfile profile : profiles) {
      map.put(profile.reference(), profile);
    }
    this.byKey = map;
  }

  /** {@return the profiles shipped with Trygg: KLASSA, MSB, BSI 200-2 and a Norwegian 1–4 scale} */
  public static ClassificationProfiles bundled() {
    return BUILT_IN;
  }

  /**
   * Reads one profile file (JSON or YAML by extension).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the profile
   */
  public static ClassificationProfile read(Path file) {
    return DataFiles.file(file, ProfileCodec.FORMAT, ProfileCodec::read);
  }

  /**
   * Reads one profile from a stream, which is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the profile
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static ClassificationProfile read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), ProfileCodec.FORMAT, ProfileCodec::read);
  }

  /**
   * These profiles plus {@code profile}; a profile with the same id and version is replaced.
   *
   * @param profile the profile
   * @return the profiles with it
   */
  public ClassificationProfiles with(ClassificationProfile profile) {
    List<ClassificationProfile> all = new ArrayList<>(byKey.values());
    all.removeIf(p -> p.reference().equals(profile.reference()));
    all.add(profile);
    return new ClassificationProfiles(all);
  }

  /**
   * The newest version (last added) of a profile id.
   *
   * @param id the profile's id
   * @return its newest version; empty if there is none
   */
  public Optional<ClassificationProfile> get(String id) {
    ClassificationProfile found = null;
    for (ClassificationProfile profile : byKey.values()) {
      if (profile.id().equals(id)) {
        found = profile;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * One version of a profile.
   *
   * @param id the profile's id
   * @param version the version
   * @return the profile; empty if there is no such version
   */
  public Optional<ClassificationProfile> get(String id, String version) {
    return Optional.ofNullable(byKey.get(id + "@" + version));
  }

  /**
   * The profile an existing classification was made in.
   *
   * @param classification the classification
   * @return the profile it names; empty if not held here
   */
  public Optional<ClassificationProfile> of(AssetClassification classification) {
    return get(classification.profileId(), classification.profileVersion());
  }

  /** {@return every profile, every version, in the order added} */
  public List<ClassificationProfile> all() {
    return List.copyOf(byKey.values());
  }

  private static ClassificationProfile bundled(String name) {
    return DataFiles.bundled(ClassificationProfiles.class, name, ProfileCodec.FORMAT, ProfileCodec::read);
  }
}
