package io.github.trygg.examples.cli;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What must never reach a Swedish or Norwegian reader: an enum constant's name or wire id, a code
 * Trygg gives meaning to (data-subject categories, identifier types, data categories), an ISO-8601
 * duration, or common English words. The constants are taken from the code, every enum of the
 * modules, so a new constant is covered the day it is added.
 *
 * <p>What a user typed or wrote is not a leak: text quoted from the register folder (names,
 * justifications, measures, ids), command-line options and login-method ids the user is told to
 * type, paths, URLs and addresses.
 */
final class NordicText {
  /** One word that should not have been there, with the line it stood in. */
  record Leak(String kind, String token, String line) {
    @Override
    public String toString() {
      return kind + " '" + token + "' in: " + line.strip();
    }
  }

  /** Register fields whose values are codes, not text a person wrote. */
  static final Set<String> CODE_FIELDS = Set.of("dataSubjectCategories", "identifierTypes", "dataCategories");

  /**
   * Common English words, none of which is also a Swedish or Norwegian word that could stand in
   * this output ("in", "for", "by", "at", "to", "all", "data", "system" are left out for that reason).
   */
  static final Set<String> ENGLISH = words("""
      the of and or with from into onto upon about after before between because without within through while also only
      each every other some such more most less least many much very same both either neither not nor yes than then there
      their them they these those this that which who whom whose what when where why how its it our your you we he she his her
      are was were been being has have had does did done will would can could should must may might shall
      is an on up down out off if so no any none
      level levels asset assets systems vendor vendors processor processors controller controllers
      request requests requested task tasks right rights erasure access rectification portability objection withdrawal
      received due pending approved refused restricted restriction restrictions detected valid invalid entries entry
      review reviewed reviews never days day months month weeks week years year hours hour minutes minute seconds second
      login key keys file files records record fields field values value rules rule findings finding risks
      consent measure measures channel recipient recipients subject subjects identity identifier identifiers
      signed signature sealed opened bytes number numbers health care term terms personal sensitive secrecy protected
      public archive preserve disposed dispose high low medium critical substantial partly met assessed accepted expired
      changed planned skipped closed overdue urgent owner owners priority used using read written write found missing
      required requires needs need given gives give applies apply lapsed expected outcome outcomes
      confidentiality integrity availability traceability classification classified unclassified
      encrypted unencrypted encryption authentication authenticated network networks open-network
      dependency dependencies hosting hosted flow flows chain integrations
      processing activity activities agreement agreements draft drafts
      transfer transfers third country countries safeguard safeguards derogation
      employee employees relative relatives applicant applicants child guardian guardians resident residents patient
      recipient-kind care-recipient device phone email-address
      created creates keep kept apart rotated rotate primary retired
      unknown other others none nothing something anything everything
      level-of-assurance assurance
      """);

  /**
   * Wire ids that are also Swedish or Norwegian words, or terms the languages use as they are:
   * they may stand in prose.
   */
  static final Set<String> NORDIC = words("""
      system journal status risk plan region kontinuitet post manual api sms tls barn data
      e-post webhook portal media format element bank id standard id-porten integration policy
      """);

  /** Words that are English and also good Swedish, or good Norwegian, but not both. */
  static final Map<String, Set<String>> ALSO = Map.of(
      "sv", words("patient"),
      "nb", words("sensitive"));

