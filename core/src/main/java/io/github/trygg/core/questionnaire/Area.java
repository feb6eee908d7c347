package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** A heading that questions belong to, such as "Logging" or "Hosting and transfers". */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Area(String id, LocalizedText label) {}
