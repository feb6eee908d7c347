package io.github.trygg.examples;

import io.github.trygg.core.Language;
import io.github.trygg.core.TryggException;
import io.github.trygg.crypto.CryptoException;
import io.github.trygg.dsr.DsrException;
import java.util.List;

/**
 * A consumer that runs on the module path: it touches each published module through its exported
 * API only and prints the module each class came from.
 */
public final class ModulePathConsumer {
  private ModulePathConsumer() {}

  public static void main(String[] args) {
    List<Class<?>> used = List.of(Language.class, CryptoException.class, DsrException.class, TryggException.class);
    for (Class<?> type : used) {
      Module module = type.getModule();
      if (!module.isNamed()) {
        throw new IllegalStateException(type.getName() + " is not in a named module");
      }
      System.out.println(type.getSimpleName() + " from " + module.getName());
    }
    System.out.println("examples module: " + ModulePathConsumer.class.getModule().getName());
  }
}
