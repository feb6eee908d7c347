package io.github.trygg.core.internal.data;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The message bundles ({@code messages_sv}, {@code messages_nb}, {@code messages_en}) that phrase
 * explanations. Loaded directly as UTF-8 property files rather than through ResourceBundle, whose
 * fallback to the JVM's default locale would silently answer in the wrong language.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Messages {
  private static final Map<Language, Properties> BUNDLES = load();

  private Messages() {}

  /** The message {@code key} in all three languages, with {@link MessageFormat} arguments filled in. */
  public static LocalizedText text(String key, Object... args) {
    return new LocalizedText(format(Language.SWEDISH, key, args), format(Language.NORWEGIAN_BOKMAL, key, args), format(Language.ENGLISH, key, args));
  }

  /**
   * Like {@link #text} but each argument that is itself a {@link LocalizedText} is rendered in the
   * same language as the message around it.
   */
  public static String format(Language language, String key, Object... args) {
    String pattern = Lookup.in(BUNDLES, language, "message bundle").getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("no message '" + key + "' in messages_" + language.tag());
    }
    Object[] rendered = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      rendered[i] = render(args[i], language);
    }
    return new MessageFormat(pattern, language.locale()).format(rendered);
  }

  /** Texts in the message's language; fractions with the language's decimal sign; whole numbers as digits only. */
  private static String render(Object arg, Language language) {
    if (arg instanceof LocalizedText t) {
      return t.in(language);
    }
    if (arg instanceof Double || arg instanceof Float) {
      double d = ((Number) arg).doubleValue();
      if (d == Math.rint(d) && !Double.isInfinite(d)) {
        return String.valueOf((long) d);
      }
      NumberFormat format = NumberFormat.getNumberInstance(language.locale());
      format.setGroupingUsed(false);
      format.setMaximumFractionDigits(4);
      return format.format(d);
    }
    return String.valueOf(arg);
  }

  /** Keys per language, for the test that every bundle has the same keys. */
  public static Map<Language, Set<String>> keys() {
    Map<Language, Set<String>> keys = new EnumMap<>(Language.class);
    BUNDLES.forEach((language, properties) -> keys.put(language, properties.stringPropertyNames()));
    return keys;
  }

  private static Map<Language, Properties> load() {
    Map<Language, Properties> bundles = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String name = "messages_" + language.tag() + ".properties";
      try (InputStream in = Messages.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("bundled message file missing: " + name);
        }
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        bundles.put(language, properties);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bundles;
  }
}
