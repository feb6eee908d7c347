package io.github.trygg.core.propagation;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What raises a review item: a compilation a person should judge (R5), or an override to confirm (R6). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ReviewTrigger implements Labelled {
  /** Personal data in one system from the configured volume (WP248 "large scale"). */
  LARGE_VOLUME,
  /** Personal data collected for different purposes brought together in one system. */
  JOINED_PURPOSES,
  /** Location data together with health or care data from another asset. */
  LOCATION_WITH_HEALTH,
  /** Many systems at substantial availability or higher on one platform (BSI Kumulationseffekt). */
  PLATFORM_AVAILABILITY,
  /** An override that lowers nothing: without it the level would be the same or lower. */
  OVERRIDE_NOT_LOWER;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case LARGE_VOLUME -> new LocalizedText("stor omfattning", "stort omfang", "large volume");
      case JOINED_PURPOSES -> new LocalizedText("uppgifter för olika ändamål samlas", "opplysninger for ulike formål samles", "purposes joined");
      case LOCATION_WITH_HEALTH -> new LocalizedText("platsuppgifter tillsammans med hälsouppgifter", "stedsopplysninger sammen med helseopplysninger", "location with health data");
      case PLATFORM_AVAILABILITY -> new LocalizedText("många tillgänglighetskrav på en plattform", "mange tilgjengelighetskrav på én plattform", "platform availability");
      case OVERRIDE_NOT_LOWER -> new LocalizedText("undantag som inte sänker något", "unntak som ikke senker noe", "override that lowers nothing");
    };
  }
}
