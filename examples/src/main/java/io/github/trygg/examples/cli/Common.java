package io.github.trygg.examples.cli;

import io.github.trygg.core.Language;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options every command has. */
final class Common {
  @Option(names = "--stacktrace", description = "Show the stack trace of an error.")
  boolean stacktrace;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "sv|nb|en", description = "Language of explanations (default: ${DEFAULT-VALUE}).",
      converter = LanguageConverter.class)
  Language language = Language.ENGLISH;

  @Option(names = "--today", paramLabel = "DATE", description = "The date to evaluate reviews and deadlines on (default: today).")
  LocalDate today = LocalDate.now();

  static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.fromTag(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a language Trygg writes; expected sv, nb or en");
      }
    }
  }
}
