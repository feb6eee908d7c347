/**
 * Questionnaires as versioned data and the engine that evaluates answers to them: the
 * classification questionnaire (each answer implies a minimum level per aspect; the highest wins;
 * the explanation names the answers that set it), the supplier dialogue a municipality holds with a
 * welfare-technology vendor (answers fill the product profile and raise concerns), and the
 * self-assessment of information-security work by area.
 */
@NullMarked
package io.github.trygg.core.questionnaire;

import org.jspecify.annotations.NullMarked;
