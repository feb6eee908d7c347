package io.github.trygg.dsr.consent;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * A purpose consent is asked for, with the notice version in force.
 *
 * @param noticeVersion the current version of the information given with the request for consent;
 *     consent given under an older version is not valid for this purpose
 * @param informationSocietyService an online service offered directly to a child (GDPR Art. 8)
 * @param specialCategory the purpose involves special-category data (GDPR Art. 9)
 * @param healthMatter consent in a health matter given to a health-care provider, where a
 *     jurisdiction may set its own age (Norway: 16, pasient- og brukerrettighetsloven § 4-3)
 * @param activities the register's processing activities that rest on this consent; withdrawing
 *     it routes tasks to their systems
 * @param id the purpose's id, named by consent records
 * @param name the purpose in words
 * @param guardianRule for a child, whether one guardian's consent is enough or all guardians must consent
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentPurpose(
    String id,
    LocalizedText name,
    String noticeVersion,
    GuardianRule guardianRule,
    boolean informationSocietyService,
    boolean specialCategory,
    java.util.List<String> activities,
    boolean healthMatter) {
  /**
   * Copies the activities.
   *
   * @param noticeVersion the current version of the information given with the request for consent;
   *     consent given under an older version is not valid for this purpose
   * @param informationSocietyService an online service offered directly to a child (GDPR Art. 8)
   * @param specialCategory the purpose involves special-category data (GDPR Art. 9)
   * @param healthMatter consent in a health matter given to a health-care provider, where a
   *     jurisdiction may set its own age (Norway: 16, pasient- og brukerrettighetsloven § 4-3)
   * @param activities the register's processing activities that rest on this consent; withdrawing
   *     it routes tasks to their systems
   * @param id the purpose's id, named by consent records
   * @param name the purpose in words
   * @param guardianRule for a child, whether one guardian's consent is enough or all guardians must consent
   */
  public ConsentPurpose {
    activities = java.util.List.copyOf(activities);
  }

  /**
   * A purpose that is not a health matter.
   *
   * @param id the purpose's id
   * @param name the purpose in words
   * @param noticeVersion the current version of the information given with the request for consent
   * @param guardianRule for a child, whether one guardian's consent is enough or all must consent
   * @param informationSocietyService an online service offered directly to a child (GDPR Art. 8)
   * @param specialCategory the purpose involves special-category data (GDPR Art. 9)
   * @param activities the register's processing activities that rest on this consent
   */
  public ConsentPurpose(String id, LocalizedText name, String noticeVersion, GuardianRule guardianRule, boolean informationSocietyService,
      boolean specialCategory, java.util.List<String> activities) {
    this(id, name, noticeVersion, guardianRule, informationSocietyService, specialCategory, activities, false);
  }
}
