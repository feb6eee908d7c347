package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Properties of a system that matter for DPIA screening and aggregation review. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SystemFeature implements Labelled {
  /** Determines where a person is (GPS alarm, indoor positioning). */
  POSITIONING,
  /** Captures images or video of people (night camera supervision). */
  CAMERA,
  /** Captures sound from where people are. */
  AUDIO,
  /** Senses a person's activity or state (fall detection, bed or door sensors). */
  SENSORS,
  /** Takes decisions with legal or similarly significant effect without a person (GDPR Art. 22). */
  AUTOMATED_DECISION,
  /** Evaluates or predicts personal aspects (GDPR Art. 4(4)). */
  PROFILING,
  /** Uses trained models, with the data-bias and fairness questions that brings. */
  MACHINE_LEARNING,
  /** Technology new to the organisation or used in a new way (WP248 criterion 8). */
  NEW_TECHNOLOGY,
  /** Combines data from several sources for analysis or statistics. */
  DATA_WAREHOUSE,
  /** Used directly by residents over the internet. */
  PUBLIC_E_SERVICE,
  /** Sends messages to residents, patients or clients. */
  MESSAGING;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case POSITIONING -> new LocalizedText("positionering", "posisjonering", "positioning");
      case CAMERA -> new LocalizedText("kamera", "kamera", "camera");
      case AUDIO -> new LocalizedText("ljudupptagning", "lydopptak", "audio");
      case SENSORS -> new LocalizedText("sensorer", "sensorer", "sensors");
      case AUTOMATED_DECISION -> new LocalizedText("automatiserade beslut", "automatiserte avgjørelser", "automated decisions");
      case PROFILING -> new LocalizedText("profilering", "profilering", "profiling");
      case MACHINE_LEARNING -> new LocalizedText("maskininlärning", "maskinlæring", "machine learning");
      case NEW_TECHNOLOGY -> new LocalizedText("ny teknik", "ny teknologi", "new technology");
      case DATA_WAREHOUSE -> new LocalizedText("datalager för analys", "datavarehus for analyse", "data warehouse");
      case PUBLIC_E_SERVICE -> new LocalizedText("e-tjänst för invånare", "digital tjeneste for innbyggere", "public e-service");
      case MESSAGING -> new LocalizedText("utskick till invånare, patienter eller klienter", "utsendelser til innbyggere, pasienter eller brukere", "messages to residents, patients or clients");
    };
  }
}
