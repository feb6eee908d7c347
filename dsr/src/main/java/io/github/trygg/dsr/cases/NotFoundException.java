package io.github.trygg.dsr.cases;

import io.github.trygg.dsr.DsrException;
import org.apiguardian.api.API;

/** No request, task, consent or breach with that id. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class NotFoundException extends DsrException {
  private static final long serialVersionUID = 1L;

  /**
   * Nothing with that id is stored.
   *
   * @param entity {@code request}, {@code task}, {@code consent} or {@code breach}
   * @param id the id looked for
   */
  public NotFoundException(String entity, String id) {
    super("no " + entity + " with id " + id);
  }
}
