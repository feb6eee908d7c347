package io.github.trygg.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The per-system lookup of integrations gives what a scan over every integration gives, in register order. */
class IntegrationsOfTest {
  private static List<Integration> scan(Register r, Set<String> systems) {
    return r.integrations().stream().filter(i -> systems.contains(i.source()) || systems.contains(i.target())).toList();
  }

  @Test
  void theSampleRegistersFlowsPerSystemAreTheScansFlows() {
    Register r = SampleRegisters.exempelkommun();
    for (InformationSystem s : r.systems()) {
      assertEquals(scan(r, Set.of(s.id())), r.integrationsOf(s.id()), s.id());
    }
    assertEquals(List.of(), r.integrationsOf("no-such-system"));
  }

  @Test
  void generatedRegistersAgreeForSingleSystemsAndSets() {
    SplittableRandom rnd = new SplittableRandom(19);
    for (int round = 0; round < 40; round++) {
      int n = 1 + rnd.nextInt(30);
      Register.Builder b = Register.builder();
      List<String> ids = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        ids.add("s" + k);
        b.addSystems(InformationSystem.builder().id("s" + k).name("System " + k).build());
      }
      int flows = rnd.nextInt(4 * n + 1);
      for (int k = 0; k < flows; k++) {
        // Self-loops included: such a flow is listed once for its system.
        b.addIntegrations(Integration.builder().id("f" + k).source(ids.get(rnd.nextInt(n))).target(ids.get(rnd.nextInt(n)))
            .transport(TransportProtection.TLS).authentication(IntegrationAuthentication.MUTUAL_TLS).build());
      }
      Register r = b.build();
      for (String id : ids) {
        List<Integration> of = r.integrationsOf(id);
        assertEquals(scan(r, Set.of(id)), of, "round " + round + " " + id);
        assertEquals(new HashSet<>(of).size(), of.size(), "each once");
      }
      Set<String> some = new HashSet<>();
      ids.stream().filter(x -> rnd.nextBoolean()).forEach(some::add);
      assertEquals(scan(r, some), r.integrationsOf(some), "round " + round + " " + some);
    }
    assertFalse(SampleRegisters.exempelkommun().integrationsOf(Set.of("journal", "larmplattform")).isEmpty());
  }
}
