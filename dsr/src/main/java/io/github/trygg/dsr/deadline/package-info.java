/**
 * Deadlines for data-subject requests: one calendar month from receipt counted as Regulation
 * 1182/71 counts months (never "30 days"), rolled to the next working day in the controller's
 * jurisdiction, extension by two further months counted from the original date, the date by which
 * an extension must be notified, and audited pauses.
 */
@NullMarked
package io.github.trygg.dsr.deadline;

import org.jspecify.annotations.NullMarked;
