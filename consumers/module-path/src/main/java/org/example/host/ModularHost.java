package org.example.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/** Runs the everyday jobs on the module path; any failure ends the JVM with a stack trace and exit code 1. */
public final class ModularHost {
  private ModularHost() {}

  public static void main(String[] args) throws IOException {
    Path work = Files.createDirectories(Path.of(args[0]));
    EverydayJobs.Summary s = EverydayJobs.runAll(Path.of(System.getProperty("samples")), Path.of(System.getProperty("policy")), work);
    Module trygg = io.github.trygg.core.register.Register.class.getModule();
    EverydayJobs.check(trygg.isNamed() && ModularHost.class.getModule().isNamed(), "not on the module path");
    // The host's own Jackson 3 module sits beside Trygg's relocated copy: no split package, no clash.
    Module jackson = JsonMapper.class.getModule();
    EverydayJobs.check(jackson.isNamed() && jackson.getDescriptor().rawVersion().orElse("").equals("3.1.4"), "not the host's Jackson: " + jackson.getDescriptor());
    String json = JsonMapper.builder().build().writeValueAsString(s);
    EverydayJobs.check(json.contains("\"records\":3"), json);
    System.out.println("module path, " + trygg.getDescriptor().toNameAndVersion() + " beside " + jackson.getDescriptor().toNameAndVersion() + ": " + json);
  }
}
