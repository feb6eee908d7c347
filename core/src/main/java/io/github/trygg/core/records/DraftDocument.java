package io.github.trygg.core.records;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A document generated from a register: a record of processing or a processor-agreement draft. It
 * lists what the register could not fill, so a person completes it instead of trusting a guess.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class DraftDocument {

  /** What kind of document this is. */
  public enum Kind implements Labelled {
    /** GDPR Art. 30(1): the controller's record of processing activities. */
    RECORD_OF_PROCESSING,
    /** Appendices A–D of a processing agreement under GDPR Art. 28(3). */
    PROCESSOR_AGREEMENT,
    /** GDPR Art. 30(2): the record a processor or sub-processor keeps of what it does for each controller. */
    PROCESSOR_RECORD;

    /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
    @Override
    public LocalizedText label() {
      return switch (this) {
        case RECORD_OF_PROCESSING -> new LocalizedText("register över behandlingar", "protokoll over behandlingsaktiviteter", "record of processing activities");
        case PROCESSOR_AGREEMENT -> new LocalizedText("personuppgiftsbiträdesavtal, bilagor A–D", "databehandleravtale, bilag A–D", "processing agreement, appendices A–D");
        case PROCESSOR_RECORD -> new LocalizedText("personuppgiftsbiträdets register", "databehandlerens protokoll", "the processor's record");
      };
    }
  }

  /** {@return which document this is: the record of processing, an agreement's appendices or a processor's record} */
  public abstract Kind documentKind();

  /**
   * {@return the organisation (controller's record) or vendor id (agreement, processor's record)
   * the document is about}
   */
  public abstract String subject();

  /** {@return the document's title} */
  public abstract LocalizedText title();

  /** {@return the register date the document reflects} */
  public abstract LocalDate generatedOn();

  /** {@return the sections, in template order} */
  public abstract List<DraftSection> sections();

  /** {@return every item the register could not fill, in document order, with the section it belongs to} */
  public final List<Gap> missing() {
    List<Gap> gaps = new ArrayList<>();
    for (DraftSection section : sections()) {
      for (DraftItem item : section.items()) {
        if (item.isMissing()) {
          gaps.add(new Gap(section.id(), item));
        }
      }
    }
    return gaps;
  }

  /**
   * The document as Markdown in one language.
   *
   * @param language the language of the text
   * @return the Markdown text
   */
  public final String toMarkdown(Language language) {
    return DraftRendering.markdown(this, language);
  }

  /** {@return the document as JSON, with every text in all three languages} */
  public final String toJson() {
    return DraftRendering.json(this);
  }

  /**
   * A field the register does not hold.
   *
   * @param sectionId the id of the section the item belongs to
   * @param item the item the register could not fill
   */
  public record Gap(String sectionId, DraftItem item) {}

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DraftDocument}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableDraftDocument.Builder {}
}
