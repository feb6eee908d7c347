package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** How a data-subject-rights task reaches the people or system that carry it out. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DsrChannel {
  /** A programmatic interface of the system. */
  API,
  /** A call to the vendor's webhook. */
  WEBHOOK,
  /** An e-mail to a named mailbox. */
  EMAIL,
  /** A person does it by hand and confirms. */
  MANUAL,
  /** A ticket in the vendor's or the organisation's service desk. */
  TICKET
}
