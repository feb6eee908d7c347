/**
 * Trygg data-subject rights: requests, tasks, deadlines, consent, breaches, audit and storage. Keys
 * come from {@code io.github.trygg.crypto}, which owns Trygg's one key model: the stores' sealed
 * identifiers, the audit log's subject pseudonyms and webhook signatures all use its key providers.
 */
module io.github.trygg.dsr {
  requires transitive io.github.trygg.core;
  requires transitive io.github.trygg.crypto;
  requires static transitive org.jspecify;
  requires static transitive org.apiguardian.api;
  requires static org.immutables.value.annotations;
  requires org.slf4j;
  requires transitive java.sql;
  requires transitive java.net.http; // WebhookConnector.Builder.httpClient takes a java.net.http.HttpClient

  exports io.github.trygg.dsr;
  exports io.github.trygg.dsr.access;
  exports io.github.trygg.dsr.audit;
  exports io.github.trygg.dsr.breach;
  exports io.github.trygg.dsr.cases;
  exports io.github.trygg.dsr.connector;
  exports io.github.trygg.dsr.consent;
  exports io.github.trygg.dsr.deadline;
  exports io.github.trygg.dsr.request;
  exports io.github.trygg.dsr.routing;
  exports io.github.trygg.dsr.store;
  exports io.github.trygg.dsr.stores;
}
