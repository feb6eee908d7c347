package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LocalizedText;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A concern with the question and answer that raised it; an unanswered required question in a
 * self-assessment raises one too.
 *
 * @param questionId the question's id
 * @param area the question's area, if it has one
 * @param question the question as asked
 * @param answer the answer given, in words
 * @param concern what the answer raises
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RaisedConcern(String questionId, Optional<String> area, LocalizedText question, LocalizedText answer, AnswerConcern concern) {}
