package io.github.trygg.core.questionnaire;

import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The level an aspect gets from a questionnaire and why: {@code decisive} are the answers that
 * imply exactly this level (the highest), {@code contributing} every answer that implied any level
 * for the aspect. A level 0 with no decisive answers means no answer raised the aspect.
 *
 * @param aspect the security aspect
 * @param level the level the answers give it; 0 when none raised it
 * @param decisive the answers that imply exactly this level
 * @param contributing every answer that implied any level for the aspect
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AspectOutcome(SecurityAspect aspect, ConsequenceLevel level, List<AnswerReason> decisive, List<AnswerReason> contributing) {
  /**
   * Copies the answer lists.
   *
   * @param aspect the security aspect
   * @param level the level the answers give it; 0 when none raised it
   * @param decisive the answers that imply exactly this level
   * @param contributing every answer that implied any level for the aspect
   */
  public AspectOutcome {
    decisive = List.copyOf(decisive);
    contributing = List.copyOf(contributing);
  }
}
