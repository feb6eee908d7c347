package io.github.trygg.dsr.internal.codec;

import io.github.trygg.dsr.store.StoreException;
import org.apiguardian.api.API;

/** Stored bytes that do not decode: damaged data or a record from an unknown format version. */
@API(status = API.Status.INTERNAL, since = "0.1")
public class CodecException extends StoreException {
  private static final long serialVersionUID = 1L;

  public CodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
