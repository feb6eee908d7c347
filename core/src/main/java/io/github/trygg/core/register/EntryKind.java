package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The kinds of entry a register holds, with the name of their section in a register file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EntryKind implements Labelled {
  /** An information asset. */
  ASSET("assets"),
  /** An information system. */
  SYSTEM("systems"),
  /** A vendor or processor. */
  VENDOR("vendors"),
  /** An integration between two systems. */
  INTEGRATION("integrations"),
  /** A dependency of one system on another. */
  DEPENDENCY("dependencies"),
  /** A processing activity. */
  ACTIVITY("activities"),
  /** An approved level override. */
  OVERRIDE("overrides");

  private final String section;

  EntryKind(String section) {
    this.section = section;
  }

  /** {@return the top-level property of a register file that lists entries of this kind} */
  public String section() {
    return section;
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case ASSET -> new LocalizedText("informationstillgång", "informasjonsressurs", "information asset");
      case SYSTEM -> new LocalizedText("system", "system", "system");
      case VENDOR -> new LocalizedText("leverantör", "leverandør", "vendor");
      case INTEGRATION -> new LocalizedText("integration", "integrasjon", "integration");
      case DEPENDENCY -> new LocalizedText("beroende", "avhengighet", "dependency");
      case ACTIVITY -> new LocalizedText("behandling", "behandling", "processing activity");
      case OVERRIDE -> new LocalizedText("undantag", "unntak", "override");
    };
  }
}
