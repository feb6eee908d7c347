package io.github.trygg.dsr.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.trygg.dsr.store.DsrStore;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contract fails a store that breaks it: each {@link InMemoryStore.Fault} is run through the
 * whole contract on the JUnit Platform, and the tests that must catch it fail.
 */
class ContractCatchesFaultsTest {
  /** Not a test of its own (a static nested class): run only through the launcher below. */
  static class Faulty extends DsrStoreContract {
    static volatile InMemoryStore.Fault fault = InMemoryStore.Fault.NONE;
    private InMemoryStore.Data data = new InMemoryStore.Data();

    @Override
    protected DsrStore open() {
      data = new InMemoryStore.Data();
      return new InMemoryStore(data, fault);
    }

    @Override
    protected DsrStore reopen(DsrStore old) {
      old.close();
      return new InMemoryStore(data, fault);
    }
  }

  @ParameterizedTest
  @EnumSource(InMemoryStore.Fault.class)
  void eachFaultFailsTheTestsThatGuardAgainstIt(InMemoryStore.Fault fault) {
    Faulty.fault = fault;
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Faulty.class)).build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    Set<String> failed = new TreeSet<>();
    summary.getFailures().forEach(f -> failed.add(f.getTestIdentifier().getDisplayName().replace("()", "")));
    assertTrue(summary.getTestsFoundCount() >= 12, "the whole contract ran: " + summary.getTestsFoundCount());
    switch (fault) {
      case NONE -> assertEquals(Set.of(), failed);
      case NO_VERSION_CHECK -> assertTrue(failed.containsAll(Set.of("creatingTwiceIsStale", "aStaleWriteFailsAndNothingOfItsChangeIsApplied",
          "onlyOneOfTwoWritersAdvancesATask")), failed.toString());
      case NOT_ATOMIC -> assertEquals(Set.of("aStaleWriteFailsAndNothingOfItsChangeIsApplied"), failed);
      case UNSORTED -> assertTrue(failed.contains("listsAreOrderedById"), failed.toString());
      case AUDIT_GAP -> assertTrue(failed.containsAll(Set.of("auditEntriesAreChainedPagedAndVerifiable", "concurrentWritersGetOneGaplessChain")),
          failed.toString());
    }
  }
}
