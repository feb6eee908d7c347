package io.github.trygg.core.risk;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * One step of a likelihood or consequence scale: its position (1 = lowest), how the scale writes
 * it ({@code 3}, {@code C}), its label and what it means (for DSB's classes, the yearly frequency).
 *
 * @param value the step's position, 1 for the lowest
 * @param code how the scale writes the step, such as {@code 3} or {@code C}
 * @param label the step in words
 * @param description what the step means
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScaleStep(int value, String code, LocalizedText label, LocalizedText description) {}
