package io.github.trygg.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The project's API conventions, on this module's classes. */
class ArchitectureTest {
  static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.trygg.spark");

  @Test
  void everyPublicTopLevelTypeHasItsApiStatus() {
    classes().that().arePublic().and().areTopLevelClasses().should().beAnnotatedWith(API.class).check(CLASSES);
  }

  @Test
  void everyPackageIsNullMarked() {
    classes().that().haveSimpleName("package-info").should().beAnnotatedWith(NullMarked.class).check(CLASSES);
  }

  @Test
  void noTryggInternalsOfOtherModulesAreUsed() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.trygg.core.internal..", "io.github.trygg.crypto.internal..")
        .because("trygg-spark uses crypto's public API only, so the module path would not refuse it").check(CLASSES);
  }

  @Test
  void nothingPrints() {
    noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(CLASSES);
  }
}
