package io.github.trygg.core.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.IntegrationAuthentication;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A system's context from the register: levels from its assets, conditions from its surroundings. */
class SystemRequirementsTest {
  static AssetClassification classified(int c, int i, int a, int t) {
    AssetClassification.Builder b = AssetClassification.builder().profileId("klassa-se").profileVersion("1");
    int[] levels = {c, i, a, t};
    for (SecurityAspect aspect : SecurityAspect.values()) {
      b.putRatings(aspect, AspectRating.builder().aspect(aspect).level(ConsequenceLevel.ofOrdinal(levels[aspect.ordinal()])).justification("test").build());
    }
    return b.build();
  }

  static Register register(boolean exposed, String location, String vendorCountry) {
    return Register.builder()
        .addAssets(InformationAsset.builder().id("alarms").name("Alarms").personalData(true).specialCategory(true).classification(classified(3, 3, 4, 3)).build())
        .addAssets(InformationAsset.builder().id("contacts").name("Contacts").personalData(true).classification(classified(2, 3, 2, 2)).build())
        .addSystems(InformationSystem.builder().id("centre").name("Alarm centre").vendor("v").internetExposed(exposed).addDataLocations(location)
            .assessed(Levels.of(1, 1, 4, 1)).addAssetsStored("alarms").addAssetsProcessed("contacts").build())
        .addSystems(InformationSystem.builder().id("other").name("Other").build())
        .addVendors(Vendor.builder().id("v").name("Vendor").country(vendorCountry).role(VendorRole.PROCESSOR).build())
        .addIntegrations(Integration.builder().id("f").name("Alarm feed").source("other").target("centre").transport(TransportProtection.TLS)
            .authentication(IntegrationAuthentication.MUTUAL_TLS).crossesOpenNetwork(true).build())
        .build();
  }

  @Test
  void levelsAreTheHighestOfOwnAssessmentAndAssetsWithEveryDecisiveSourceNamed() {
    RequirementContext ctx = RequirementContext.forSystem(register(true, "SE", "SE"), "centre");
    assertEquals(Levels.of(3, 3, 4, 3), ctx.levels());
    assertEquals(2, ctx.levelReasons(SecurityAspect.AVAILABILITY).size(), "own assessment and the alarms asset both say 4");
    assertEquals(2, ctx.levelReasons(SecurityAspect.INTEGRITY).size(), "both assets say 3");
    assertTrue(ctx.levelReasons(SecurityAspect.CONFIDENTIALITY).get(0).sv().contains("Alarms"));
    assertEquals(EnumSet.of(RequirementCondition.PERSONAL_DATA, RequirementCondition.SPECIAL_CATEGORY, RequirementCondition.INTERNET_EXPOSED,
        RequirementCondition.OPEN_NETWORK, RequirementCondition.PROCESSOR), ctx.conditions().keySet());
  }

  @Test
  void anOpenNetworkFlowAloneMakesTheConditionAndAThirdCountryIsNamed() {
    RequirementContext ctx = RequirementContext.forSystem(register(false, "US", "SE"), "centre");
    assertFalse(ctx.conditions().containsKey(RequirementCondition.INTERNET_EXPOSED));
    assertTrue(ctx.conditions().get(RequirementCondition.OPEN_NETWORK).en().contains("Alarm feed"));
    assertTrue(ctx.conditions().get(RequirementCondition.THIRD_COUNTRY).en().contains("US"));
    RequirementList list = RequirementCatalogues.bundled().requirementsFor(ctx);
    assertTrue(list.item("su-04").isPresent(), "transfer tool required");
    assertTrue(list.item("so-06").isEmpty(), "not internet-exposed");
  }

  @Test
  void aSystemWithoutDataOrVendorGetsOnlyWhatItsOwnLevelsCall() {
    RequirementContext ctx = RequirementContext.forSystem(register(false, "SE", "SE"), "other");
    assertEquals(Levels.none(), ctx.levels());
    assertEquals(EnumSet.of(RequirementCondition.OPEN_NETWORK), ctx.conditions().keySet());
    assertTrue(RequirementCatalogues.bundled().requirementsFor(ctx).items().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> RequirementContext.forSystem(register(false, "SE", "SE"), "nope"));
  }
}
