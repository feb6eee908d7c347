package io.github.trygg.dsr.audit;

import org.apiguardian.api.API;

/**
 * Turns a subject identifier into the stable reference the audit log and duplicate detection use.
 * The host supplies it — typically backed by its key management — so that nobody holding the log
 * alone can tell who a request was about. It must be keyed: an unkeyed hash of an identity number
 * is reversed by trying every number. {@link HmacPseudonymiser} is the default.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface SubjectPseudonymiser {
  /**
   * @param identifierType the register's identifier type, such as {@code se-personnummer}
   * @param canonicalValue the value in one canonical form, so equal identifiers give equal results
   */
  String pseudonym(String identifierType, String canonicalValue);
}
