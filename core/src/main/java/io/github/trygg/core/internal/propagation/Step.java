package io.github.trygg.core.internal.propagation;

import io.github.trygg.core.register.EntryKind;
import org.apiguardian.api.API;

/** One step of a trace: an entry (kind and index) and the rule that applies there. */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Step(EntryKind kind, int index, String rule) {}
