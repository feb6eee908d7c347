package io.github.trygg.core.internal.propagation;

import io.github.trygg.core.register.EntryKind;
import org.apiguardian.api.API;

/**
 * A review item as indices: the subject ({@code kind} and index), the aspect concerned (-1 when
 * none), and the assets ({@code assets}) and systems ({@code systems}) that make it up, in index order.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record RawReview(Trigger trigger, EntryKind kind, int subject, int aspect, int[] assets, int[] systems) {}
