package io.github.trygg.core.dpia;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.VerificationStatus;
import io.github.trygg.core.internal.data.Messages;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskStage;
import io.github.trygg.core.risk.StageEvaluation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Art. 36 decision after a DPIA: prior consultation is required when a residual risk remains
 * high (unacceptable on the matrix) after the measures, with the risks that make it so.
 *
 * @param status whether prior consultation is required, not required, or cannot be decided yet
 * @param reasons the risks that decide it
 * @param basis the provisions behind it, Art. 36 and the national authority's guidance
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PriorConsultation(ConsultationStatus status, List<LocalizedText> reasons, List<LegalReference> basis) {
  /**
   * Copies the lists.
   *
   * @param status whether prior consultation is required, not required, or cannot be decided yet
   * @param reasons the risks that decide it
   * @param basis the provisions behind it, Art. 36 and the national authority's guidance
   */
  public PriorConsultation {
    reasons = List.copyOf(reasons);
    basis = List.copyOf(basis);
  }

  /**
   * Decides on prior consultation from the residual stage of each risk.
   *
   * @param jurisdiction whose authority would be consulted: IMY or Datatilsynet
   * @param risks the evaluated risks of the processing
   * @return the decision with the risks that make it
   */
  public static PriorConsultation assess(Jurisdiction jurisdiction, Collection<RiskEvaluation> risks) {
    List<LocalizedText> high = new ArrayList<>();
    List<LocalizedText> unassessed = new ArrayList<>();
    for (RiskEvaluation e : risks) {
      Optional<StageEvaluation> residual = e.stage(RiskStage.RESIDUAL);
      if (residual.isEmpty()) {
        unassessed.add(Messages.text("dpia.consultation.unassessed", e.risk().id(), e.risk().title()));
      } else if (e.residualUnacceptable()) {
        high.add(Messages.text("dpia.consultation.high", e.risk().id(), e.risk().title(), residual.get().level().label()));
      }
    }
    List<LegalReference> basis = new ArrayList<>();
    basis.add(LegalReference.of("GDPR Art. 36(1)", CitationKind.STATUTE, VerificationStatus.SECONDARY));
    basis.add(jurisdiction == Jurisdiction.SWEDEN
        ? LegalReference.of("IMY: förhandssamråd när hög restrisk kvarstår", CitationKind.GUIDANCE, VerificationStatus.VERIFIED,
            "https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/konsekvensbedomningar-och-forhandssamrad/forteckning-over-nar-en-konsekvensbedomning-ska-goras/")
        : LegalReference.of("Datatilsynet: forhåndsdrøftelse når restrisikoen fortsatt er høy", CitationKind.GUIDANCE, VerificationStatus.VERIFIED,
            "https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/vurdere-personvernkonsekvenser/vurdering-av-personvernkonsekvenser/nar-skal-det-gjennomfores-forhandsdroftelse-med-datatilsynet/"));
    if (!high.isEmpty()) {
      return new PriorConsultation(ConsultationStatus.REQUIRED, high, basis);
    }
    if (!unassessed.isEmpty()) {
      return new PriorConsultation(ConsultationStatus.UNDETERMINED, unassessed, basis);
    }
    return new PriorConsultation(ConsultationStatus.NOT_REQUIRED, List.of(Messages.text("dpia.consultation.none", risks.size())), basis);
  }
}
