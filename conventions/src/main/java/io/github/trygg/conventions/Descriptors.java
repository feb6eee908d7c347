package io.github.trygg.conventions;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.lang.module.FindException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** The module descriptor compiled next to a class, read the same on the class path and the module path. */
final class Descriptors {
  private Descriptors() {}

  /**
   * The module's descriptor; for a module without one (an automatic module, such as a library whose
   * dependencies have no module names), a descriptor that exports its packages outside
   * {@code internal}, which is what its documentation promises.
   */
  static ModuleDescriptor of(Class<?> anchor, JavaClasses classes) {
    try {
      Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(location).findAll().stream()
          .map(ModuleReference::descriptor)
          .findFirst()
          .orElseGet(() -> automatic(anchor, classes));
    } catch (URISyntaxException | FindException e) {
      return automatic(anchor, classes);
    }
  }

  private static ModuleDescriptor automatic(Class<?> anchor, JavaClasses classes) {
    ModuleDescriptor.Builder b = ModuleDescriptor.newModule(anchor.getPackageName());
    Set<String> packages = new TreeSet<>();
    classes.forEach(c -> packages.add(c.getPackageName()));
    packages.stream().filter(p -> !p.contains(".internal")).forEach(b::exports);
    packages.stream().filter(p -> p.contains(".internal")).forEach(p -> b.packages(Set.of(p)));
    return b.build();
  }
}
