package io.github.trygg.core.classification;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.WireNames;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Profile files ⇄ {@link ClassificationProfile}. */
final class ProfileCodec {
  static final String FORMAT = "trygg-classification-profile/1";

  private ProfileCodec() {}

  static @Nullable ClassificationProfile read(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "id", "version", "name", "aspects", "levels", "sources");
    ClassificationProfile.Builder b = ClassificationProfile.builder()
        .id(Texts.id(o, "id", p))
        .version(Texts.nonBlank(o, "version", p))
        .name(Texts.requireText(o, "name", p))
        .sources(Texts.references(o, "sources", p));
    SourceObject aspects = o.requireObject("aspects", p);
    for (Map.Entry<String, SourceNode> e : aspects.members().entrySet()) {
      Optional<SecurityAspect> aspect = WireNames.parse(e.getKey(), SecurityAspect.class);
      if (aspect.isEmpty()) {
        p.add("unknown-value", aspects.keyLocation(e.getKey()), "unknown aspect '" + e.getKey() + "'", WireNames.choices(SecurityAspect.class));
        continue;
      }
      SourceObject.asObject(e.getValue(), p).ifPresent(t -> {
        b.addAspects(aspect.get());
        b.putAspectLabels(aspect.get(), Texts.text(t, p));
      });
    }
    if (aspects.members().isEmpty()) {
      p.add("empty", aspects.location(), "no aspects", "at least one rated aspect");
    }
    for (SourceObject level : o.objects("levels", p)) {
      step(level, p).ifPresent(b::addLevels);
    }
    if (o.has("levels") && o.objects("levels", new Problems()).isEmpty()) {
      p.add("empty", o.location(), "no levels", "the steps of the scale");
    }
    return checked(b, o, p);
  }

  private static @Nullable ClassificationProfile checked(ClassificationProfile.Builder b, SourceObject o, Problems p) {
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      p.add("inconsistent", o.location(), String.valueOf(e.getMessage()), "steps that together cover the levels 0–4 once each");
      return null;
    }
  }

  private static Optional<ProfileLevel> step(SourceObject o, Problems p) {
    o.allowOnly(p, "code", "level", "covers", "label", "description");
    String code = Texts.nonBlank(o, "code", p);
    Optional<ConsequenceLevel> level = level(o, "level", p);
    if (!o.has("level")) {
      p.add("missing-property", o.location(), "missing required property 'level'", "an ordinal 0–4");
    }
    Set<ConsequenceLevel> covers = EnumSet.noneOf(ConsequenceLevel.class);
    for (Long ordinal : o.list("covers", p, n -> SourceObject.asLong(n, 0, 4, p))) {
      covers.add(ConsequenceLevel.ofOrdinal(ordinal.intValue()));
    }
    LocalizedText label = Texts.requireText(o, "label", p);
    LocalizedText description = Texts.requireText(o, "description", p);
    if (level.isEmpty()) {
      return Optional.empty();
    }
    if (covers.isEmpty()) {
      covers.add(level.get());
    }
    if (!covers.contains(level.get())) {
      p.add("inconsistent", o.keyLocation("covers"), "step '" + code + "' does not cover its own level", "covers to include " + level.get().ordinalLevel());
      return Optional.empty();
    }
    return Optional.of(ProfileLevel.builder().code(code).label(label).description(description).level(level.get()).covers(covers).build());
  }

  static Optional<ConsequenceLevel> level(SourceObject o, String name, Problems p) {
    return o.optionalLong(name, 0, 4, p).map(l -> ConsequenceLevel.ofOrdinal(l.intValue()));
  }
}
