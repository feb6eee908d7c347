package io.github.trygg.examples.analysis;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.examples.analysis.Analysis.SystemRequirements;
import io.github.trygg.examples.analysis.ChainView.Finding;
import io.github.trygg.examples.analysis.ChainView.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The chain from the maximum principle alone: no propagation along flows or dependencies. */
final class LocalChain {
  private LocalChain() {}

  static ChainView of(Register register, List<SystemRequirements> requirements) {
    Map<String, Levels> required = new LinkedHashMap<>();
    Map<String, List<LocalizedText>> reasons = new LinkedHashMap<>();
    for (SystemRequirements s : requirements) {
      required.put(s.system().id(), s.list().context().levels());
      List<LocalizedText> why = new ArrayList<>();
      for (SecurityAspect a : SecurityAspect.values()) {
        why.addAll(s.list().context().levelReasons(a));
      }
      reasons.put(s.system().id(), why.stream().distinct().toList());
    }
    for (InformationSystem platform : register.systems()) {
      List<InformationSystem> hosted = register.systems().stream().filter(x -> x.hostedOn().map(platform.id()::equals).orElse(false)).toList();
      if (hosted.isEmpty()) {
        continue;
      }
      Levels levels = required.getOrDefault(platform.id(), Levels.none());
      for (InformationSystem h : hosted) {
        levels = levels.max(required.getOrDefault(h.id(), Levels.none()));
      }
      required.put(platform.id(), levels);
      String names = String.join(", ", hosted.stream().map(InformationSystem::name).toList());
      reasons.computeIfAbsent(platform.id(), k -> new ArrayList<>());
      List<LocalizedText> why = new ArrayList<>(reasons.get(platform.id()));
      why.add(new LocalizedText("driftar " + names, "drifter " + names, "hosts " + names));
      reasons.put(platform.id(), why);
    }

    List<Finding> findings = new ArrayList<>();
    for (InformationSystem s : register.systems()) {
      Levels need = required.getOrDefault(s.id(), Levels.none());
      s.clearedFor().ifPresent(cleared -> {
        List<String> over = new ArrayList<>();
        int worst = 0;
        for (SecurityAspect a : SecurityAspect.values()) {
          if (need.get(a).compareTo(cleared.get(a)) > 0) {
            over.add(a.name().charAt(0) + "" + need.get(a).ordinalLevel() + " > " + cleared.get(a).ordinalLevel());
            worst = Math.max(worst, need.get(a).ordinalLevel() - cleared.get(a).ordinalLevel());
          }
        }
        if (!over.isEmpty()) {
          String list = String.join(", ", over);
          findings.add(new Finding(Subject.SYSTEM, s.id(), "clearance-exceeded", worst >= 2 ? "high" : "medium",
              new LocalizedText(s.name() + " är godkänt för lägre nivå än det måste klara: " + list,
                  s.name() + " er godkjent for lavere nivå enn det må tåle: " + list,
                  s.name() + " is cleared below what it must meet: " + list)));
        }
      });
    }
    for (Integration flow : register.integrations()) {
      Optional<InformationAsset> personal = flow.assetsSent().stream().map(register::asset).flatMap(Optional::stream)
          .filter(InformationAsset::personalData).findFirst();
      if (flow.crossesOpenNetwork() && flow.transport() == TransportProtection.NONE && personal.isPresent()) {
        String name = flow.name().orElse(flow.id());
        String asset = personal.get().name();
        ConsequenceLevel c = personal.get().levels().get(SecurityAspect.CONFIDENTIALITY);
        findings.add(new Finding(Subject.INTEGRATION, flow.id(), "unencrypted-open-network", c.ordinalLevel() >= 2 ? "high" : "medium",
            new LocalizedText("Flödet " + name + " skickar " + asset + " okrypterat över öppet nät",
                "Flyten " + name + " sender " + asset + " ukryptert over åpent nett",
                "Flow " + name + " sends " + asset + " unencrypted over an open network")));
      }
    }
    findings.sort(Comparator.comparingInt((Finding f) -> rank(f.severity())).thenComparing(Finding::id));
    return new ChainView(required, reasons, findings, List.of());
  }

  static int rank(String severity) {
    return switch (severity) {
      case "high" -> 0;
      case "medium" -> 1;
      default -> 2;
    };
  }
}
