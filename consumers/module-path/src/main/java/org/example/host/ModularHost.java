package org.example.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the everyday jobs on the module path; any failure ends the JVM with a stack trace and exit code 1. */
public final class ModularHost {
  private ModularHost() {}

  public static void main(String[] args) throws IOException {
    Path work = Files.createDirectories(Path.of(args[0]));
    EverydayJobs.Summary s = EverydayJobs.runAll(Path.of(System.getProperty("samples")), Path.of(System.getProperty("policy")), work);
    Module trygg = io.github.trygg.core.register.Register.class.getModule();
    EverydayJobs.check(trygg.isNamed() && ModularHost.class.getModule().isNamed(), "not on the module path");
    EverydayJobs.check(ModuleLayer.boot().findModule("tools.jackson.databind").isEmpty(), "a Jackson module was resolved");
    System.out.println("module path, " + trygg.getDescriptor().toNameAndVersion() + ": " + s);
  }
}
