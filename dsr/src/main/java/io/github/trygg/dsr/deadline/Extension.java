package io.github.trygg.dsr.deadline;

import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The Art. 12(3) extension by two further months: when the requester was told, and why (a code
 * such as {@code complexity} or {@code number-of-requests}).
 *
 * @param reasonCode why, as a code such as {@code complexity}; never free text
 * @param noticeSentOn the day the requester was told, within the first month
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Extension(String reasonCode, LocalDate noticeSentOn) {}
