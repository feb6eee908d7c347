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
  public abstract String version();

  public abstract List<DpiaCriterion> criteria();

  /** GDPR Art. 35(3) (a)–(c). */
  public abstract List<ListItem> mandatoryCases();

  /** IMY's and Datatilsynet's Art. 35(4) lists. */
  public abstract List<ListItem> nationalItems();

  public abstract List<LegalReference> sources();

  public final Optional<DpiaCriterion> criterion(String id) {
    return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public static DpiaLists bundled() {
    return Shipped.LISTS;
  }

  /** Loaded on first use, after the class itself is initialised. */
  private static final class Shipped {
    static final DpiaLists LISTS = DataFiles.bundled(DpiaLists.class, "dpia-lists.yaml", DpiaCodec.LISTS_FORMAT, DpiaCodec::readLists);
  }

  public static DpiaLists read(Path file) {
    return DataFiles.file(file, DpiaCodec.LISTS_FORMAT, DpiaCodec::readLists);
  }

  public static DpiaLists read(String source, InputStream in, DataFormat format) {
    return DataFiles.read(source, in, Format.of(format), DpiaCodec.LISTS_FORMAT, DpiaCodec::readLists);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableDpiaLists.Builder {}
}
