package io.github.trygg.core.internal.json;

import io.github.trygg.core.Location;
import org.apiguardian.api.API;

/** A value read from a file, with where it was found. */
@API(status = API.Status.INTERNAL, since = "0.1")
public abstract sealed class SourceNode permits SourceObject, SourceArray, SourceScalar {
  private final Location location;

  SourceNode(Location location) {
    this.location = location;
  }

  public final Location location() {
    return location;
  }

  /** What this node is, in words, for "expected an object but found …" messages. */
  public abstract String kind();
}
