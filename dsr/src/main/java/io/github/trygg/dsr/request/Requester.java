package io.github.trygg.dsr.request;

import org.apiguardian.api.API;

/**
 * Who makes the request: the data subject, a guardian for a child or a person under guardianship,
 * or a representative with a mandate. Others are referred to by an opaque reference (a pseudonym or
 * a case-party id), never by name or identity number.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Requester {

  /** {@return the data subject in person} */
  static Requester self() {
    return Self.INSTANCE;
  }

  /** The data subject in person. */
  record Self() implements Requester {
    static final Self INSTANCE = new Self();
  }

  /**
   * A guardian (vårdnadshavare, god man, förvaltare, verge, foreldre).
   *
   * @param guardianRef an opaque reference to the guardian (a pseudonym or a case-party id), never a name
   * @param evidence the evidence of the guardian's authority
   */
  record Guardian(String guardianRef, AuthorityEvidence evidence) implements Requester {}

  /**
   * Someone with a mandate, such as a lawyer or a relative with a power of attorney.
   *
   * @param representativeRef an opaque reference to the representative, never a name
   * @param evidence the evidence of the mandate
   */
  record Representative(String representativeRef, AuthorityEvidence evidence) implements Requester {}
}
