package io.github.trygg.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.Register;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rating that causes the same gap in many systems is one finding listing them, with its count. */
class FindingGroupTest {
  @Test
  void oneRatingThatExceedsEveryClearanceOfItsChainIsOneGroup() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("alarm", 2, 2, 4, 2).build())
        .addSystems(
            Tiny.system("device").addAssetsProcessed("alarm").clearedFor(Levels.of(3, 3, 3, 3)).build(),
            Tiny.system("platform").addAssetsStored("alarm").clearedFor(Levels.of(3, 3, 3, 3)).build(),
            Tiny.system("centre").addAssetsStored("alarm").clearedFor(Levels.of(3, 3, 3, 3)).build(),
            Tiny.system("other").assessed(Levels.of(0, 0, 4, 0)).clearedFor(Levels.of(3, 3, 3, 3)).build())
        .build();
    PropagationResult result = Propagation.bundled().run(r);
    long gaps = result.findings().stream().filter(f -> f.kind() == FindingKind.CLEARANCE_EXCEEDED).count();
    assertEquals(4, gaps, "four systems fall short of availability 4");
    List<FindingGroup> groups = result.findingGroups().stream().filter(g -> g.kind() == FindingKind.CLEARANCE_EXCEEDED).toList();
    assertEquals(2, groups.size(), "two causes: the alarm's rating and one system's own assessment");
    FindingGroup alarm = groups.get(0);
    assertEquals(3, alarm.count());
    assertEquals(new EntryRef(EntryKind.ASSET, "alarm"), alarm.rootCause());
    assertEquals(Severity.CRITICAL, alarm.severity());
    assertEquals(SecurityAspect.AVAILABILITY, alarm.aspect().orElseThrow());
    assertEquals(List.of("centre", "device", "platform"), alarm.subjects().stream().map(EntryRef::id).toList());
    String sv = alarm.message().in(Language.SWEDISH);
    assertTrue(sv.contains("3 system eller flöden med samma orsak: tillgänglighet nivå 4 från informationstillgången ”ALARM”"), sv);
    assertTrue(sv.contains("System device (godkänt för nivå 3)"), sv);
    FindingGroup own = groups.get(1);
    assertEquals(1, own.count());
    assertEquals(own.findings().get(0).message(), own.message(), "a group of one reads as its finding");
    int total = result.findingGroups().stream().mapToInt(FindingGroup::count).sum();
    assertEquals(result.findings().size(), total, "every finding is in exactly one group");
  }
}
