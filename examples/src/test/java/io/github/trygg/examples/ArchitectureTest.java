package io.github.trygg.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.trygg.core.TryggException;
import io.github.trygg.crypto.CryptoException;
import io.github.trygg.dsr.DsrException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that cross modules, checked on the compiled classes of core, crypto and dsr together.
 * Each module checks its own conventions and API snapshot in its own build (trygg-conventions).
 */
class ArchitectureTest {
  static final String ROOT = "io.github.trygg";
  static JavaClasses published;
  static Map<String, ModuleDescriptor> descriptors;

  @BeforeAll
  static void importClasses() {
    published =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // The published core jar carries Jackson relocated here; it is not Trygg's code.
            .withImportOption(location -> !location.contains("/io/github/trygg/core/internal/shaded/"))
            .importPackages(ROOT + ".core", ROOT + ".crypto", ROOT + ".dsr");
    descriptors = new HashMap<>();
    for (Class<?> anchor : List.of(TryggException.class, CryptoException.class, DsrException.class)) {
      ModuleDescriptor d = descriptorOf(anchor);
      descriptors.put(d.name(), d);
    }
  }

  @Test
  void importedEnoughToMeanSomething() {
    assertTrue(published.size() > 20, "only " + published.size() + " classes imported");
    assertTrue(descriptors.keySet().containsAll(Set.of(ROOT + ".core", ROOT + ".crypto", ROOT + ".dsr")));
  }

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(published);
  }

  @Test
  void packagesOfAnotherModuleAreUsedOnlyWhenItsDescriptorExportsThemToTheUser() {
    classes().should(useOnlyPackagesExportedToThem()).check(published);
  }

  @Test
  void coreDependsOnNoCryptoLibrary() {
    noClasses()
        .that().resideInAPackage(ROOT + ".core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..", "javax.crypto..", "com.google.crypto..")
        .because("core is the pure domain; cryptography lives in crypto")
        .check(published);
  }

  @Test
  void onlyBouncyCastleInCrypto() {
    noClasses()
        .that().resideOutsideOfPackage(ROOT + ".crypto..")
        .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
        .check(published);
  }

  @Test
  void onlyInternalJsonPackagesUseJackson() {
    noClasses()
        .that().resideOutsideOfPackage("..internal.json..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..", ROOT + ".core.internal.shaded..")
        .because("the mapper is an implementation detail kept in internal.json packages")
        .check(published);
  }

  // ---- conditions --------------------------------------------------------------------------

  /** The JPMS rule, restated from the module descriptors so it also holds on the class path. */
  private static ArchCondition<JavaClass> useOnlyPackagesExportedToThem() {
    return new ArchCondition<>("use another module's packages only where its descriptor exports them to the user") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        Optional<String> from = moduleOf(item.getPackageName());
        if (from.isEmpty()) {
          return;
        }
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          String targetPackage = dependency.getTargetClass().getPackageName();
          Optional<String> to = moduleOf(targetPackage);
          if (to.isEmpty() || to.get().equals(from.get())) {
            continue;
          }
          boolean exported =
              descriptors.get(to.get()).exports().stream()
                  .anyMatch(e -> e.source().equals(targetPackage) && (!e.isQualified() || e.targets().contains(from.get())));
          if (!exported) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + " — package not exported to " + from.get()));
          }
        }
      }
    };
  }

  static Optional<String> moduleOf(String packageName) {
    return descriptors.values().stream()
        .filter(d -> d.packages().contains(packageName))
        .map(ModuleDescriptor::name)
        .findFirst();
  }

  private static ModuleDescriptor descriptorOf(Class<?> anchor) {
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(location).findAll().stream()
          .map(ModuleReference::descriptor)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no module descriptor at " + location));
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

}
