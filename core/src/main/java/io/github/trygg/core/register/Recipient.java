package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * Someone outside the controller to whom a processing discloses personal data. A public authority
 * that receives data in a particular inquiry under law (a supervisory authority, a court hearing an
 * appeal) is not a recipient in the sense of GDPR Art. 4(9): it is recorded, but gets no Art. 19
 * notices and is listed apart in the record of processing.
 *
 * @param name the recipient as the register names it
 * @param kind a recipient in the sense of Art. 4(9), or an authority receiving data in an inquiry under law
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Recipient(String name, Kind kind) {
  /** Whether the receiver is a recipient under Art. 4(9). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind implements Labelled {
    /** A recipient (Art. 4(9)): a region receiving a hand-over report, say. */
    RECIPIENT(new LocalizedText("mottagare", "mottaker", "recipient")),
    /** A public authority receiving data in a particular inquiry; not a recipient (Art. 4(9), second sentence). */
    AUTHORITY_INQUIRY(new LocalizedText("myndighet i ett enskilt ärende (inte mottagare enligt art. 4.9)",
        "myndighet i en enkeltsak (ikke mottaker etter art. 4 nr. 9)", "authority in a particular inquiry (not a recipient under Art. 4(9))"));

    private final LocalizedText label;

    Kind(LocalizedText label) {
      this.label = label;
    }

    @Override
    public LocalizedText label() {
      return label;
    }

    public String label(Language language) {
      return label.in(language);
    }
  }

  /**
   * A recipient of this name, of the general kind (Art. 4(9)).
   *
   * @param name the recipient as the register names it
   * @return the recipient
   */
  public static Recipient of(String name) {
    return new Recipient(name, Kind.RECIPIENT);
  }

  /**
   * {@return a recipient in the sense of Art. 4(9), who is told of rectification, erasure and
   * restriction (Art. 19)}
   */
  public boolean isRecipient() {
    return kind == Kind.RECIPIENT;
  }

  @Override
  public String toString() {
    return name;
  }
}
