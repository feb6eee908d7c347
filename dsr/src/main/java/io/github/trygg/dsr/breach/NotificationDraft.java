package io.github.trygg.dsr.breach;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.records.DraftItem;
import io.github.trygg.core.records.DraftSection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A draft notification to the supervisory authority with the Art. 33(3) content, for a person to
 * check and send through the authority's form. Items the register lacks are marked missing.
 *
 * @param breachId the breach the draft is for
 * @param title the draft's title
 * @param sections the Art. 33(3) sections, each with its items (copied)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NotificationDraft(String breachId, LocalizedText title, List<DraftSection> sections) {
  /**
   * Copies the sections.
   *
   * @param breachId the breach the draft is for
   * @param title the draft's title
   * @param sections the Art. 33(3) sections, each with its items (copied)
   */
  public NotificationDraft {
    sections = List.copyOf(sections);
  }

  /** {@return every item not yet filled in} */
  public List<DraftItem> missing() {
    return sections.stream().flatMap(s -> s.items().stream()).filter(DraftItem::isMissing).toList();
  }

  /**
   * The draft as Markdown: a heading per section, a bullet per item, missing items in italics.
   *
   * @param language the language of the headings, labels and texts
   * @return the Markdown text
   */
  public String toMarkdown(Language language) {
    StringBuilder md = new StringBuilder("# ").append(title.in(language)).append("\n\n");
    for (DraftSection s : sections) {
      md.append("## ").append(s.title().in(language));
      s.reference().ifPresent(r -> md.append(" (").append(r.citation()).append(')'));
      md.append("\n\n");
      for (DraftItem item : s.items()) {
        md.append("- **").append(item.label().in(language)).append("**: ");
        if (item.isMissing()) {
          md.append("_").append(item.missing().orElseThrow().in(language)).append("_");
        } else {
          md.append(String.join("; ", item.values().stream().map(v -> v.in(language)).toList()));
        }
        md.append('\n');
      }
      md.append('\n');
    }
    return md.toString();
  }
}
