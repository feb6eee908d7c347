package io.github.trygg.core.signoff;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.register.EntryKind;
import java.util.Set;
import org.apiguardian.api.API;

/** What a sign-off approves, and which kinds of register entry it can be about. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SignOffKind implements Labelled {
  /** The information owner approves an asset's classification (its profile and levels). */
  CLASSIFICATION(new LocalizedText("informationsägarens godkännande av klassning", "informasjonseierens godkjenning av klassifisering",
      "information owner's approval of a classification"), Set.of(EntryKind.ASSET)),
  /** The committee (nämnd) decides on a processing activity as its controller. */
  ACTIVITY_DECISION(new LocalizedText("nämndens beslut om behandling", "vedtak om behandling", "committee's decision on a processing activity"),
      Set.of(EntryKind.ACTIVITY)),
  /** The committee decides on a DPIA (today screened per system). */
  DPIA_DECISION(new LocalizedText("beslut om konsekvensbedömning", "vedtak om personvernkonsekvensvurdering", "decision on a DPIA"),
      Set.of(EntryKind.SYSTEM, EntryKind.ACTIVITY)),
  /** The data protection officer's opinion on a processing activity or a DPIA (GDPR Art. 35(2), 39). */
  DPO_OPINION(new LocalizedText("dataskyddsombudets yttrande", "personvernombudets uttalelse", "data protection officer's opinion"),
      Set.of(EntryKind.SYSTEM, EntryKind.ACTIVITY));

  private final LocalizedText label;
  private final Set<EntryKind> subjects;

  SignOffKind(LocalizedText label, Set<EntryKind> subjects) {
    this.label = label;
    this.subjects = subjects;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }

  /** {@return the kinds of register entry this kind of sign-off can be about} */
  public Set<EntryKind> subjects() {
    return subjects;
  }
}
