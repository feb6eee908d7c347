package io.github.trygg.core.requirements;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** A heading requirements are grouped under, such as "Logging and traceability". */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RequirementArea(String id, LocalizedText label) {}
