package io.github.trygg.spring.boot.internal;

import io.github.trygg.spring.boot.TryggConfigurationException;
import org.apiguardian.api.API;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link TryggConfigurationException} into Spring Boot's start-up report: what is wrong, and what to change. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<TryggConfigurationException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, TryggConfigurationException cause) {
    return new FailureAnalysis("Trygg could not be configured. " + cause.getMessage(),
        "Correct " + cause.property() + " (docs/spring-boot.md lists the trygg.* properties), "
            + "or define your own bean of the type it configures.",
        cause);
  }
}
