package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * What an answer reveals that needs attention — a vendor's weak point, a missing piece of work.
 *
 * @param severity how much it matters
 * @param text what needs attention, in Swedish, Norwegian bokmål and English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AnswerConcern(ConcernSeverity severity, LocalizedText text) {}
