package io.github.trygg.core.message;

import org.apiguardian.api.API;

/** What the message is for. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Purpose {
  /** A summons or reminder to care, treatment or a meeting (kallelse, påminnelse, innkalling). */
  REMINDER_OR_SUMMONS,
  /** Anything else: test results, advice, decisions, case matters. */
  OTHER
}
