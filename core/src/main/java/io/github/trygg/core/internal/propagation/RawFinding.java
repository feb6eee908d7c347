package io.github.trygg.core.internal.propagation;

import io.github.trygg.core.register.EntryKind;
import org.apiguardian.api.API;

/**
 * A finding as indices: the subject ({@code kind} SYSTEM, INTEGRATION or OVERRIDE and its index),
 * the aspect (-1 when none), the required and cleared levels (-1 when not applicable), the severity
 * ordinal, and {@code related}: the system, vendor or override that explains it (-1 when none).
 * For {@link Check#RECOVERY_GAP}, {@code aspect} is 0 for downtime and 1 for data loss; for
 * {@link Check#LEVEL_4_PRESENT}, {@code aspects} has bit {@code 1 << aspect} for every aspect at 4.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record RawFinding(Check check, int severity, EntryKind kind, int subject, int aspect, int required, int cleared, int related, int aspects) {}
