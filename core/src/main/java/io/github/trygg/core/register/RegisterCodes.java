package io.github.trygg.core.register;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The words for the codes a register uses where it names no enum: data-subject categories
 * ({@code care-recipient}), data categories ({@code health}) and identifier types
 * ({@code se-personnummer}), in Swedish, Norwegian bokmål and English ({@code trygg-register-codes/1}).
 * A register may use codes of its own; a code the vocabulary does not know is shown as the
 * register writes it.
 *
 * <p>Immutable and safe to share between threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RegisterCodes {
  static final String FORMAT = "trygg-register-codes/1";
  private static final RegisterCodes BUNDLED = DataFiles.bundled(RegisterCodes.class, "register-codes.yaml", FORMAT, RegisterCodes::read);

  private final String version;
  private final Map<String, LocalizedText> subjectCategories;
  private final Map<String, LocalizedText> dataCategories;
  private final Map<String, LocalizedText> identifierTypes;

  private RegisterCodes(String version, Map<String, LocalizedText> subjectCategories, Map<String, LocalizedText> dataCategories,
      Map<String, LocalizedText> identifierTypes) {
    this.version = version;
    this.subjectCategories = Collections.unmodifiableMap(subjectCategories);
    this.dataCategories = Collections.unmodifiableMap(dataCategories);
    this.identifierTypes = Collections.unmodifiableMap(identifierTypes);
  }

  /** {@return the vocabulary shipped with Trygg} */
  public static RegisterCodes bundled() {
    return BUNDLED;
  }

  /**
   * A host's own vocabulary; a malformed file is rejected whole, with locations.
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the vocabulary
   */
  public static RegisterCodes read(Path file) {
    return DataFiles.file(file, FORMAT, RegisterCodes::read);
  }

  /**
   * A host's own vocabulary from a stream; {@code sourceName} appears in every problem's location.
   *
   * @param sourceName names the input in every problem's location
   * @param in the file's bytes; not closed
   * @param format JSON or YAML
   * @return the vocabulary
   */
  public static RegisterCodes read(String sourceName, InputStream in, DataFormat format) {
    return DataFiles.read(sourceName, in, Format.of(format), FORMAT, RegisterCodes::read);
  }

  /** {@return the version of the vocabulary's data file} */
  public String version() {
    return version;
  }

  /**
   * A data-subject category ({@code care-recipient} → "brukare"); an unknown code as it is.
   *
   * @param code a code of the vocabulary
   * @return the category in words
   */
  public LocalizedText subjectCategory(String code) {
    return word(subjectCategories, code);
  }

  /**
   * A data category ({@code health} → "hälsa"); an unknown code as it is.
   *
   * @param code a code of the vocabulary
   * @return the category in words
   */
  public LocalizedText dataCategory(String code) {
    return word(dataCategories, code);
  }

  /**
   * An identifier type ({@code device-id} → "enhetens id"); an unknown code as it is.
   *
   * @param code a code of the vocabulary
   * @return the identifier type in words
   */
  public LocalizedText identifierType(String code) {
    return word(identifierTypes, code);
  }

  /**
   * {@link #subjectCategory(String)} in one language.
   *
   * @param code a code of the vocabulary
   * @param language the language of the text
   * @return the category in words
   */
  public String subjectCategory(String code, Language language) {
    return subjectCategory(code).in(language);
  }

  /**
   * {@link #dataCategory(String)} in one language.
   *
   * @param code a code of the vocabulary
   * @param language the language of the text
   * @return the category in words
   */
  public String dataCategory(String code, Language language) {
    return dataCategory(code).in(language);
  }

  /**
   * {@link #identifierType(String)} in one language.
   *
   * @param code a code of the vocabulary
   * @param language the language of the text
   * @return the identifier type in words
   */
  public String identifierType(String code, Language language) {
    return identifierType(code).in(language);
  }

  /** {@return the data-subject categories the vocabulary has words for} */
  public Set<String> subjectCategories() {
    return subjectCategories.keySet();
  }

  /** {@return the data categories the vocabulary has words for} */
  public Set<String> dataCategories() {
    return dataCategories.keySet();
  }

  /** {@return the identifier types the vocabulary has words for} */
  public Set<String> identifierTypes() {
    return identifierTypes.keySet();
  }

  private static LocalizedText word(Map<String, LocalizedText> words, String code) {
    LocalizedText known = words.get(code);
    return known != null ? known : new LocalizedText(code, code, code);
  }

  private static @Nullable RegisterCodes read(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "version", "dataSubjectCategories", "dataCategories", "identifierTypes");
    String version = Texts.nonBlank(o, "version", p);
    Map<String, LocalizedText> subjects = new LinkedHashMap<>();
    Map<String, LocalizedText> data = new LinkedHashMap<>();
    Map<String, LocalizedText> identifiers = new LinkedHashMap<>();
    Texts.labelled(o, "dataSubjectCategories", p, subjects::put);
    Texts.labelled(o, "dataCategories", p, data::put);
    Texts.labelled(o, "identifierTypes", p, identifiers::put);
    return p.isEmpty() ? new RegisterCodes(version, subjects, data, identifiers) : null;
  }

  @Override
  public String toString() {
    return "RegisterCodes[" + version + ", " + List.of(subjectCategories.size(), dataCategories.size(), identifierTypes.size()) + "]";
  }
}
