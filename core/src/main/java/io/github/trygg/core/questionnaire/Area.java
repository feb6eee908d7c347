package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * A heading that questions belong to, such as "Logging" or "Hosting and transfers".
 *
 * @param id the area's id, as questions name it
 * @param label the heading in words
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Area(String id, LocalizedText label) {}
