package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * Whether the records of a processing are public records under archive law (arkivlagen,
 * arkivlova). What that does to an erasure request depends on the jurisdiction: in Sweden erasure
 * of public records not yet due for disposal is refused under GDPR Art. 17(3)(b), in Norway the
 * records are restricted (sperret) instead of erased.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ArchiveStatus implements Labelled {
  /** Not public records; erasure applies as GDPR says. */
  NOT_PUBLIC_RECORDS(new LocalizedText("inte allmänna handlingar som ska bevaras", "ikke arkivmateriale som skal bevares", "not public records")),
  /** Public records to be preserved. */
  PRESERVE(new LocalizedText("allmänna handlingar som bevaras", "arkivmateriale som skal bevares", "public records to be preserved")),
  /** Public records disposed of by a disposal rule (gallring, kassasjon); archive law applies until then. */
  DISPOSE_BY_RULE(new LocalizedText("allmänna handlingar som gallras enligt beslut", "arkivmateriale som kasseres etter regel", "public records disposed of by rule"));

  private final LocalizedText label;

  ArchiveStatus(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }
}
