package io.github.trygg.crypto.record;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.crypto.pseudonym.IdentityFpeOptions;
import io.github.trygg.crypto.pseudonym.Preservation;
import io.github.trygg.crypto.pseudonym.PseudonymPolicy;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.Technique;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads policy files, reporting every problem with its location before anything is built. */
final class RecordPolicies {
  static final String FORMAT = "trygg-record-policy";
  /**
   * The largest policy file read: a policy is a few kilobytes; nesting, string and number limits
   * are those of the data-file reader it goes through.
   */
  static final int MAX_BYTES = 1 << 20;

  private RecordPolicies() {}

  static RecordPolicy read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in, DataFormat.ofFileName(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read record policy " + file, e);
    }
  }

  static RecordPolicy read(String source, InputStream in, DataFormat format) {
    try {
      return readChecked(source, in, format);
    } catch (InvalidInputException e) {
      throw withheld(e);
    }
  }

  /** A run of digits shaped like an identity number, with or without its separator. */
  private static final java.util.regex.Pattern IDENTITY_SHAPED = java.util.regex.Pattern.compile("(?<![0-9])[0-9]{6,8}[-+ ]?[0-9]{4,5}(?![0-9])");

  /**
   * The same problems with anything shaped like an identity number withheld from their messages:
   * the reader quotes values it cannot use, and a policy is no place for one, but a mistake can put
   * one there.
   */
  private static InvalidInputException withheld(InvalidInputException e) {
    boolean any = false;
    java.util.List<io.github.trygg.core.Problem> problems = new java.util.ArrayList<>();
    for (io.github.trygg.core.Problem p : e.problems()) {
      String message = IDENTITY_SHAPED.matcher(p.message()).replaceAll("…");
      any |= !message.equals(p.message());
      problems.add(new io.github.trygg.core.Problem(p.code(), p.location(), message, p.expected()));
    }
    return any ? new InvalidInputException(problems) : e;
  }

  private static RecordPolicy readChecked(String source, InputStream in, DataFormat format) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read record policy " + source, e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(new io.github.trygg.core.Problem("policy-size", io.github.trygg.core.Location.of(source, ""),
          "the policy is larger than " + (MAX_BYTES >> 20) + " MiB", "a policy file of at most " + (MAX_BYTES >> 20) + " MiB"));
    }
    SourceObject root = SourceReader.readObject(source, new java.io.ByteArrayInputStream(bytes), Format.of(format));
    Problems problems = new Problems();
    root.allowOnly(problems, "format", "version", "id", "revision", "unlisted", "invalidValues", "domains", "fields");
    if (!FORMAT.equals(root.requireString("format", problems))) {
      problems.add("policy-format", root.keyLocation("format"), "not a Trygg record policy", "\"format\": \"" + FORMAT + "\"");
    }
    root.optionalLong("version", 1, 1, problems);
    RecordPolicy.Builder policy = RecordPolicy.builder()
        .id(root.requireString("id", problems))
        .revision((int) (long) root.optionalLong("revision", 1, Integer.MAX_VALUE, problems).orElse(1L));
    root.optionalEnum("unlisted", UnlistedFields.class, problems).ifPresent(policy::unlisted);
    root.optionalEnum("invalidValues", InvalidValues.class, problems).ifPresent(policy::invalidValues);

    Map<String, PseudonymisationDomain> domains = new HashMap<>();
    for (SourceObject d : root.objects("domains", problems)) {
      d.allowOnly(problems, "name", "purpose", "keyId", "policy", "reidentifierRoles");
      try {
        PseudonymisationDomain domain = PseudonymisationDomain.builder()
            .name(d.requireString("name", problems))
            .purpose(d.requireString("purpose", problems))
            .keyId(d.requireString("keyId", problems))
            .policy(d.optionalEnum("policy", PseudonymPolicy.class, problems).orElse(PseudonymPolicy.DETERMINISTIC))
            .addAllReidentifierRoles(d.strings("reidentifierRoles", problems))
            .build();
        if (domains.putIfAbsent(domain.name(), domain) != null) {
          problems.add("duplicate-domain", d.keyLocation("name"), "domain '" + domain.name() + "' is defined twice", "each domain once");
        } else {
          policy.addDomains(domain);
        }
      } catch (IllegalArgumentException e) {
        problems.add("invalid-domain", d.location(), String.valueOf(e.getMessage()), "a name of lower-case letters, digits, '.', '_' or '-', a purpose and a key id");
      }
    }

    Set<String> labels = new HashSet<>();
    for (SourceObject f : root.objects("fields", problems)) {
      f.allowOnly(problems, "field", "pointer", "action", "technique", "domain", "fpe", "to", "length", "width");
      Optional<String> field = f.optionalString("field", problems);
      Optional<String> pointer = f.optionalString("pointer", problems);
      if (field.isPresent() == pointer.isPresent()) {
        problems.add("field-selector", f.location(), "a rule names a field or a pointer, not both or neither", "\"field\" or \"pointer\"");
        continue;
      }
      if (pointer.isPresent() && !pointer.get().startsWith("/")) {
        problems.add("bad-pointer", f.get("pointer").orElseThrow().location(), "a JSON Pointer starts with '/'", "for example /patient/birthDate");
        continue;
      }
      String label = field.orElseGet(pointer::get);
      if (!labels.add(label)) {
        problems.add("duplicate-rule", f.location(), "field '" + label + "' has two rules", "one rule per field");
      }
      Optional<FieldAction> action = action(f, domains, problems);
      action.ifPresent(a -> policy.addFields(FieldRule.builder().field(field).pointer(pointer).action(a).build()));
    }
    problems.throwIfAny();
    try {
      return policy.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(new io.github.trygg.core.Problem("invalid-policy", root.location(), String.valueOf(e.getMessage()), "a consistent policy"));
    }
  }

  private enum Action implements Labelled {
    KEEP,
    DROP,
    PSEUDONYMISE,
    GENERALISE;

    /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
    @Override
    public LocalizedText label() {
      return switch (this) {
        case KEEP -> new LocalizedText("behålls", "beholdes", "kept");
        case DROP -> new LocalizedText("tas bort", "fjernes", "dropped");
        case GENERALISE -> new LocalizedText("generaliseras", "generaliseres", "generalised");
        case PSEUDONYMISE -> new LocalizedText("pseudonymiseras", "pseudonymiseres", "pseudonymised");
      };
    }
  }

  private static Optional<FieldAction> action(SourceObject f, Map<String, PseudonymisationDomain> domains, Problems problems) {
    Optional<Action> action = f.requireEnum("action", Action.class, problems);
    if (action.isEmpty()) {
      return Optional.empty();
    }
    switch (action.get()) {
      case KEEP:
        return Optional.of(new FieldAction.Keep());
      case DROP:
        return Optional.of(new FieldAction.Drop());
      case GENERALISE:
        {
          Optional<Generalisation> to = f.requireEnum("to", Generalisation.class, problems);
          if (to.isEmpty()) {
            return Optional.empty();
          }
          String parameter = to.get() == Generalisation.TRUNCATE ? "length" : to.get() == Generalisation.RANGE ? "width" : "";
          if (parameter.isEmpty()) {
            return Optional.of(FieldAction.Generalise.to(to.get()));
          }
          Optional<Long> value = f.optionalLong(parameter, 1, 1_000_000, problems);
          if (!f.has(parameter)) {
            problems.add("missing-property", f.location(), WireNames.of(to.get()) + " needs '" + parameter + "'", "a whole number from 1");
          }
          return value.map(v -> new FieldAction.Generalise(to.get(), (int) (long) v));
        }
      default:
        {
          Optional<Technique> technique = f.requireEnum("technique", Technique.class, problems);
          String domainName = f.requireString("domain", problems);
          PseudonymisationDomain domain = domains.get(domainName);
          if (f.has("domain") && domain == null) {
            problems.add("unknown-domain", f.get("domain").orElseThrow().location(), "no domain '" + domainName + "' in this policy", "the name of a domain under 'domains'");
          }
          if (technique.isEmpty() || domain == null) {
            return Optional.empty();
          }
          if (domain.policy() != technique.get().policy()) {
            problems.add("technique-policy", f.keyLocation("technique"),
                WireNames.of(technique.get()) + " pseudonyms are " + WireNames.of(technique.get().policy()) + ", domain '" + domainName + "' is " + WireNames.of(domain.policy()),
                "a technique that fits the domain's policy");
            return Optional.empty();
          }
          Optional<IdentityFpeOptions> fpe = Optional.empty();
          if (technique.get() == Technique.IDENTITY_FPE) {
            fpe = fpe(f, problems);
            if (fpe.isEmpty()) {
              return Optional.empty();
            }
          } else if (f.has("fpe")) {
            problems.add("fpe-options", f.keyLocation("fpe"), "'fpe' options belong to identity-fpe only", "no 'fpe' here");
          }
          return Optional.of(new FieldAction.Pseudonymise(technique.get(), domainName, fpe));
        }
    }
  }

  private static Optional<IdentityFpeOptions> fpe(SourceObject f, Problems problems) {
    if (!f.has("fpe")) {
      problems.add("missing-property", f.location(), "identity-fpe needs 'fpe' options", "fpe: {latestBirthDate: …, acknowledgeRealPersonRisk: true}");
      return Optional.empty();
    }
    SourceObject o = f.requireObject("fpe", problems);
    o.allowOnly(problems, "preservation", "latestBirthDate", "earliestBirthDate", "keyVersion", "acknowledgeRealPersonRisk");
    Optional<LocalDate> latest = o.optionalDate("latestBirthDate", problems);
    if (!o.has("latestBirthDate")) {
      problems.add("missing-property", o.location(), "missing required property 'latestBirthDate'", "the last birth date a pseudonym may have");
    }
    boolean acknowledged = o.booleanOr("acknowledgeRealPersonRisk", false, problems);
    if (!acknowledged) {
      problems.add("fpe-not-acknowledged", o.location(),
          "format-valid identity pseudonyms may be real people's numbers; the policy must say it accepts that",
          "acknowledgeRealPersonRisk: true (or technique identity-hmac)");
    }
    if (latest.isEmpty() || !acknowledged) {
      return Optional.empty();
    }
    IdentityFpeOptions.Builder options = IdentityFpeOptions.builder()
        .latestBirthDate(latest.get())
        .acknowledgeRealPersonRisk(true)
        .preservation(o.optionalEnum("preservation", Preservation.class, problems).orElse(Preservation.NONE));
    o.optionalDate("earliestBirthDate", problems).ifPresent(options::earliestBirthDate);
    o.optionalLong("keyVersion", 1, Integer.MAX_VALUE, problems).ifPresent(v -> options.keyVersion((int) (long) v));
    try {
      return Optional.of(options.build());
    } catch (IllegalArgumentException e) {
      problems.add("fpe-options", o.location(), String.valueOf(e.getMessage()), "an earliest birth date before the latest");
      return Optional.empty();
    }
  }
}
