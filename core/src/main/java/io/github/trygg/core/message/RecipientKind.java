package io.github.trygg.core.message;

import org.apiguardian.api.API;

/** Who receives the message. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RecipientKind {
  /** A person: a patient, client or relative. */
  INDIVIDUAL,
  /** Another organisation: an authority, a care provider, a business. */
  ORGANISATION
}
