package io.github.trygg.core.internal.words;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Durations;
import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.dpia.DpiaOutcome;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.plan.ActionStatus;
import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.LegalBasis;
import io.github.trygg.core.register.RegisterCodes;
import io.github.trygg.core.register.SpecialCategoryBasis;
import io.github.trygg.core.register.SystemFeature;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.register.VendorRole;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The values of register fields as change lists and sign-offs keep them — wire ids, register codes,
 * ISO-8601 periods — in words. Apart from {@code internal.data} because it names the public enums,
 * which themselves read their files through {@code internal.data}.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class FieldValues {
  private FieldValues() {}

  /** The enum each field holds, for the fields whose values are wire ids. */
  private static final Map<String, List<Class<? extends Enum<?>>>> ENUMS = Map.ofEntries(
      Map.entry("volume", List.of(DataVolume.class)),
      Map.entry("authentication", List.of(AssuranceLevel.class, IntegrationAuthentication.class)),
      Map.entry("transport", List.of(TransportProtection.class)),
      Map.entry("role", List.of(VendorRole.class)),
      Map.entry("safeguards", List.of(TransferSafeguard.class)),
      Map.entry("aspects", List.of(SecurityAspect.class)),
      Map.entry("features", List.of(SystemFeature.class)),
      Map.entry("legalBasis", List.of(LegalBasis.class)),
      Map.entry("specialCategoryBasis", List.of(SpecialCategoryBasis.class)),
      Map.entry("archiveStatus", List.of(ArchiveStatus.class)),
      Map.entry("outcome", List.of(DpiaOutcome.class)),
      Map.entry("status", List.of(ActionStatus.class)));

  private static final LocalizedText YES = new LocalizedText("ja", "ja", "yes");
  private static final LocalizedText NO = new LocalizedText("nej", "nei", "no");
  private static final LocalizedText UNCLASSIFIED = new LocalizedText("ej klassad", "ikke klassifisert", "unclassified");
  private static final Pattern ISO_PERIOD = Pattern.compile("\\((P[0-9YMWD]+)\\)|\\((PT[0-9HMS.]+)\\)");

  /**
   * A field's value, as a change list or sign-off keeps it (wire ids, codes, ISO-8601 periods), in
   * words: enum constants by their labels, register codes by the vocabulary, booleans as yes or no.
   */
  public static LocalizedText of(String field, String value) {
    if (value.equals("true") || value.equals("false")) {
      return value.equals("true") ? YES : NO;
    }
    if (field.equals("profile") && value.equals("unclassified")) {
      return UNCLASSIFIED;
    }
    if (field.equals("retention")) {
      return periods(value);
    }
    List<Class<? extends Enum<?>>> enums = ENUMS.get(field);
    boolean codes = field.equals("dataSubjectCategories") || field.equals("dataCategories");
    if (enums == null && !codes) {
      return same(value);
    }
    List<LocalizedText> words = new ArrayList<>();
    for (String item : value.split(", ")) {
      words.add(enums == null ? code(field, item) : word(enums, item));
    }
    return join(words);
  }

  private static LocalizedText word(List<Class<? extends Enum<?>>> enums, String item) {
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (WireNames.of(constant).equals(item) && constant instanceof Labelled l) {
          return l.label();
        }
      }
    }
    return same(item);
  }

  private static LocalizedText code(String field, String item) {
    RegisterCodes codes = RegisterCodes.bundled();
    return field.equals("dataSubjectCategories") ? codes.subjectCategory(item) : codes.dataCategory(item);
  }

  /** A rule with its period in parentheses, the period in words. */
  private static LocalizedText periods(String text) {
    Matcher m = ISO_PERIOD.matcher(text);
    if (!m.find()) {
      return same(text);
    }
    try {
      LocalizedText words = m.group(1) != null ? Durations.words(Period.parse(m.group(1))) : Durations.words(Duration.parse(m.group(2)));
      String before = text.substring(0, m.start());
      String after = text.substring(m.end());
      return new LocalizedText(before + "(" + words.sv() + ")" + after, before + "(" + words.nb() + ")" + after,
          before + "(" + words.en() + ")" + after);
    } catch (java.time.format.DateTimeParseException e) {
      return same(text);
    }
  }

  private static LocalizedText join(List<LocalizedText> words) {
    return new LocalizedText(String.join(", ", words.stream().map(LocalizedText::sv).toList()),
        String.join(", ", words.stream().map(LocalizedText::nb).toList()), String.join(", ", words.stream().map(LocalizedText::en).toList()));
  }

  private static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }
}
