package io.github.trygg.core.internal.message;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One {@code when} of the table, compiled: a bit set per enumerated input and a range per ordered
 * one. All must hold. {@link #ANY} in a set means the input is not constrained.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Condition(
    long jurisdictions,
    long sectors,
    long recipients,
    long routes,
    long purposes,
    int contentMin,
    int contentMax,
    int transportMin,
    int transportMax,
    int assuranceMin,
    int assuranceMax,
    Tri consent,
    long consentBases,
    long containsAny,
    long controlsAll,
    Tri optedOut) {

  public static final long ANY = -1L;
  public static final int OPEN_MAX = 63;

  /** A yes/no input that may also be left open. */
  public enum Tri {
    ANY,
    YES,
    NO
  }

  public static final Condition ALWAYS =
      new Condition(ANY, ANY, ANY, ANY, ANY, 0, OPEN_MAX, 0, OPEN_MAX, 0, OPEN_MAX, Tri.ANY, ANY, ANY, 0, Tri.ANY);

  public boolean test(Inputs in) {
    if ((jurisdictions >>> in.jurisdiction() & 1L) == 0
        || (sectors >>> in.sector() & 1L) == 0
        || (recipients >>> in.recipient() & 1L) == 0
        || (routes >>> in.route() & 1L) == 0
        || (purposes >>> in.purpose() & 1L) == 0) {
      return false;
    }
    if (in.content() < contentMin || in.content() > contentMax
        || in.transport() < transportMin || in.transport() > transportMax
        || in.assurance() < assuranceMin || in.assurance() > assuranceMax) {
      return false;
    }
    if (consent != Tri.ANY) {
      boolean present = in.consentBasis() >= 0 && (consentBases >>> in.consentBasis() & 1L) != 0;
      if (present != (consent == Tri.YES)) {
        return false;
      }
    }
    if (containsAny != ANY && (in.hitKinds() & containsAny) == 0) {
      return false;
    }
    if ((in.controls() & controlsAll) != controlsAll) {
      return false;
    }
    return optedOut == Tri.ANY || in.optedOut() == (optedOut == Tri.YES);
  }

  /** Whether the condition looks at consent at all. */
  public boolean mentionsConsent() {
    return consent != Tri.ANY;
  }

  /** The names of the inputs this condition constrains, in table order. */
  public List<String> constrainedInputs() {
    List<String> out = new ArrayList<>();
    if (jurisdictions != ANY) out.add(Field.JURISDICTION.wire);
    if (sectors != ANY) out.add(Field.SECTOR.wire);
    if (recipients != ANY) out.add(Field.RECIPIENT.wire);
    if (routes != ANY) out.add(Field.CHANNEL.wire);
    if (contentMin != 0 || contentMax != OPEN_MAX) out.add(Field.CONTENT.wire);
    if (purposes != ANY) out.add(Field.PURPOSE.wire);
    if (consent != Tri.ANY) out.add(Field.CONSENT.wire);
    if (transportMin != 0 || transportMax != OPEN_MAX) out.add(Field.TRANSPORT.wire);
    if (assuranceMin != 0 || assuranceMax != OPEN_MAX) out.add(Field.ASSURANCE.wire);
    if (containsAny != ANY) out.add(Field.CONTAINS.wire);
    if (controlsAll != 0) out.add(Field.CONTROLS.wire);
    if (optedOut != Tri.ANY) out.add(Field.OPTED_OUT.wire);
    return out;
  }

  /** The members of a {@code when} object, as written in the table. */
  public enum Field {
    JURISDICTION("jurisdiction"),
    SECTOR("sector"),
    RECIPIENT("recipient"),
    CHANNEL("channel"),
    CONTENT("content"),
    PURPOSE("purpose"),
    CONSENT("consent"),
    TRANSPORT("transport"),
    ASSURANCE("recipient-assurance"),
    CONTAINS("contains"),
    CONTROLS("controls"),
    OPTED_OUT("opted-out");

    public final String wire;

    Field(String wire) {
      this.wire = wire;
    }
  }
}
