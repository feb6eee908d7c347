package io.github.trygg.core.risk;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * A level a matrix cell can have: its rank (0 = lowest), id, label, whether it can be accepted and
 * the colour a heat map draws it in ({@code #rrggbb}).
 *
 * @param rank the level's rank, 0 for the lowest
 * @param id the level's id, such as {@code high}
 * @param label the level in words
 * @param acceptance whether a risk at this level may be accepted
 * @param colour the heat-map colour, {@code #rrggbb}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RiskLevel(int rank, String id, LocalizedText label, Acceptance acceptance, String colour) {}
