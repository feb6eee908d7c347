package io.github.trygg.core.message;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Scope;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One rule of a table, for listing and documentation, with whom it binds.
 *
 * @param id the rule's id, such as {@code SE-05}
 * @param row the row of the research decision table it encodes
 * @param title the rule's title
 * @param verdict the verdict the rule gives
 * @param inputs the inputs its condition looks at, by wire id
 * @param basis the provisions it rests on
 * @param scope whom it binds
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleSummary(String id, int row, LocalizedText title, Verdict verdict, List<String> inputs, List<LegalReference> basis, Scope scope) {}
