package io.github.trygg.core.dpia;

import org.apiguardian.api.API;

/**
 * A criterion set aside, with the documented justification.
 *
 * @param criterion the criterion
 * @param justification the documented reason it does not apply
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExcludedCriterion(DpiaCriterion criterion, String justification) {}
