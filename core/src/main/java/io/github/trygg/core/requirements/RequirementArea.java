package io.github.trygg.core.requirements;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * A heading requirements are grouped under, such as "Logging and traceability".
 *
 * @param id the area's id, as requirements name it
 * @param label the heading in words
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RequirementArea(String id, LocalizedText label) {}
