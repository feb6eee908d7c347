package io.github.trygg.dsr.request;

import org.apiguardian.api.API;

/** How the requester's identity was established. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum IdentityMethod {
  BANKID_SE,
  FREJA_EID,
  BANKID_NO,
  ID_PORTEN,
  /** Shown an identity document in person. */
  IN_PERSON,
  /** A code sent to a known address; low assurance. */
  EMAIL_CODE,
  /** A letter to the registered address. */
  POSTAL,
  OTHER
}
