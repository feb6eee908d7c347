package io.github.trygg.dsr.consent;

import org.apiguardian.api.API;

/** Who gave a consent: the subject, or one guardian (each guardian's consent is its own record). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface ConsentGiver {
  /** {@return the data subject as the giver} */
  static ConsentGiver subject() {
    return Subject.INSTANCE;
  }

  /**
   * One guardian as the giver.
   *
   * @param guardianRef an opaque reference to the guardian, never a name or identity number
   * @return the giver
   */
  static ConsentGiver guardian(String guardianRef) {
    return new Guardian(guardianRef);
  }

  /** The data subject. */
  record Subject() implements ConsentGiver {
    static final Subject INSTANCE = new Subject();
  }

  /**
   * A guardian, by opaque reference.
   *
   * @param guardianRef an opaque reference to the guardian
   */
  record Guardian(String guardianRef) implements ConsentGiver {}
}
