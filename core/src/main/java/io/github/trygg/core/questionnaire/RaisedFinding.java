package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LocalizedText;
import java.util.Optional;
import org.apiguardian.api.API;

/** A finding with the question and answer that raised it; an unanswered required question in a self-assessment raises one too. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RaisedFinding(String questionId, Optional<String> area, LocalizedText question, LocalizedText answer, Finding finding) {}
