package io.github.trygg.core.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What shows that an item is done: a link, or a file reference with the SHA-256 fingerprint of the
 * file as it was when recorded, so a later change to the file is noticed.
 *
 * @param reference a URL or a path relative to the plan's folder
 * @param fingerprint {@code sha256:<hex>} for a file; empty for a link
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Evidence(String reference, Optional<String> fingerprint) {
  /**
   * Checks the reference.
   *
   * @param reference a URL or a path relative to the plan's folder
   * @param fingerprint {@code sha256:<hex>} for a file; empty for a link
   * @throws IllegalArgumentException if the reference is blank
   */
  public Evidence {
    if (reference.isBlank()) {
      throw new IllegalArgumentException("evidence needs a reference");
    }
  }

  /**
   * Evidence at a URL, without a fingerprint.
   *
   * @param url where the evidence is
   * @return the evidence
   */
  public static Evidence link(String url) {
    return new Evidence(url, Optional.empty());
  }

  /**
   * A file under {@code base}, fingerprinted as it is now.
   *
   * @param base the plan's folder
   * @param relative the file's path relative to it
   * @return the evidence, with the file's fingerprint
   */
  public static Evidence file(Path base, String relative) {
    return new Evidence(relative, Optional.of(fingerprintOf(base.resolve(relative))));
  }

  /**
   * Whether the file still has the recorded fingerprint: empty when it does (or for a link),
   * otherwise what is wrong — missing or changed.
   *
   * @param base the plan's folder
   * @return what is wrong with the file; empty when it still matches
   */
  public Optional<String> verify(Path base) {
    if (fingerprint.isEmpty()) {
      return Optional.empty();
    }
    Path file = base.resolve(reference);
    if (!Files.isRegularFile(file)) {
      return Optional.of("missing");
    }
    return fingerprintOf(file).equals(fingerprint.get()) ? Optional.empty() : Optional.of("changed");
  }

  static String fingerprintOf(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return "sha256:" + HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read evidence file " + file.getFileName(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
