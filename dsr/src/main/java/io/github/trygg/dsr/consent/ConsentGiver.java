package io.github.trygg.dsr.consent;

import org.apiguardian.api.API;

/** Who gave a consent: the subject, or one guardian (each guardian's consent is its own record). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface ConsentGiver {
  static ConsentGiver subject() {
    return Subject.INSTANCE;
  }

  static ConsentGiver guardian(String guardianRef) {
    return new Guardian(guardianRef);
  }

  /** The data subject. */
  record Subject() implements ConsentGiver {
    static final Subject INSTANCE = new Subject();
  }

  /** A guardian, by opaque reference. */
  record Guardian(String guardianRef) implements ConsentGiver {}
}
