package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * What the receiving side uses the data for. Confidentiality and traceability follow every copy of
 * the data whatever its use; integrity and availability reach a receiver only when its use depends
 * on the data (BSI 200-2, Abhängigkeiten): a copy kept for follow-up, statistics, archive or backup
 * does not take on the operational availability of the data it copies.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DataUse implements Labelled {
  /** The receiver's work depends on the data: it must be correct and there when needed. */
  OPERATIONAL(new LocalizedText("verksamheten är beroende av uppgifterna", "virksomheten er avhengig av opplysningene",
      "the receiver's work depends on the data")),
  /** A copy for follow-up and documentation after the fact. */
  FOLLOW_UP(new LocalizedText("kopia för uppföljning och dokumentation", "kopi for oppfølging og dokumentasjon", "a copy for follow-up and documentation")),
  /** A copy for statistics. */
  STATISTICS(new LocalizedText("kopia för statistik", "kopi for statistikk", "a copy for statistics")),
  /** A copy for archiving (arkivering, depå). */
  ARCHIVE(new LocalizedText("kopia för arkivering", "kopi for arkivering", "a copy for archiving")),
  /** A backup copy. */
  BACKUP(new LocalizedText("säkerhetskopia", "sikkerhetskopi", "a backup copy"));

  private final LocalizedText label;

  DataUse(LocalizedText label) {
    this.label = label;
  }

  /** {@return whether the receiving use depends on the data, so integrity and availability follow it} */
  public boolean dependsOnData() {
    return this == OPERATIONAL;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }
}
