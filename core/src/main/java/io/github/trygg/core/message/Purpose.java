package io.github.trygg.core.message;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What the message is for. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Purpose implements Labelled {
  /** A summons or reminder to care, treatment or a meeting (kallelse, påminnelse, innkalling). */
  REMINDER_OR_SUMMONS,
  /** Anything else: test results, advice, decisions, case matters. */
  OTHER;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case REMINDER_OR_SUMMONS -> new LocalizedText("kallelse eller påminnelse", "innkalling eller påminnelse", "summons or reminder");
      case OTHER -> new LocalizedText("annat ändamål", "annet formål", "other purpose");
    };
  }
}
