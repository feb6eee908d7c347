package io.github.trygg.crypto.pseudonym;

import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where re-identification events go: the host's audit log. A {@link Reidentifier} hands out nothing
 * unless {@link #record} returned normally, so an audit sink that fails stops re-identification.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ReidentificationAudit {

  /**
   * Records one re-identification attempt, granted or denied, before anything is handed out; an exception stops the re-identification.
   *
   * @param event the event: who, why, which domain and key, and the outcome
   */
  void record(ReidentificationEvent event);

  /**
   * {@return events as INFO lines on the SLF4J logger {@code
   * io.github.trygg.crypto.pseudonym.reidentification}: the default, for hosts without an audit log
   * of their own}
   */
  static ReidentificationAudit logging() {
    Logger log = LoggerFactory.getLogger("io.github.trygg.crypto.pseudonym.reidentification");
    return event -> log.info(
        "re-identification {} at={} domain={} technique={} key={} pseudonym={} actor={} role={} purpose={} case={}",
        event.outcome(), event.at(), event.domain(), event.technique(), event.key(), event.pseudonym(),
        event.authorisation().actor(), event.authorisation().role(), event.authorisation().purpose(),
        event.authorisation().caseReference());
  }
}
