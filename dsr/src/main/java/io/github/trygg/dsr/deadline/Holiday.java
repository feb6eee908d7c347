package io.github.trygg.dsr.deadline;

import io.github.trygg.core.LocalizedText;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A non-working day on a given date: a public holiday, an eve treated like one, or a local day.
 *
 * @param id the rule's id, such as {@code midsommardagen}
 * @param date the date
 * @param name the day's name in Swedish, Norwegian bokmål and English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Holiday(String id, LocalDate date, LocalizedText name) {}
