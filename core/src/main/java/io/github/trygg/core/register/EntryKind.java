package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** The kinds of entry a register holds, with the name of their section in a register file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EntryKind {
  ASSET("assets"),
  SYSTEM("systems"),
  VENDOR("vendors"),
  INTEGRATION("integrations"),
  DEPENDENCY("dependencies"),
  ACTIVITY("activities"),
  OVERRIDE("overrides");

  private final String section;

  EntryKind(String section) {
    this.section = section;
  }

  /** The top-level property of a register file that lists entries of this kind. */
  public String section() {
    return section;
  }
}
