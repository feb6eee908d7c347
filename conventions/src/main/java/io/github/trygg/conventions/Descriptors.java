package io.github.trygg.conventions;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The module descriptor compiled next to a class, read the same on the class path and the module path. */
final class Descriptors {
  private Descriptors() {}

  static ModuleDescriptor of(Class<?> anchor) {
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
