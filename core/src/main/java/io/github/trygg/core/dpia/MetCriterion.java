package io.github.trygg.core.dpia;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * A WP248 criterion the processing meets, and why.
 *
 * @param criterion the criterion
 * @param reason why the processing meets it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MetCriterion(DpiaCriterion criterion, LocalizedText reason) {}
