package io.github.trygg.core.internal.message;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Scope;
import io.github.trygg.core.LocalizedText;
import java.util.List;
import org.apiguardian.api.API;

/** Raises the content class before the rules run, for contexts where the law says so. */
@API(status = API.Status.INTERNAL, since = "0.1")
public record ContentFloor(String id, Scope scope, int row, Condition when, int raiseTo, LocalizedText reason, List<LegalReference> basis) {}
