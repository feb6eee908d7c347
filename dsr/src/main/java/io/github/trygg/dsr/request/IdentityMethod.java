package io.github.trygg.dsr.request;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How the requester's identity was established. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum IdentityMethod implements Labelled {
  /** Swedish BankID. */
  BANKID_SE,
  /** Freja eID (Sweden). */
  FREJA_EID,
  /** Norwegian BankID. */
  BANKID_NO,
  /** ID-porten, the Norwegian public log-in. */
  ID_PORTEN,
  /** Shown an identity document in person. */
  IN_PERSON,
  /** A code sent to a known address; low assurance. */
  EMAIL_CODE,
  /** A letter to the registered address. */
  POSTAL,
  /** Another method; the check's assurance level says how strong it was. */
  OTHER;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case BANKID_SE -> new LocalizedText("BankID (Sverige)", "BankID (Sverige)", "BankID (Sweden)");
      case FREJA_EID -> new LocalizedText("Freja eID", "Freja eID", "Freja eID");
      case BANKID_NO -> new LocalizedText("BankID (Norge)", "BankID (Norge)", "BankID (Norway)");
      case ID_PORTEN -> new LocalizedText("ID-porten", "ID-porten", "ID-porten");
      case IN_PERSON -> new LocalizedText("legitimation vid personligt besök", "legitimasjon ved personlig oppmøte", "identity document shown in person");
      case EMAIL_CODE -> new LocalizedText("kod via e-post", "kode på e-post", "code by e-mail");
      case POSTAL -> new LocalizedText("brev till folkbokföringsadressen", "brev til folkeregistrert adresse", "letter to the registered address");
      case OTHER -> new LocalizedText("annat sätt", "annen måte", "other method");
    };
  }
}
