package io.github.trygg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** {@code trygg --version}: the version the build wrote into {@code version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  /** The artifact version, such as {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the tool's jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"trygg " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
  }
}
