package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** Properties of a system that matter for DPIA screening and aggregation review. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SystemFeature {
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
  MESSAGING
}
