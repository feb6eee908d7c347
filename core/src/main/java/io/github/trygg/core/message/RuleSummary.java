package io.github.trygg.core.message;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Scope;
import java.util.List;
import org.apiguardian.api.API;

/** One rule of a table, for listing and documentation, with whom it binds. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleSummary(String id, int row, LocalizedText title, Verdict verdict, List<String> inputs, List<LegalReference> basis, Scope scope) {}
