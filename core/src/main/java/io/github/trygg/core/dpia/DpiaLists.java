package io.github.trygg.core.dpia;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.internal.data.DataFiles;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.value.TryggStyle;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The screening rules as versioned data: WP248's criteria, the Art. 35(3) cases and the national
 * lists, each with its verification status. {@link #bundled()} is the shipped version; a host can
 * read a newer one when an authority changes its list.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class DpiaLists {
  /** {@return the lists' version} */
  public abstract String version();

  /** {@return the nine WP248 criteria} */
  public abstract List<DpiaCriterion> criteria();

  /** {@return the cases of GDPR Art. 35(3) (a)–(c), where a DPIA is always required} */
  public abstract List<ListItem> mandatoryCases();

  /** {@return the items of IMY's and Datatilsynet's Art. 35(4) lists} */
  public abstract List<ListItem> nationalItems();

  /** {@return where the criteria and lists come from, with their verification status} */
  public abstract List<LegalReference> sources();

  /**
   * The criterion with this id.
   *
   * @param id the criterion's id
   * @return the criterion; empty if there is none
   */
  public final Optional<DpiaCriterion> criterion(String id) {
    return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** {@return the lists shipped with Trygg} */
  public static DpiaLists bundled() {
    return Shipped.LISTS;
  }

  /** Loaded on first use, after the class itself is initialised. */
  private static final class Shipped {
    static final DpiaLists LISTS = DataFiles.bundled(DpiaLists.class, "dpia-lists.yaml", DpiaCodec.LISTS_FORMAT, DpiaCodec::readLists);
  }

  /**
   * Reads lists from a file (JSON, or YAML by its extension).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the lists
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static DpiaLists read(Path file) {
    return DataFiles.file(file, DpiaCodec.LISTS_FORMAT, DpiaCodec::readLists);
  }

  /**
   * Reads lists from a stream, which is not closed.
   *
   * @param source names the input in every problem's location
   * @param in the file's bytes
   * @param format JSON or YAML
   * @return the lists
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static DpiaLists read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), DpiaCodec.LISTS_FORMAT, DpiaCodec::readLists);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DpiaLists}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableDpiaLists.Builder {}
}