  /** Enum constant names that are ordinary abbreviations in Swedish and Norwegian text too. */
  static final Set<String> ABBREVIATIONS = Set.of("SMS", "TLS", "API", "GDPR", "DPIA", "EES", "EEA", "CMS", "PEM", "DER", "CSV", "JSON", "YAML",
      "XLSX", "DOCX", "HTML", "AES", "RSA", "GPS", "IMY", "OSL", "KLASSA", "HMAC", "SIV", "GCM", "PDF", "URL", "UUID", "ISO", "IEC", "MAS", "IVO");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+(?:[-'’][\\p{L}\\p{N}_]+)*");
  private static final Pattern DURATION = Pattern.compile(
      "(?<![\\p{L}\\p{N}])P(?=\\d|T\\d)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+(?:\\.\\d+)?S)?)?(?![\\p{L}\\p{N}])");
  private static final Pattern NOT_PROSE = Pattern.compile(
      "\\[[\\w-]+(?:\\.[\\w-]+)+\\]|https?://\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:no|se|dk|fi|eu|com|org|net|example)\\b|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?<!\\S)--[a-z][a-z-]*|\\S*[/\\\\]\\S*|\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> wires = new LinkedHashMap<>();
  private final Set<String> codes = new TreeSet<>();
  private final Set<String> typed = new HashSet<>();
  private final Set<String> keys = new HashSet<>();
  private final List<Pattern> quoted = new ArrayList<>();

  private NordicText() {}

  /**
   * The forbidden tokens from every enum of Trygg's modules and the codes in {@code folder}'s
   * register files; what those files say in their own words is allowed.
   */
  static NordicText derive(Path folder, Set<String> typedIds) {
    NordicText t = new NordicText();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.trygg")) {
      // Trygg's own enums; the libraries the published core jar carries relocated are not its words.
      if (!c.isEnum() || c.getPackageName().contains(".shaded")) {
        continue;
      }
      Object[] constants = c.reflect().getEnumConstants();
      if (constants == null) {
        continue;
      }
      for (Object constant : constants) {
        String name = ((Enum<?>) constant).name();
        if (name.length() < 3 || ABBREVIATIONS.contains(name)) {
          continue;
        }
        String wire = name.toLowerCase(Locale.ROOT).replace('_', '-');
        t.names.putIfAbsent(name, c.getSimpleName());
        if (!NORDIC.contains(wire)) {
          t.wires.putIfAbsent(wire, c.getSimpleName());
        }
      }
    }
    t.typed.addAll(typedIds);
    List<String> phrases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        t.collect(YAMLMapper.builder().build().readTree(f.toFile()), null, phrases);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    phrases.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
        .forEach(p -> t.quoted.add(Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}-])")));
    return t;
  }

  private void collect(JsonNode node, String field, List<String> phrases) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        keys.add(e.getKey());
        collect(e.getValue(), e.getKey(), phrases);
      }
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, field, phrases);
      }
    } else if (node.isString()) {
      String v = node.asString().strip();
      if (field != null && CODE_FIELDS.contains(field)) {
        codes.add(v.toLowerCase(Locale.ROOT));
      } else if (v.matches("[a-z][a-z-]*:[^\\s:]+")) {
        // A reference such as activity:gps-larm: its id is the user's, its kind is a wire id output must not show.
        phrases.add(v.substring(v.indexOf(':') + 1));
      } else if (v.length() >= 3 && !wires.containsKey(v.toLowerCase(Locale.ROOT)) && !names.containsKey(v) && !DURATION.matcher(v).matches()) {
        phrases.add(v);
      }
    }
  }

  /** Every leak in {@code text}, line by line, for a reader of {@code lang} ({@code sv}, {@code nb}). */
  List<Leak> scan(String text, String lang) {
    Set<String> also = ALSO.getOrDefault(lang, Set.of());
    List<Leak> leaks = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String rest = line;
      for (Pattern q : quoted) {
        rest = q.matcher(rest).replaceAll(" ");
      }
      rest = NOT_PROSE.matcher(rest).replaceAll(" ");
      rest = propertyNames(rest);
      Matcher d = DURATION.matcher(rest);
      while (d.find()) {
        leaks.add(new Leak("ISO-8601 duration", d.group(), line));
      }
      Matcher m = TOKEN.matcher(rest);
      while (m.find()) {
        if (!also.contains(m.group().toLowerCase(Locale.ROOT))) {
          check(m.group(), line, leaks);
        }
      }
    }
    return leaks;
  }

  /**
   * Register property names a user is told to fill in — "(assets, dataCategories)",
   * "(vendor.contact)", "(systems[].vendor)" — are what they must type, not prose.
   */
  private String propertyNames(String line) {
    Matcher m = PROPERTIES.matcher(line);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      boolean all = java.util.Arrays.stream(m.group(1).split("[,.\\s\\[\\]]+")).filter(x -> !x.isEmpty()).allMatch(keys::contains);
      m.appendReplacement(sb, all ? " " : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static final Pattern PROPERTIES = Pattern.compile("\\(([\\w.\\[\\]]+(?:, [\\w.\\[\\]]+)*)\\)");

  private void check(String token, String line, List<Leak> leaks) {
    if (token.chars().anyMatch(Character::isDigit) || typed.contains(token)) {
      return;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (names.containsKey(token)) {
      leaks.add(new Leak("enum constant " + names.get(token), token, line));
    } else if (wires.containsKey(lower)) {
      leaks.add(new Leak("wire id of " + wires.get(lower), token, line));
    } else if (codes.contains(lower)) {
      leaks.add(new Leak("register code", token, line));
    } else if (ENGLISH.contains(lower)) {
      leaks.add(new Leak("English", token, line));
    } else if (lower.contains("-") || lower.contains("'") || lower.contains("’")) {
      // The lower-case parts of a compound: "open-network", "agreement's"; not an acronym ("IT-Grundschutz").
      for (String part : token.split("[-'’]")) {
        if (part.equals(part.toLowerCase(Locale.ROOT)) && ENGLISH.contains(part) && !NORDIC.contains(part)) {
          leaks.add(new Leak("English", token, line));
          return;
        }
      }
    }
  }

  private static Set<String> words(String block) {
    return Set.copyOf(java.util.Arrays.asList(block.strip().split("\\s+")));
  }

  // ---- turning rendered files into the text a reader sees ----

  /** The text a reader sees in an HTML page: element text, titles and alternative texts. */
  static String html(String html) {
    String s = html.replaceAll("(?is)<(style|script)[^>]*>.*?</\\1>", " ");
    StringBuilder visible = new StringBuilder();
    Matcher attr = Pattern.compile("(?i)\\s(?:title|alt|aria-label|placeholder)=\"([^\"]*)\"").matcher(s);
    while (attr.find()) {
      visible.append(attr.group(1)).append('\n');
    }
    visible.append(s.replaceAll("<[^>]*>", "\n"));
    return unescape(visible.toString());
  }

  /** The texts of an Office Open XML file (XLSX, DOCX): cell and run texts, sheet names, the title. */
  static String office(Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (!e.getName().endsWith(".xml")) {
          continue;
        }
        String xml = new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Matcher t = Pattern.compile("<(?:\\w+:)?t(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?t>").matcher(xml);
        while (t.find()) {
          sb.append(t.group(1)).append('\n');
        }
        Matcher sheet = Pattern.compile("<sheet\\s[^>]*name=\"([^\"]*)\"").matcher(xml);
        while (sheet.find()) {
          sb.append(sheet.group(1)).append('\n');
        }
        Matcher title = Pattern.compile("<dc:title>([^<]*)</dc:title>").matcher(xml);
        while (title.find()) {
          sb.append(title.group(1)).append('\n');
        }
      }
    }
    return unescape(sb.toString());
  }

  /** Labels of a Graphviz DOT or Mermaid drawing: what the drawing shows in words. */
  static String drawing(String source) {
    StringBuilder sb = new StringBuilder();
    Matcher q = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|\\|([^|\\n]*)\\|").matcher(source);
    while (q.find()) {
      sb.append(q.group(1) != null ? q.group(1) : q.group(2)).append('\n');
    }
    return unescape(sb.toString().replace("\\n", "\n").replace("<br/>", "\n").replace("<br>", "\n"));
  }

  /** Every string in a JSON document that is prose (has a space); ids and wire values are for machines. */
  static String jsonProse(String json) {
    StringBuilder sb = new StringBuilder();
    // Some commands print one document after another.
    try (tools.jackson.databind.MappingIterator<JsonNode> docs = tools.jackson.databind.json.JsonMapper.builder().build().readerFor(JsonNode.class)
        .readValues(json)) {
      while (docs.hasNext()) {
        prose(docs.next(), sb);
      }
    }
    return sb.toString();
  }

  private static void prose(JsonNode node, StringBuilder sb) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        // "en" is the English beside the reader's; "value" is a factor's wire form, for machines.
        if (!e.getKey().equals("en") && !e.getKey().equals("value")) {
          prose(e.getValue(), sb);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        prose(n, sb);
      }
    } else if (node.isString() && node.asString().strip().contains(" ")) {
      sb.append(node.asString()).append('\n');
    }
  }

  private static String unescape(String s) {
    Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(cp))));
    }
    m.appendTail(sb);
    return sb.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
