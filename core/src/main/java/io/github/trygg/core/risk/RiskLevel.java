package io.github.trygg.core.risk;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * A level a matrix cell can have: its rank (0 = lowest), id, label, whether it can be accepted and
 * the colour a heat map draws it in ({@code #rrggbb}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RiskLevel(int rank, String id, LocalizedText label, Acceptance acceptance, String colour) {}
