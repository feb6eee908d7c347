package io.github.trygg.crypto.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a test class's {@code main} in a separate JVM on the test class path: for heap limits the
 * test JVM cannot have, and for crashes a test must survive (the child halts; the test goes on).
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** What the child printed (stdout and stderr together) and how it ended. */
  public record Result(int exit, String output) {}

  public static Result run(Class<?> main, List<String> jvmOptions, List<String> args, long timeoutMinutes) throws IOException, InterruptedException {
    String classpath;
    try {
      classpath = Stream.of(
              Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
              System.getProperty("jdk.module.path", ""),
              System.getProperty("java.class.path", ""))
          .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
          .filter(p -> !p.isBlank())
          .distinct()
          .collect(Collectors.joining(File.pathSeparator));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath, main.getName()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    Thread reader = new Thread(() -> {
      try {
        output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        output.append("(output lost: ").append(e).append(')');
      }
    });
    reader.start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      reader.join();
      throw new AssertionError("the child JVM did not finish in " + timeoutMinutes + " minutes: " + output);
    }
    reader.join();
    return new Result(process.exitValue(), output.toString());
  }
}
