package io.github.trygg.dsr.store;

import io.github.trygg.dsr.DsrException;
import org.apiguardian.api.API;

/**
 * A write was made from a version that is no longer current — another node (or thread) advanced
 * the entity first. Nothing of the change was applied; re-read and decide again.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class StaleVersionException extends DsrException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String id;
  private final long expected;
  private final long actual;

  /**
   * A write made from a version that is no longer the stored one.
   *
   * @param entity {@code request}, {@code task}, {@code consent} or {@code breach}
   * @param id the entity's id
   * @param expected the version the writer started from
   * @param actual the stored version; 0 when absent
   */
  public StaleVersionException(String entity, String id, long expected, long actual) {
    super(entity + " " + id + " was written from version " + expected + " but is at version " + actual
        + (actual == 0 ? " (absent)" : "") + "; re-read and retry");
    this.entity = entity;
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }

  /** {@return {@code request}, {@code task}, {@code consent} or {@code breach}} */
  public String entity() {
    return entity;
  }

  /** {@return the id of the entity written} */
  public String id() {
    return id;
  }

  /** {@return the version the writer started from (new version − 1)} */
  public long expected() {
    return expected;
  }

  /** {@return the stored version; 0 when absent} */
  public long actual() {
    return actual;
  }
}
