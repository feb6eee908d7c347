package io.github.trygg.dsr.request;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Evidence of the authority to act for the data subject.
 *
 * @param kind what kind of evidence it is
 * @param reference where the evidence is kept (a case or document number), never the evidence itself
 * @param checkedOn when a person or a register lookup confirmed it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuthorityEvidence(EvidenceKind kind, String reference, LocalDate checkedOn) {}
