package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What an answer reveals that needs attention — a vendor's weak point, a missing piece of work. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Finding(FindingSeverity severity, LocalizedText text) {}
