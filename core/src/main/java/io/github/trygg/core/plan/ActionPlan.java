package io.github.trygg.core.plan;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.Language;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.internal.data.AtomicFiles;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.TreeWriter;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterEntry;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The organisation's action plan: items from the analysis and items of its own, in the order the
 * file keeps them. Read and written as {@code trygg-action-plan/1} (JSON or YAML) beside the
 * register; what is written reads back equal. A plan is always consistent in itself — unique ids,
 * dependencies on items it holds, evidence for every item done, a reason and an approver for every
 * item accepted as is — and reading a file that is not reports every problem at once, with file,
 * line, column and JSON Pointer.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ActionPlan {
  /** The format and major version of an action-plan file. */
  public static final String FORMAT = "trygg-action-plan/1";

  /** {@return the language the analysis writes new titles and priority reasons in} */
  @Value.Default
  public Language language() {
    return Language.SWEDISH;
  }

  /** {@return the items, in plan order} */
  public abstract List<ActionItem> items();

  /**
   * The item with this id.
   *
   * @param id the item's id
   * @return the item; empty if there is none
   */
  public final Optional<ActionItem> item(String id) {
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** {@return items still to do} */
  public final List<ActionItem> open() {
    return items().stream().filter(ActionItem::isOpen).toList();
  }

  /**
   * Open items past their due date on {@code today}, earliest due first.
   *
   * @param today today's date
   * @return the open items past their due date, earliest due first
   */
  public final List<ActionItem> overdue(LocalDate today) {
    return items().stream().filter(i -> i.isOverdue(today))
        .sorted(java.util.Comparator.comparing((ActionItem i) -> i.due().orElseThrow()).thenComparing(ActionItem::id)).toList();
  }

  /**
   * Open items due from {@code from} to {@code to}, both included, earliest first.
   *
   * @param from the first day, included
   * @param to the last day, included
   * @return the open items due in the range, earliest first
   */
  public final List<ActionItem> dueBetween(LocalDate from, LocalDate to) {
    return items().stream().filter(i -> i.isOpen() && i.due().isPresent() && !i.due().get().isBefore(from) && !i.due().get().isAfter(to))
        .sorted(java.util.Comparator.comparing((ActionItem i) -> i.due().orElseThrow()).thenComparing(ActionItem::id)).toList();
  }

  /**
   * What does not fit {@code register}: items about entries it does not hold. Located at the item
   * in its file when the plan was read from one.
   *
   * @param register the register the plan is about
   * @return the problems, each located at its item; empty when everything fits
   */
  public final List<Problem> problems(Register register) {
    Set<EntryRef> entries = new HashSet<>();
    for (RegisterEntry e : register.entries()) {
      entries.add(e.ref());
    }
    List<Problem> problems = new ArrayList<>();
    for (int k = 0; k < items().size(); k++) {
      ActionItem item = items().get(k);
      Optional<EntryRef> entry = item.origin().entry();
      if (entry.isPresent() && !entries.contains(entry.get())) {
        Location at = item.location().map(l -> new Location(l.source(), l.line(), l.column(), l.pointer() + "/origin/subject"))
            .orElse(Location.of("action plan", "/items/" + k + "/origin/subject"));
        problems.add(new Problem("unknown-entry", at, "item '" + item.id() + "' is about " + entry.get() + ", which the register does not hold",
            "an entry of the register"));
      }
    }
    return problems;
  }

  /**
   * This plan merged with what the analysis proposes now: a new proposal becomes an open item (with
   * the proposed owner and due date, or a due date from its priority); a proposal already in the
   * plan refreshes the item's title, priority and origin and reopens it if it had been resolved; an
   * analysis item nobody proposes any more is marked resolved on {@code today}. Nothing a person
   * wrote changes, and items of their own are left as they are.
   *
   * @param proposals what the analysis proposes now
   * @param today today's date
   * @return the merged plan and which items were added, resolved and reopened
   */
  public final PlanMerge merge(Collection<ProposedItem> proposals, LocalDate today) {
    return PlanMerger.merge(this, proposals, today);
  }

  /**
   * Reads a plan file (JSON, or YAML by its extension).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the plan
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static ActionPlan read(Path file) {
    return DataFiles.file(file, FORMAT, ActionPlanCodec::read);
  }

  /**
   * Reads a plan from a stream, which is not closed.
   *
   * @param sourceName names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the plan
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static ActionPlan read(String sourceName, InputStream in, DataFormat format) {
    return DataFiles.read(sourceName, in, Format.of(format), FORMAT, ActionPlanCodec::read);
  }

  /**
   * Writes the plan in canonical form through a temporary file, in the format the extension names.
   *
   * @param file the file to write; its extension names the format
   */
  public final void write(Path file) {
    DataFormat format = DataFormat.ofFileName(String.valueOf(file.getFileName()));
    AtomicFiles.write(file, "action plan", out -> write(out, format));
  }

  /**
   * Writes the plan in canonical form to {@code out}, which is not closed.
   *
   * @param out where the text goes, as UTF-8
   * @param format JSON or YAML
   */
  public final void write(OutputStream out, DataFormat format) {
    TreeWriter.write(ActionPlanCodec.write(this), Format.of(format), out);
  }

  /**
   * The plan in canonical form.
   *
   * @param format JSON or YAML
   * @return the text; reading it back gives an equal plan
   */
  public final String write(DataFormat format) {
    return TreeWriter.write(ActionPlanCodec.write(this), Format.of(format));
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    List<String> wrong = ActionPlanCodec.consistency(this);
    if (!wrong.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", wrong));
    }
  }

  /**
   * A plan with no items.
   *
   * @param language the language the analysis writes new titles and priority reasons in
   * @return the empty plan
   */
  public static ActionPlan empty(Language language) {
    return builder().language(language).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ActionPlan}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableActionPlan.Builder {}
}
