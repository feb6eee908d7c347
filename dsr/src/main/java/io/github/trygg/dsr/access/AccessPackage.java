package io.github.trygg.dsr.access;

import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.TreeWriter;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * An access package: a tree of maps and lists in a fixed member order, written as JSON. The
 * format is {@value #FORMAT}; see {@link AccessPackages} for what it holds.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AccessPackage {
  /** The {@code format} member of every package. */
  public static final String FORMAT = "trygg-access-package/1";

  private final String requestId;
  private final Map<String, Object> tree;

  AccessPackage(String requestId, Map<String, Object> tree) {
    this.requestId = requestId;
    this.tree = tree;
  }

  /** {@return the request the package answers} */
  public String requestId() {
    return requestId;
  }

  /** {@return the package as a tree of {@code Map}, {@code List}, {@code String}, numbers and booleans} */
  public Map<String, Object> tree() {
    return tree;
  }

  /** {@return the package as JSON text, members in a fixed order} */
  public String toJson() {
    return TreeWriter.write(tree, Format.JSON);
  }

  @Override
  public String toString() {
    return "AccessPackage[" + requestId + "]";
  }
}
