package io.github.trygg.conventions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code docs/api-conventions.md} and the project's layout, checked on one published
 * module's compiled classes. Each module has a test class that extends this one and names its root
 * package and a class of the module; the inherited tests then run in that module's build.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public abstract class ModuleConventionsTest {
  private static final String TRYGG_EXCEPTION = "io.github.trygg.core.TryggException";
  /** Names the conventions replaced by {@code bundled()}, {@code read} and {@code of}. */
  private static final Set<String> RETIRED_FACTORY_NAMES = Set.of("standard", "builtIn", "baseline", "load", "defaultRules");

  private final String root;
  private final JavaClasses classes;
  private final ModuleDescriptor descriptor;
  private final Path apiSnapshot;

  /**
   * @param root the module's root package, such as {@code io.github.trygg.core}
   * @param anchor any class of the module, to find its descriptor
   * @param apiSnapshot the committed API snapshot, relative to the module's directory
   */
  protected ModuleConventionsTest(String root, Class<?> anchor, String apiSnapshot) {
    this.root = root;
    this.classes = Imported.of(root);
    this.descriptor = Descriptors.of(anchor, classes);
    this.apiSnapshot = Path.of(apiSnapshot);
  }

  @Test
  void importedEnoughToMeanSomething() {
    assertTrue(classes.size() > 3, "only " + classes.size() + " classes imported under " + root);
  }

  @Test
  void noPackageCycles() {
    slices().matching(root + ".(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyPublicTopLevelTypeHasItsApiStatus() {
    classes().that().arePublic().and().areTopLevelClasses().should().beAnnotatedWith(API.class).check(classes);
  }

  @Test
  void internalPackagesAreExportedOnlyToSiblingModules() {
    List<String> open = descriptor.exports().stream()
        .filter(e -> e.source().contains(".internal") && !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toList());
    assertTrue(open.isEmpty(), "internal packages exported to everyone: " + open);
    List<String> foreign = descriptor.exports().stream()
        .filter(ModuleDescriptor.Exports::isQualified)
        .flatMap(e -> e.targets().stream())
        .filter(t -> !t.startsWith("io.github.trygg."))
        .collect(Collectors.toList());
    assertTrue(foreign.isEmpty(), "packages exported to modules outside Trygg: " + foreign);
  }

  @Test
  void typesInInternalPackagesAreMarkedInternal() {
    classes().that().resideInAPackage(root + "..internal..").and().arePublic().and().areTopLevelClasses()
        .should(haveApiStatus(API.Status.INTERNAL))
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void typesInApiPackagesAreNotMarkedInternal() {
    classes().that().resideOutsideOfPackage(root + "..internal..").and().arePublic().and().areTopLevelClasses()
        .should(notHaveApiStatus(API.Status.INTERNAL))
        .check(classes);
  }

  @Test
  void everyPackageIsNullMarked() {
    classes().should(resideInANullMarkedPackage()).check(classes);
  }

  @Test
  void generatedImmutablesStayOutOfThePublicApi() {
    classes().that().haveSimpleNameStartingWith("Immutable").should().notBePublic()
        .allowEmptyShould(true)
        .because("the TryggStyle keeps generated implementations package-private")
        .check(classes);
  }

  @Test
  void librariesDoNotPrintOrUseJavaUtilLogging() {
    GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
  }

  @Test
  void exceptionsAreTyped() {
    GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(classes);
  }

  @Test
  void publicExceptionsDescendFromTryggException() {
    classes().that().resideOutsideOfPackage(root + "..internal..").and().arePublic().and().areAssignableTo(Throwable.class)
        .should().beAssignableTo(TRYGG_EXCEPTION)
        .allowEmptyShould(true)
        .because("one unchecked hierarchy per module, rooted in TryggException (docs/api-conventions.md §5)")
        .check(classes);
  }

  @Test
  void bundledDataIsReachedThroughBundled() {
    noMethods().that().arePublic().and().areStatic().and().areDeclaredInClassesThat().resideOutsideOfPackage(root + "..internal..")
        .should().haveNameMatching(String.join("|", RETIRED_FACTORY_NAMES))
        .allowEmptyShould(true)
        .because("bundled data is reached through bundled() and files through read (docs/api-conventions.md §1–2)")
        .check(classes);
  }

  @Test
  void streamReadersTakeADataFormatAndHaveAPathTwin() {
    methods().that().arePublic().and().areStatic().and().haveName("read")
        .and().areDeclaredInClassesThat().resideOutsideOfPackage(root + "..internal..")
        .should(readStreamsWithADataFormatAndFilesByPath())
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void engineAndServiceClassesHaveNoPublicConstructors() {
    classes().that().resideOutsideOfPackage(root + "..internal..").and().arePublic().and().areTopLevelClasses()
        .and().areNotRecords().and().areNotEnums().and().areNotInterfaces()
        .and().doNotHaveModifier(JavaModifier.ABSTRACT)
        .and(DescribedPredicate.not(isThrowable()))
        .should(haveNoPublicConstructor())
        .allowEmptyShould(true)
        .because("engines and services are made by bundled(), of(…) or builder() (docs/api-conventions.md §3)")
        .check(classes);
  }

  @Test
  void theApiMatchesItsCommittedSnapshot() {
    ApiSnapshot.of(classes, descriptor).check(apiSnapshot);
  }

  // ---- conditions --------------------------------------------------------------------------

  private static DescribedPredicate<JavaClass> isThrowable() {
    return DescribedPredicate.describe("throwable", c -> c.isAssignableTo(Throwable.class));
  }

  private static ArchCondition<JavaClass> haveApiStatus(API.Status status) {
    return new ArchCondition<>("be @API(status = " + status + ")") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        boolean ok = item.tryGetAnnotationOfType(API.class).map(a -> a.status() == status).orElse(false);
        if (!ok) {
          events.add(SimpleConditionEvent.violated(item, item.getName() + " is not @API(status = " + status + ")"));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> notHaveApiStatus(API.Status status) {
    return new ArchCondition<>("not be @API(status = " + status + ")") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        if (item.tryGetAnnotationOfType(API.class).map(a -> a.status() == status).orElse(false)) {
          events.add(SimpleConditionEvent.violated(item, item.getName() + " is in an API package but marked " + status));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> resideInANullMarkedPackage() {
    return new ArchCondition<>("reside in a package annotated with @NullMarked") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        if (!item.getPackage().isAnnotatedWith(NullMarked.class)) {
          events.add(SimpleConditionEvent.violated(item, "package " + item.getPackageName() + " is not @NullMarked"));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> haveNoPublicConstructor() {
    return new ArchCondition<>("have no public constructor") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaConstructor c : item.getConstructors()) {
          if (c.getModifiers().contains(JavaModifier.PUBLIC)) {
            events.add(SimpleConditionEvent.violated(c, c.getFullName() + " is public"));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaMethod> readStreamsWithADataFormatAndFilesByPath() {
    return new ArchCondition<>("read a stream as read(String, InputStream, DataFormat, …) and have a read(Path, …) twin") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        List<JavaClass> p = m.getRawParameterTypes();
        if (p.size() < 2 || !p.get(0).isEquivalentTo(String.class) || !p.get(1).isEquivalentTo(InputStream.class)) {
          return;
        }
        if (p.size() < 3 || !p.get(2).getName().equals("io.github.trygg.core.DataFormat")) {
          events.add(SimpleConditionEvent.violated(m, m.getFullName() + " reads a stream without a DataFormat"));
        }
        boolean twin = m.getOwner().getMethods().stream()
            .anyMatch(o -> o.getName().equals("read") && !o.getRawParameterTypes().isEmpty()
                && o.getRawParameterTypes().get(0).isEquivalentTo(Path.class));
        if (!twin) {
          events.add(SimpleConditionEvent.violated(m, m.getOwner().getName() + " reads streams but has no read(Path)"));
        }
      }
    };
  }

  /** One import per module and JVM; every test of the class reads the same classes. */
  private static final class Imported {
    private static final java.util.Map<String, JavaClasses> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    static JavaClasses of(String root) {
      return CACHE.computeIfAbsent(root, r -> new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages(r));
    }
  }
}
