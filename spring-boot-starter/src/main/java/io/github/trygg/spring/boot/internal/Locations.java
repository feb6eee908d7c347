package io.github.trygg.spring.boot.internal;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.spring.boot.TryggConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the data files the properties name: {@code classpath:…} and {@code file:…} through the
 * application's resource loader, anything else as a file-system path. The location as written is
 * the source name in every problem, and every failure names the property.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Locations {
  private final ResourceLoader loader;

  public Locations(ResourceLoader loader) {
    this.loader = loader;
  }

  /** Reads one of Trygg's data files: {@code reader} is the type's {@code read(String, InputStream, DataFormat)}. */
  public <T> T read(String property, String location, String expected, Reader<T> reader) {
    Resource resource = resolve(property, location, expected);
    DataFormat format = format(property, location, resource);
    try (InputStream in = resource.getInputStream()) {
      return reader.read(location, in, format);
    } catch (InvalidInputException e) {
      throw new TryggConfigurationException(property, location + " is not a valid " + expected + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw unreadable(property, location, e);
    }
  }

  /** The whole file as UTF-8 text (PEM certificates). */
  public String text(String property, String location, String expected) {
    Resource resource = resolve(property, location, expected);
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(property, location, e);
    }
  }

  /** Register files read together, validated, with every problem and its location. */
  public Register register(String property, List<String> locations) {
    List<InputStream> open = new ArrayList<>();
    try {
      List<RegisterReader.Source> sources = new ArrayList<>();
      for (String location : locations) {
        Resource resource = resolve(property, location, "register file");
        DataFormat format = format(property, location, resource);
        InputStream in = resource.getInputStream();
        open.add(in);
        sources.add(new RegisterReader.Source(location, in, format));
      }
      return RegisterReader.readSources(sources);
    } catch (InvalidInputException e) {
      throw new TryggConfigurationException(property, "the register files are not valid: " + e.getMessage(), e);
    } catch (IOException e) {
      throw unreadable(property, String.join(", ", locations), e);
    } finally {
      for (InputStream in : open) {
        try {
          in.close();
        } catch (IOException ignored) {
          // Read already; nothing was written.
        }
      }
    }
  }

  private Resource resolve(String property, String location, String expected) {
    if (location.isBlank()) {
      throw new TryggConfigurationException(property, "an empty location; expected the location of a " + expected);
    }
    Resource resource = location.startsWith("classpath:") || location.startsWith("file:")
        ? loader.getResource(location)
        : new FileSystemResource(Path.of(location));
    if (!resource.exists()) {
      throw new TryggConfigurationException(property, "nothing at " + location + "; expected a " + expected
          + " (classpath:…, file:… or a path)");
    }
    return resource;
  }

  private static DataFormat format(String property, String location, Resource resource) {
    String name = resource.getFilename() == null ? location : resource.getFilename();
    try {
      return DataFormat.ofFileName(name);
    } catch (InvalidInputException e) {
      throw new TryggConfigurationException(property, location + ": cannot tell the format from the name; expected .json, .yaml or .yml", e);
    }
  }

  private static TryggConfigurationException unreadable(String property, String location, IOException e) {
    return new TryggConfigurationException(property, "cannot read " + location + " (" + e.getClass().getSimpleName() + ")", e);
  }

  /** A Trygg type's stream reader. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(String source, InputStream in, DataFormat format);
  }
}
