package io.github.trygg.core.internal.json;

import io.github.trygg.core.Location;
import java.util.ArrayDeque;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A value read from a file, with where it was found. A node read from a file keeps only its line,
 * column and a link to its parent; its {@link Location} and JSON Pointer are built when asked for, so
 * reading costs memory in proportion to the document, however deep it nests or long its names.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public abstract sealed class SourceNode permits SourceObject, SourceArray, SourceScalar {
  /** Set for nodes assembled in code; null for nodes read from a file. */
  private final @Nullable Location fixed;
  private final String source;
  private final int line;
  private final int column;
  /** The member name in the parent object, or null for an array element or the root. */
  private final @Nullable String name;
  private final int index;
  /** Where the member name is written, for members of an object read from a file. */
  private int keyLine;
  private int keyColumn;
  /** Set once, by the parent read from the same file. */
  private @Nullable SourceNode parent;

  SourceNode(Location location) {
    this.fixed = location;
    this.source = location.source();
    this.line = location.line();
    this.column = location.column();
    this.name = null;
    this.index = -1;
  }

  SourceNode(String source, int line, int column, @Nullable String name, int index) {
    this.fixed = null;
    this.source = source;
    this.line = line;
    this.column = column;
    this.name = name;
    this.index = index;
  }

  /** Links a child read from the same file to this node; only the reader calls this. */
  final void adopt(SourceNode child) {
    if (child.fixed == null && child.parent == null) {
      child.parent = this;
    }
  }

  final void keyAt(int line, int column) {
    this.keyLine = line;
    this.keyColumn = column;
  }

  /** Where this member's name is written; its own location when that is not known. */
  final Location keyLocation() {
    return fixed != null || keyLine == 0 ? location() : new Location(source, keyLine, keyColumn, pointerOf());
  }

  /** Whether this node was read from a file: then its line, column and index are its own. */
  public final boolean fromFile() {
    return fixed == null;
  }

  /** The line this node starts on; 0 when not known. */
  public final int line() {
    return line;
  }

  /** The column this node starts at; 0 when not known. */
  public final int column() {
    return column;
  }

  /** This node's index in the array that holds it; -1 for a member of an object or the root. */
  public final int index() {
    return index;
  }

  public final Location location() {
    return fixed != null ? fixed : new Location(source, line, column, pointerOf());
  }

  /** The JSON Pointer (RFC 6901) of this node. */
  final String pointerOf() {
    if (fixed != null) {
      return fixed.pointer();
    }
    ArrayDeque<SourceNode> chain = new ArrayDeque<>();
    SourceNode root = this;
    for (SourceNode n = this; n != null && n.fixed == null; n = n.parent) {
      chain.push(n);
      root = n;
    }
    StringBuilder sb = new StringBuilder(root.parent != null ? root.parent.pointerOf() : "");
    for (SourceNode n : chain) {
      if (n.name != null) {
        sb.append('/').append(SourceObject.escape(n.name));
      } else if (n.index >= 0) {
        sb.append('/').append(n.index);
      }
    }
    return sb.toString();
  }

  /** What this node is, in words, for "expected an object but found …" messages. */
  public abstract String kind();
}
