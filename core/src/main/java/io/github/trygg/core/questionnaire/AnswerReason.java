package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import org.apiguardian.api.API;

/**
 * An answer that implied a level for an aspect: which question, which answer, which level.
 *
 * @param questionId the question's id
 * @param question the question as asked
 * @param answerId the id of the option chosen, or of the band an hours answer fell in
 * @param answer the answer in words
 * @param aspect the aspect it implies a level for
 * @param level the level it implies
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AnswerReason(String questionId, LocalizedText question, String answerId, LocalizedText answer, SecurityAspect aspect, ConsequenceLevel level) {}
